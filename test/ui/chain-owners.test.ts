import { describe, expect, it } from 'vitest';
import type { ElectionView } from '../../src/protocol';
import type { TraceEvent } from '../../src/sim/trace-types';
import { campaignEntryOwner, withOwners } from '../../src/ui/views/chain/owners';

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

describe('campaignEntryOwner', () => {
  it('reads the key and client of the recipe\'s key-creating entry', () => {
    expect(campaignEntryOwner('1:campaign /election/f4241 c1/e//election#2')).toEqual({ key: '/election/f4241', client: 'c1' });
    expect(campaignEntryOwner('12:campaign my election/f4241 worker-2/e/my election#7')).toEqual({ key: 'my election/f4241', client: 'worker-2' });
  });
  it('gives nothing for other entries', () => {
    expect(campaignEntryOwner('1:put a=1 c1#1')).toBeUndefined();
    expect(campaignEntryOwner('1:campaign x/f4241 c1/e/y#2')).toBeUndefined();
  });
  it('lets a crashed client\'s key be named from the log', () => {
    const append: TraceEvent = { t: 1, ev: 'append', node: 'n1', index: 4, term: 1, entry: '1:campaign e/f4242 c2/e/e#2' };
    expect(withOwners(new Map(), [], [append]).get('e/f4242')).toBe('c2');
  });
});
