import { describe, expect, it } from 'vitest';
import type { ElectionView } from '../../src/protocol';
import { arrowPath, blendLayouts, BOX_H, chainLayout, GAP, PAD } from '../../src/ui/views/chain/chain-layout';

const kv = (key: string, createRevision: number, lease: number) => ({ key, value: 'v', createRevision, modRevision: createRevision, version: 1, lease });

/** Three campaigners in a row: c1 holds, c2 waits on c1's key, c3 on c2's. */
const three: ElectionView = {
  election: 'e',
  keys: [kv('e/a', 6, 10), kv('e/b', 7, 11), kv('e/c', 8, 12)],
  campaigners: [
    { client: 'c1', key: 'e/a', revision: 6, phase: 'holding', lock: false },
    { client: 'c2', key: 'e/b', revision: 7, phase: 'waiting', waitKey: 'e/a', lock: false },
    { client: 'c3', key: 'e/c', revision: 8, phase: 'waiting', waitKey: 'e/b', lock: false },
  ],
};

describe('chainLayout', () => {
  const layout = chainLayout(three, 500);

  it('stacks the keys in create order, the holder first', () => {
    expect(layout.boxes.map((b) => [b.id, b.kind, b.client, b.first])).toEqual([
      ['e/a', 'holder', 'c1', true],
      ['e/b', 'waiter', 'c2', false],
      ['e/c', 'waiter', 'c3', false],
    ]);
    expect(layout.boxes.map((b) => b.y)).toEqual([PAD, PAD + BOX_H + GAP, PAD + 2 * (BOX_H + GAP)]);
    expect(layout.height).toBe(PAD * 2 + 3 * BOX_H + 2 * GAP);
  });

  it('draws an arrow from each waiter to the key just ahead, from right side to right side', () => {
    expect(layout.arrows.map((a) => [a.from, a.to])).toEqual([
      ['e/b', 'e/a'],
      ['e/c', 'e/b'],
    ]);
    const [b, a] = [layout.boxes[1]!, layout.boxes[0]!];
    expect(layout.arrows[0]).toMatchObject({ x1: b.x + b.w, y1: b.y + BOX_H / 2, x2: a.x + a.w, y2: a.y + BOX_H / 2 });
    expect(layout.boxes.every((box) => box.x + box.w + 60 <= 500)).toBe(true);
  });

  it('marks a key with no live campaigner as orphaned, and queues campaigners whose key is not stored yet', () => {
    const crashed: ElectionView = {
      election: 'e',
      keys: [kv('e/a', 6, 10), kv('e/b', 7, 11)],
      campaigners: [
        { client: 'c2', key: 'e/b', revision: 7, phase: 'waiting', waitKey: 'e/a', lock: false },
        { client: 'c3', phase: 'granting', lock: false },
        { client: 'c4', key: 'e/d', phase: 'creating', lock: false },
      ],
    };
    const l = chainLayout(crashed, 500);
    expect(l.boxes.map((b) => [b.id, b.kind, b.first])).toEqual([
      ['e/a', 'orphan', true],
      ['e/b', 'waiter', false],
      ['pending:c3', 'pending', false],
      ['e/d', 'pending', false],
    ]);
    expect(l.arrows.map((a) => a.to)).toEqual(['e/a']);
    expect(l.boxes[0]!.client).toBeUndefined();
    expect(chainLayout(crashed, 500, new Map([['e/a', 'c1']])).boxes[0]).toMatchObject({ kind: 'orphan', client: 'c1' });
  });

  it('swings an arrow that skips a box wider than one to the next box', () => {
    const relinked: ElectionView = { ...three, campaigners: [three.campaigners[0]!, three.campaigners[1]!, { ...three.campaigners[2]!, waitKey: 'e/a' }] };
    const l = chainLayout(relinked, 500);
    expect(l.arrows[1]!.bend).toBeGreaterThan(l.arrows[0]!.bend);
  });

  it('is empty without keys or campaigners', () => {
    expect(chainLayout({ election: 'e', keys: [], campaigners: [] }, 400)).toMatchObject({ boxes: [], arrows: [], height: 0 });
  });
});

describe('arrowPath', () => {
  it('is a cubic curve from the waiter to just beside the watched key', () => {
    expect(arrowPath({ x1: 100, y1: 200, x2: 100, y2: 50, bend: 30 })).toBe('M100,200C130,200,130,50,102,50');
  });
});

describe('blendLayouts: the chain re-links when the holder resigns', () => {
  const before = chainLayout(three, 500);
  const after = chainLayout(
    {
      election: 'e',
      keys: three.keys.slice(1),
      campaigners: [
        { client: 'c2', key: 'e/b', revision: 7, phase: 'holding', lock: false },
        { client: 'c3', key: 'e/c', revision: 8, phase: 'waiting', waitKey: 'e/b', lock: false },
      ],
    },
    500,
  );

  it('starts where it was and ends where it goes', () => {
    const start = blendLayouts(before, after, 0);
    expect(start.boxes.find((b) => b.id === 'e/b')!.y).toBe(before.boxes[1]!.y);
    expect(start.boxes.find((b) => b.id === 'e/a')!.opacity).toBe(1);
    const end = blendLayouts(before, after, 1);
    expect(end.boxes.map((b) => b.id)).toEqual(['e/b', 'e/c']);
    expect(end.boxes).toEqual(after.boxes);
  });

  it('moves boxes and arrow ends halfway, and fades the deleted key and its arrow out', () => {
    const mid = blendLayouts(before, after, 0.5);
    const b = mid.boxes.find((x) => x.id === 'e/b')!;
    expect(b.y).toBe((before.boxes[1]!.y + after.boxes[0]!.y) / 2);
    const gone = mid.boxes.find((x) => x.id === 'e/a')!;
    expect(gone.opacity).toBeCloseTo(0.5);
    expect(gone.x).toBeLessThan(before.boxes[0]!.x);
    const arrow = mid.arrows.find((a) => a.id === 'e/c')!;
    expect(arrow.y2).toBe((before.arrows[1]!.y2 + after.arrows[0]!.y2) / 2);
    expect(mid.arrows.find((a) => a.id === 'e/b')!.opacity).toBeCloseTo(0.5);
  });

  it('fades new boxes in where they land', () => {
    const grown = blendLayouts(after, before, 0.25);
    expect(grown.boxes.find((x) => x.id === 'e/a')).toMatchObject({ y: before.boxes[0]!.y, opacity: 0.25 });
  });
});

describe('blendLayouts: a campaigner whose key appears keeps its box', () => {
  it('moves the pending box to the key instead of fading one out over the other', () => {
    const pending = chainLayout({ election: 'e', keys: [kv('e/a', 6, 10)], campaigners: [{ client: 'c1', key: 'e/a', revision: 6, phase: 'holding', lock: false }, { client: 'c2', phase: 'granting', lock: false }] }, 500);
    const keyed = chainLayout({ election: 'e', keys: [kv('e/a', 6, 10), kv('e/b', 7, 11)], campaigners: [{ client: 'c1', key: 'e/a', revision: 6, phase: 'holding', lock: false }, { client: 'c2', key: 'e/b', revision: 7, phase: 'querying', lock: false }] }, 500);
    const mid = blendLayouts(pending, keyed, 0.5);
    expect(mid.boxes.map((b) => b.id)).toEqual(['e/a', 'e/b']);
    expect(mid.boxes[1]!.opacity).toBe(1);
  });
});
