// Leases, member list, endpoint status / health, move-leader and help, in every format
// etcdctl has for them. Lease ids are the store's (deterministic: 0xf4241 = 1000001 first).

import { describe, expect, it } from 'vitest';
import { defaultEtcdctlScenario, HeadlessConsole } from '../../src/cli/etcdctl';
import { CLUSTER, fields, HEADER, N1, transcript } from './helpers';

const FLAT = `{"cluster_id":${CLUSTER},"member_id":${N1}`;

const LEASES: [string, string][] = [
  ['lease grant 60', 'lease 00000000000f4241 granted with TTL(60s)'],
  ['lease grant 60 -w json', `${FLAT},"revision":1,"raft_term":1,"ID":1000002,"TTL":60,"Error":""}`],
  ['lease grant 60 -w fields', `${fields(1)}\n"ID" : 1000003\n"TTL" : 60`],
  ['lease list', 'found 3 leases\n00000000000f4241\n00000000000f4242\n00000000000f4243'],
  ['lease list -w json', `${FLAT},"revision":1,"raft_term":1,"leases":[{"id":1000001},{"id":1000002},{"id":1000003}]}`],
  ['put k1 v1 --lease=f4241', 'OK'],
  ['lease timetolive f4241', 'lease 00000000000f4241 granted with TTL(60s), remaining(59s)'],
  ['lease timetolive f4241 --keys', 'lease 00000000000f4241 granted with TTL(60s), remaining(59s), attached keys([k1])'],
  ['lease timetolive f4241 --keys -w fields', `${fields(2)}\n"ID" : 1000001\n"TTL" : 59\n"GrantedTTL" : 60\n"Key" : "k1"`],
  ['lease timetolive 1234', 'lease 0000000000001234 already expired'],
  ['lease timetolive 1234 -w json', `${FLAT},"revision":2,"raft_term":1,"id":4660,"ttl":-1,"granted-ttl":0,"keys":null}`],
  ['lease keep-alive --once f4241', 'lease 00000000000f4241 keepalived with TTL(60)'],
  ['lease keep-alive --once f4241 -w json', `${FLAT},"revision":2,"raft_term":1,"ID":1000001,"TTL":60}`],
  ['lease keep-alive --once 99', 'Error: etcdserver: requested lease not found'],
  ['lease revoke f4242 -w json', `{"header":${HEADER},"revision":2,"raft_term":1}}`],
  ['lease revoke f4242', 'Error: failed to revoke lease (etcdserver: requested lease not found)'],
  ['lease revoke f4241', 'lease 00000000000f4241 revoked'],
  ['get k1', ''],
];

const N2 = '496599200789304721';
const N3 = '13440210689299756206';
// etcd lists members sorted by id: n2 (6e44...), n3 (ba85...), n1 (c87e...).
const MEMBERS = `[{"ID":${N2},"name":"n2","peerURLs":["http://n2:2380"],"clientURLs":["http://n2:2379"]},{"ID":${N3},"name":"n3","peerURLs":["http://n3:2380"],"clientURLs":["http://n3:2379"]},{"ID":${N1},"name":"n1","peerURLs":["http://n1:2380"],"clientURLs":["http://n1:2379"]}]`;

const CLUSTER_TABLE: [string, string][] = [
  ['member list', '6e446578eca1591, started, n2, http://n2:2380, http://n2:2379, false\nba853869a21eb4ae, started, n3, http://n3:2380, http://n3:2379, false\nc87e49685a05b8f8, started, n1, http://n1:2380, http://n1:2379, false'],
  ['member list -w json', `{"header":{"cluster_id":${CLUSTER},"member_id":${N1},"raft_term":1},"members":${MEMBERS}}`],
  [
    'member list -w table',
    [
      '+------------------+---------+------+----------------+----------------+------------+',
      '|        ID        | STATUS  | NAME |   PEER ADDRS   |  CLIENT ADDRS  | IS LEARNER |',
      '+------------------+---------+------+----------------+----------------+------------+',
      '|  6e446578eca1591 | started |   n2 | http://n2:2380 | http://n2:2379 |      false |',
      '| ba853869a21eb4ae | started |   n3 | http://n3:2380 | http://n3:2379 |      false |',
      '| c87e49685a05b8f8 | started |   n1 | http://n1:2380 | http://n1:2379 |      false |',
      '+------------------+---------+------+----------------+----------------+------------+',
    ].join('\n'),
  ],
  ['endpoint status', 'n1, c87e49685a05b8f8, 3.5.17, 20 kB, true, false, 1, 1, 1, '],
  ['endpoint status -w json', `[{"Endpoint":"n1","Status":{"header":{"cluster_id":${CLUSTER},"member_id":${N1},"revision":1,"raft_term":1},"version":"3.5.17","dbSize":20480,"leader":${N1},"raftIndex":1,"raftTerm":1,"raftAppliedIndex":1,"dbSizeInUse":20480}}]`],
  ['endpoint status -w fields --endpoints=n3', `"ClusterID" : ${CLUSTER}\n"MemberID" : ${N3}\n"Revision" : 1\n"RaftTerm" : 1\n"Version" : "3.5.17"\n"DBSize" : 20480\n"Leader" : ${N1}\n"IsLearner" : false\n"RaftIndex" : 1\n"RaftTerm" : 1\n"RaftAppliedIndex" : 1\n"Errors" : []\n"Endpoint" : "n3"\n`],
  ['endpoint health -w table', '+----------+--------+------+-------+\n| ENDPOINT | HEALTH | TOOK | ERROR |\n+----------+--------+------+-------+\n|       n1 |   true | 30ms |       |\n+----------+--------+------+-------+'],
  ['move-leader 6e446578eca1591', 'Leadership transferred from c87e49685a05b8f8 to 6e446578eca1591'],
  ['move-leader 6e446578eca1591', 'Error: no leader endpoint given at [n1]'],
  ['move-leader 6e446578eca1591 --endpoints=n2', 'Error: etcdserver: bad leader transferee'],
];

describe('etcdctl console: leases', () => {
  it('grant, list, timetolive, keep-alive --once and revoke', () => {
    expect(transcript(LEASES.map((r) => r[0]))).toEqual(LEASES);
  });
});

describe('etcdctl console: the cluster', () => {
  it('member list, endpoint status / health and move-leader read the nodes’ real state', () => {
    expect(transcript(CLUSTER_TABLE.map((r) => r[0]))).toEqual(CLUSTER_TABLE);
  });

  it('endpoint status --cluster shows the new leader and term after move-leader', () => {
    const out = transcript(['move-leader 6e446578eca1591', 'put a 1', 'endpoint status --cluster -w table']);
    const rows = (out[2] as [string, string])[1].split('\n').slice(3, 6);
    expect(rows.map((r) => r.split('|').map((c) => c.trim()).slice(1, 10))).toEqual([
      ['http://n2:2379', '6e446578eca1591', '3.5.17', '20 kB', 'true', 'false', '2', '3', '3'],
      ['http://n3:2379', 'ba853869a21eb4ae', '3.5.17', '20 kB', 'false', 'false', '2', '3', '3'],
      ['http://n1:2379', 'c87e49685a05b8f8', '3.5.17', '20 kB', 'false', 'false', '2', '3', '3'],
    ]);
  });

  it('a crashed endpoint costs the command timeout: endpoint status reports it and shows the others; member list through it fails', () => {
    const scenario = { ...defaultEtcdctlScenario(), until: 86_400_000, steps: [{ at: 1000, do: 'crash' as const, node: 'n3' }] };
    const h = new HeadlessConsole(scenario);
    h.linger(1000);
    const start = h.sim.now;
    const out = h.run('endpoint status --cluster');
    expect(h.sim.now - start).toBeGreaterThanOrEqual(5000);
    expect(out[0]).toBe('Failed to get the status of endpoint http://n3:2379 (context deadline exceeded)');
    expect(out.slice(1).map((l) => l.split(', ').slice(0, 2).join(', '))).toEqual(['http://n2:2379, 6e446578eca1591', 'http://n1:2379, c87e49685a05b8f8']);
    expect(h.run('member list --endpoints=n3')).toEqual(['Error: context deadline exceeded']);
    expect(h.run('endpoint status --cluster --endpoints=n3')).toEqual(['Error: failed to fetch endpoints from etcd cluster member list: context deadline exceeded']);
    expect(h.run('member list --endpoints=n3,n2')).toHaveLength(3);
  });

  it('an endpoint on a crashed node is unhealthy, as etcdctl reports it', () => {
    const scenario = { ...defaultEtcdctlScenario(), until: 86_400_000, steps: [{ at: 1000, do: 'crash' as const, node: 'n3' }] };
    const h = new HeadlessConsole(scenario);
    h.linger(1000);
    expect(h.run('endpoint health --cluster')).toEqual([
      'n1 is healthy: successfully committed proposal: took = 35ms',
      'n2 is healthy: successfully committed proposal: took = 72ms',
      'n3 is unhealthy: failed to commit proposal: context deadline exceeded',
      'Error: unhealthy cluster',
    ]);
    expect(h.run('member list -w table').length).toBe(7);
  });
});

describe('etcdctl console: help', () => {
  it('help COMMAND, COMMAND --help and a bare group print the usage in etcdctl’s layout', () => {
    const [help, flag, group] = transcript(['help get', 'get --help', 'lease']).map((r) => r[1]) as [string, string, string];
    expect(help).toBe(flag);
    expect(help.split('\n').slice(0, 5)).toEqual(['NAME:', '\tget - Reads one key or a range of keys', '', 'USAGE:', '\tetcdctl get [options] <key> [range_end] [flags]']);
    expect(help).toContain('      --prefix[=false]');
    expect(help).toContain('  -w, --write-out="simple"');
    expect(group).toContain('COMMANDS:\n\tgrant       Creates a lease of <ttl> seconds');
  });
});
