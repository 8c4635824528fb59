// Where the ring draws a broken client connection (broken-links.ts): from the client's box
// outline to the node's circle, only for clients and nodes on screen and clients not crashed.

import { describe, expect, it } from 'vitest';
import type { BrokenLinkView } from '../../src/protocol';
import { brokenLinkLines, trimmed } from '../../src/ui/views/cluster/broken-links';

const link = (client: string, node: string): BrokenLinkView => ({ client, node, reason: 'partition', brokeAt: 10, noticed: false });

describe('broken client links on the ring', () => {
  it('starts at the box edge and stops at the node circle', () => {
    expect(trimmed({ x: 0, y: 0 }, { x: 100, y: 0 }, 30)).toEqual({ a: { x: 24, y: 0 }, b: { x: 70, y: 0 } });
    expect(trimmed({ x: 0, y: 0 }, { x: 0, y: 100 }, 30)).toEqual({ a: { x: 0, y: 15 }, b: { x: 0, y: 70 } });
    expect(trimmed({ x: 0, y: 0 }, { x: 40, y: 0 }, 30)).toBeUndefined();
  });

  it('draws only links whose ends are on screen and whose client is not crashed', () => {
    const spots = new Map([
      ['c1', { x: 0, y: 0 }],
      ['c2', { x: 0, y: 50 }],
      ['n1', { x: 200, y: 0 }],
    ]);
    const lines = brokenLinkLines([link('c1', 'n1'), link('c2', 'n1'), link('c9', 'n1'), link('c1', 'n7')], spots, new Set(['c2']), 30);
    expect(lines.map((l) => `${l.link.client}>${l.link.node}`)).toEqual(['c1>n1']);
    expect(lines[0]?.label.x).toBeCloseTo(24 + 0.3 * (170 - 24));
    expect(lines[0]?.label.y).toBe(0);
  });
});

describe('a broken link\'s label', () => {
  it('moves along the line off a node that lies under it', () => {
    const spots = new Map([
      ['c1', { x: 0, y: 0 }],
      ['n1', { x: 400, y: 0 }],
      // Where the label would sit (30 % of the way): another node.
      ['n5', { x: 120, y: 0 }],
    ]);
    const [line] = brokenLinkLines([link('c1', 'n1')], spots, new Set(), 30);
    expect(Math.abs(line!.label.x - 120)).toBeGreaterThanOrEqual(32 + 24);
  });
});
