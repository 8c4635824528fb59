// etcdctl-tour: told at the etcdctl console. What the console prints before each narration
// is what the narration says, and the views' claims (entries, revisions, leaders) hold.

import { describe, expect, it } from 'vitest';
import { followWithConsole } from '../../src/cli/etcdctl';
import { etcdctlTour } from '../../src/scenario/builtins/etcdctl-tour';
import { createSimulation } from '../../src/sim/run';
import type { TimedLine } from '../../src/etcdctl/driver';
import { eventsOf, narration, traceOf } from './builtins-helpers';

function transcript(): TimedLine[] {
  const sim = createSimulation(etcdctlTour.scenario, { trace: false });
  const lines: TimedLine[] = [];
  followWithConsole(sim).onLines((more) => lines.push(...more));
  sim.runUntil(etcdctlTour.scenario.until);
  return lines;
}

describe('etcdctl-tour', () => {
  const lines = transcript();
  const events = traceOf(etcdctlTour);
  const at = (fragment: string) => narration(etcdctlTour.scenario, fragment);
  /** What the console printed (not what was typed) from `from` until the narration. */
  const printed = (from: number, fragment: string) => lines.filter((l) => l.kind !== 'in' && l.t >= from && l.t < at(fragment)).map((l) => l.text);

  it('types every line of the story at its moment, and the console answers each before the narration about it', () => {
    const typed = lines.filter((l) => l.kind === 'in').map((l) => `${l.t} ${l.text}`);
    expect(typed[0]).toBe('500 $ etcdctl put app/greeting hello');
    expect(typed).toHaveLength(etcdctlTour.scenario.steps.filter((s) => s.do === 'etcdctl').length);
    expect(printed(500, 'put printed OK')).toEqual(['OK']);
    expect(eventsOf(events, 'apply', at('put printed OK')).filter((e) => e.entry.includes('put app/greeting=hello')).map((e) => [e.node, e.index, e.revision])).toEqual(
      expect.arrayContaining([['n1', 2, 2]]),
    );
    expect(printed(700, '-w json prints')).toEqual([
      '{"header":{"cluster_id":5570946364341419013,"member_id":14447065367186880760,"revision":2,"raft_term":1},"kvs":[{"key":"YXBwL2dyZWV0aW5n","create_revision":2,"mod_revision":2,"version":1,"value":"aGVsbG8="}],"count":1}',
    ]);
    expect(printed(900, 'The watch on the prefix')).toEqual(['PUT', 'app/greeting', '你好', 'OK']);
    // The watch and the put share the console's connection to n1, which applies the put,
    // notifies its watchers, then answers (etcd: the watch notify happens inside the apply).
    expect(printed(1200, 'A lease of 5 seconds')).toEqual(['lease 00000000000f4241 granted with TTL(5s)', 'PUT', 'app/session', 'alive', 'OK']);
  });

  it('the lease expires through the log at revision 5, and the watch prints the DELETE', () => {
    expect(printed(2001, 'The lease expired')).toEqual(['DELETE', 'app/session', '']);
    const expiry = eventsOf(events, 'apply', at('The lease expired')).filter((e) => e.entry.includes('lease-expire'));
    expect(expiry.map((e) => [e.index, e.revision])).toEqual([
      [6, 5],
      [6, 5],
      [6, 5],
    ]);
  });

  it('endpoint status before the crash, and after it through n2: the 5 s wait for n1, then n3 leading term 2', () => {
    const before = printed(8000, 'endpoint status asks every member');
    expect(before.filter((l) => l.startsWith('| http://n1:2379')).map((l) => l.split('|').map((c) => c.trim()).slice(5, 10))).toEqual([['true', 'false', '1', '6', '6']]);
    const after = printed(9000, 'etcdctl waited its 5 s');
    expect(after[0]).toBe('Failed to get the status of endpoint http://n1:2379 (context deadline exceeded)');
    const rows = after.filter((l) => l.startsWith('| http')).map((l) => l.split('|').map((c) => c.trim()));
    expect(rows.map((r) => [r[1], r[5], r[7], r[9]])).toEqual([
      ['http://n2:2379', 'false', '2', '7'],
      ['http://n3:2379', 'true', '2', '7'],
    ]);
    expect(eventsOf(events, 'role', at('The leader n1 crashed')).filter((e) => e.role === 'leader').map((e) => `${e.node}@${e.term}`)).toEqual(['n1@1', 'n3@2']);
  });
});
