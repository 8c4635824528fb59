// The state machine hands the server the watch responses an entry produced, in what apply
// returns (server.ts delivers exactly those): no state left behind between entries.

import { describe, expect, it } from 'vitest';
import { kvMachineFactory, type KvMachine } from '../../src/cluster/kv-machine';
import type { Entry } from '../../src/raft';

const put = (index: number, key: string): Entry => ({ type: 'normal', index, term: 1, data: { kind: 'client', client: 'c1', seq: index, req: { type: 'put', key, value: 'v' }, label: `put ${key}=v` } });

describe('KvMachine watch responses', () => {
  it('an entry returns the responses of the watches it fires, and only those', () => {
    const machine = kvMachineFactory(1)(undefined) as KvMachine;
    const [created] = machine.kv.watch({ key: 'a' });
    const watchId = created!.watchId;
    const first = machine.apply(put(1, 'a'), 0);
    expect(first.watchResponses?.map((r) => [r.watchId, r.events.map((e) => e.kv.key)])).toEqual([[watchId, ['a']]]);
    expect(machine.apply(put(2, 'b'), 0).watchResponses).toEqual([]);
  });
});
