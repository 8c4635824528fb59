// `endpoint health` asks each endpoint with a client that knows only that endpoint, as
// etcdctl does: a node cut off in a minority, isolated or crashed is unhealthy after the
// 5 s command timeout, with the wording of a real etcdctl 3.4 for an unreachable endpoint
// (`127.0.0.1:1 is unhealthy: failed to commit proposal: context deadline exceeded`, took
// 5.00...s in json and table, then `Error: unhealthy cluster`); endpoints are listed in the
// order their checks finish.

import { describe, expect, it } from 'vitest';
import { HeadlessConsole } from '../../src/cli/etcdctl';
import { makeScenario } from '../../src/scenario';
import type { Step } from '../../src/sim/scenario-types';

function after(step: Step): HeadlessConsole {
  const h = new HeadlessConsole({ ...makeScenario({ name: 'health', seed: 1, cluster: { nodes: ['n1', 'n2', 'n3'] }, steps: [step] }), until: 86_400_000 });
  h.linger(2500);
  return h;
}

const n3Unhealthy: [string, string][] = [
  [
    'endpoint health --cluster',
    [
      'n1 is healthy: successfully committed proposal: took = 29ms',
      'n2 is healthy: successfully committed proposal: took = 65ms',
      'n3 is unhealthy: failed to commit proposal: context deadline exceeded',
      'Error: unhealthy cluster',
    ].join('\n'),
  ],
  ['endpoint health --endpoints=n3 -w json', '[{"endpoint":"n3","health":false,"took":"5s","error":"context deadline exceeded"}]\nError: unhealthy cluster'],
  ['endpoint health --endpoints=n2 -w json', '[{"endpoint":"n2","health":true,"took":"58ms"}]'],
];

describe('etcdctl console: endpoint health', () => {
  it('reports a node partitioned into a minority as unhealthy, the majority as healthy', () => {
    const h = after({ at: 2000, do: 'partition', groups: [['n1', 'n2'], ['n3']] });
    expect(n3Unhealthy.map(([c]) => [c, h.run(c).join('\n')])).toEqual(n3Unhealthy);
  });

  it('reports a crashed node as unhealthy', () => {
    const h = after({ at: 2000, do: 'crash', node: 'n3' });
    expect(n3Unhealthy.map(([c]) => [c, h.run(c).join('\n')])).toEqual(n3Unhealthy);
  });

  it('reports an isolated leader as unhealthy, listed after the checks that finished first', () => {
    const h = after({ at: 2000, do: 'isolate', node: 'n1' });
    expect(h.run('endpoint health --cluster -w table')).toEqual([
      '+----------+--------+------+---------------------------+',
      '| ENDPOINT | HEALTH | TOOK |           ERROR           |',
      '+----------+--------+------+---------------------------+',
      '|       n3 |   true | 41ms |                           |',
      '|       n2 |   true | 67ms |                           |',
      '|       n1 |  false |   5s | context deadline exceeded |',
      '+----------+--------+------+---------------------------+',
      'Error: unhealthy cluster',
    ]);
  });

  it('reports a healthy cluster without an error', () => {
    const out = after({ at: 2000, do: 'heal' }).run('endpoint health --cluster');
    expect(out).toHaveLength(3);
    for (const n of ['n1', 'n2', 'n3']) expect(out.filter((l) => new RegExp(`^${n} is healthy: successfully committed proposal: took = \\d+ms$`).test(l))).toHaveLength(1);
  });
});

describe('endpoint health clients', () => {
  it('are valid client ids for any node of a 16-node cluster, so a share link keeps them', async () => {
    const { healthClient } = await import('../../src/etcdctl/health');
    for (let i = 0; i < 16; i++) expect(healthClient('abcdefghijklmnop', i)).toMatch(/^[a-z][a-z0-9-]{0,15}$/);
  });
});
