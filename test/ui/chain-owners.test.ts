import { describe, expect, it } from 'vitest';
import type { ElectionView } from '../../src/protocol';
import type { TraceEvent } from '../../src/sim/trace-types';
import { withOwners } from '../../src/ui/views/chain/owners';

const election: ElectionView = { election: 'e', keys: [], campaigners: [{ client: 'c2', key: 'e/b', phase: 'waiting', waitKey: 'e/a', lock: false }, { client: 'c3', phase: 'granting', lock: false }] };
const elected: TraceEvent = { t: 5, ev: 'elected', client: 'c1', election: 'e', key: 'e/a', revision: 2 };

describe('withOwners', () => {
  it('learns owners from campaigners and elected events', () => {
    const owners = withOwners(new Map(), [election], [elected]);
    expect([...owners]).toEqual([
      ['e/a', 'c1'],
      ['e/b', 'c2'],
    ]);
  });

  it('keeps owners after their campaigner is gone, and returns the same map when nothing is new', () => {
    const first = withOwners(new Map(), [election], [elected]);
    const again = withOwners(first, [], []);
    expect(again).toBe(first);
    expect(again.get('e/b')).toBe('c2');
    expect(withOwners(first, [election], [elected])).toBe(first);
  });
});

describe('owners the worker sends', () => {
  it("name a crashed client's key, which no campaigner holds any more", () => {
    const orphan: ElectionView = { election: 'e', keys: [], campaigners: [], owners: [{ key: 'e/f4242', client: 'c2' }] };
    expect(withOwners(new Map(), [orphan], []).get('e/f4242')).toBe('c2');
  });
});
