// member add / promote / remove as etcdctl prints them (member_command.go; the formats and
// errors checked against etcdctl 3.4 on a real etcd): the sentence with %16x ids, the ETCD_*
// settings for the new member, json, "not supported" for fields and table, and etcd's
// refusals, strict reconfiguration check included.

import { describe, expect, it } from 'vitest';
import { defaultEtcdctlScenario, HeadlessConsole } from '../../src/cli/etcdctl';
import { CLUSTER, N1 } from './helpers';

const N4 = 'b8dd88d698d76ff7';
const N4_DEC = BigInt(`0x${N4}`).toString();
const N2 = '496599200789304721';
const N3 = '13440210689299756206';
const member = (id: string, name: string) => `{"ID":${id},"name":"${name}","peerURLs":["http://${name}:2380"],"clientURLs":["http://${name}:2379"]}`;

const TABLE: [string, string][] = [
  [
    'member add n4 --peer-urls=http://n4:2380 --learner',
    [
      `Member ${N4} added to cluster 4d4ffa33c552fc05`,
      '',
      'ETCD_NAME="n4"',
      'ETCD_INITIAL_CLUSTER="n2=http://n2:2380,n4=http://n4:2380,n3=http://n3:2380,n1=http://n1:2380"',
      'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://n4:2380"',
      'ETCD_INITIAL_CLUSTER_STATE="existing"',
    ].join('\n'),
  ],
  ['member add n5 --peer-urls=http://n5:2380 --learner', 'Error: etcdserver: too many learner members in cluster'],
  ['member promote 6e446578eca1591', 'Error: etcdserver: can only promote a learner member'],
  ['member promote 1234', 'Error: etcdserver: member not found'],
  ['member remove zz', 'Error: bad member ID arg (strconv.ParseUint: parsing "zz": invalid syntax), expecting ID in Hex'],
  ['member remove', 'Error: member ID is not provided'],
  ['member add', 'Error: member name not provided'],
  ['member add n6', 'Error: member peer urls not provided'],
  ['member add n6 http://n6:2380', 'Error: too many arguments, did you mean --peer-urls=http://n6:2380'],
  ['member add n6 --peer-urls=http://10.0.0.6:2380', 'Error: the simulator runs member n6 with peer URL http://n6:2380 (--peer-urls=http://n6:2380)'],
  ['member add N6 --peer-urls=http://N6:2380', 'Error: member name "N6" cannot name a simulated node: a lowercase letter, then at most 15 lowercase letters, digits or hyphens'],
  ['member add n4 --peer-urls=http://n4:2380', 'Error: the simulator gives each member a name once: n4 has been a member of this run; add a new name'],
];

describe('etcdctl member add / promote / remove', () => {
  it('prints what etcdctl prints, and etcd\'s refusals', () => {
    const h = new HeadlessConsole({ ...defaultEtcdctlScenario(), until: 86_400_000 });
    expect(TABLE.map(([c]) => [c, h.run(c).join('\n')])).toEqual(TABLE);
  });

  it('promotes the learner once it has caught up, removes it, and prints json; fields and table are not supported', () => {
    const h = new HeadlessConsole({ ...defaultEtcdctlScenario(), until: 86_400_000 });
    expect(h.run('member add n4 --peer-urls=http://n4:2380 --learner -w json')).toEqual([
      `{"header":{"cluster_id":${CLUSTER},"member_id":${N1},"raft_term":1},"member":{"ID":${N4_DEC},"peerURLs":["http://n4:2380"],"isLearner":true},"members":[${member(N2, 'n2')},{"ID":${N4_DEC},"peerURLs":["http://n4:2380"],"isLearner":true},${member(N3, 'n3')},${member(N1, 'n1')}]}`,
    ]);
    h.linger(2000);
    expect(h.run(`member promote ${N4}`)).toEqual([`Member ${N4} promoted in cluster 4d4ffa33c552fc05`]);
    expect(h.run('member list')[1]).toBe(`${N4}, started, n4, http://n4:2380, http://n4:2379, false`);
    expect(h.run(`member remove ${N4} -w json`)).toEqual([`{"header":{"cluster_id":${CLUSTER},"member_id":${N1},"raft_term":1},"members":[${member(N2, 'n2')},${member(N3, 'n3')},${member(N1, 'n1')}]}`]);
    // The change is made, then etcdctl says it cannot print it.
    expect(h.run('member add n7 --peer-urls=http://n7:2380 -w table')).toEqual(['Error: table not supported as output format']);
    expect(h.run('member list').some((l) => l.includes(', n7, '))).toBe(true);
  });

  it("refuses what etcd's strict reconfiguration check refuses while a voter is down; a down member may be removed", () => {
    const scenario = { ...defaultEtcdctlScenario(), until: 86_400_000, steps: [{ at: 1000, do: 'crash' as const, node: 'n3' }] };
    const h = new HeadlessConsole(scenario);
    h.linger(1000);
    expect(h.run('member add n4 --peer-urls=http://n4:2380')).toEqual(['Error: etcdserver: unhealthy cluster']);
    expect(h.run('member remove 6e446578eca1591')).toEqual(['Error: etcdserver: unhealthy cluster']);
    expect(h.run('member remove ba853869a21eb4ae')).toEqual(['Member ba853869a21eb4ae removed from cluster 4d4ffa33c552fc05']);
    expect(h.run('member list')).toHaveLength(2);
  });
});

describe('etcdctl --endpoints', () => {
  it('talks only to the endpoints it is given, as etcdctl does: a minority node cannot serve a write or a linearizable read', () => {
    const scenario = { ...defaultEtcdctlScenario(), until: 86_400_000, steps: [{ at: 1000, do: 'isolate' as const, node: 'n3' }] };
    const h = new HeadlessConsole(scenario);
    h.run('put color red');
    h.linger(1000);
    // n3 has lost its leader: it refuses the put at once (clientv3 does not retry a write),
    expect(h.run('put color blue --endpoints=n3')).toEqual(['Error: etcdserver: no leader']);
    // and a linearizable read is retried until etcdctl's command timeout.
    const start = h.sim.now;
    expect(h.run('get color --endpoints=n3')).toEqual(['Error: context deadline exceeded']);
    expect(h.sim.now - start).toBeGreaterThanOrEqual(5000);
    // A serializable read is answered from n3's own store (no quorum needed).
    expect(h.run('get color --consistency=s --endpoints=n3')).toEqual(['color', 'red']);
    // With another endpoint to fall back on, the client goes on there.
    expect(h.run('put color green --endpoints=n3,n1')).toEqual(['OK']);
    const steps = h.sim.scenario.steps.filter((s) => s.do === 'client' && s.client === 'etcdctl' && s.op.type === 'put');
    expect(steps.map((s) => (s.do === 'client' ? s.endpoints : undefined))).toEqual([['n1'], ['n3'], ['n3', 'n1']]);
  });
});
