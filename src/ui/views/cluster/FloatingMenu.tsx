// A node's or a link's menu, floating over the page beside what was clicked (float-place.ts):
// never cut off by the ring's box, never over another node. It is measured once drawn and
// placed before it is shown.

import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { CLIENT_H, clientWidth, type Point } from './geometry';
import { floatPlace, type Rect } from './float-place';
import { timerRadius } from './node-style';
import type { Ring } from './useRing';

interface Props {
  /** The ring's box, whose corner the ring's own units start from. */
  boxRef: RefObject<HTMLDivElement | null>;
  ring: Ring;
  /** How much larger the ring is drawn than its units (projector mode). */
  scale: number;
  /** What was clicked, in ring units: a node's id, or a point on a line. */
  at: { node: string } | { point: Point };
  children: ReactNode;
}

const SPARE = ['[data-region="narration"]', '[data-region="playback"]', '[data-region="header"]', '[data-region="node-state"]'];

const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

export function FloatingMenu({ boxRef, ring, scale, at, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  // A menu whose content grows after it was placed (an item's explanation, a font loading) is placed again.
  const [, setResized] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setResized((n) => n + 1));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // After every drawing (the ring may have moved or resized); it sets state only when the place changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const box = boxRef.current;
    const menu = ref.current?.firstElementChild;
    if (!box || !menu) return;
    const origin = box.getBoundingClientRect();
    const disc = (p: Point, r: number): Rect => ({ x: origin.x + (p.x - r) * scale, y: origin.y + (p.y - r) * scale, width: 2 * r * scale, height: 2 * r * scale });
    const reach = timerRadius('diamond', ring.layout.nodeR) + 4;
    let anchor: Rect | undefined;
    const avoid: Rect[] = [];
    for (const id of ring.ids) {
      const p = ring.spots.get(id);
      if (!p) continue;
      // What the eye sees of the node: its disc and timer ring, and its badges (a leader's
      // star, a crash mark) as drawn now, which may reach past the disc.
      const mark = box.querySelector(`.node-mark[data-node="${CSS.escape(id)}"]`);
      const r = mark ? union(disc(p, reach), rectOf(mark)) : disc(p, reach);
      if ('node' in at && at.node === id) anchor = r;
      else avoid.push(r);
    }
    for (const id of ring.clients) {
      const p = ring.spots.get(id);
      const w = clientWidth(id);
      if (p) avoid.push({ x: origin.x + (p.x - w / 2) * scale, y: origin.y + (p.y - CLIENT_H / 2) * scale, width: w * scale, height: CLIENT_H * scale });
    }
    if ('point' in at) anchor = disc(at.point, 10);
    if (!anchor) return;
    const spare = SPARE.map((sel) => document.querySelector(sel)).filter((el): el is Element => el !== null).map(rectOf);
    const size = { width: menu.getBoundingClientRect().width, height: menu.getBoundingClientRect().height };
    const next = floatPlace(anchor, size, { viewport: { width: innerWidth, height: innerHeight }, avoid, spare });
    const left = Math.round(next.left);
    const top = Math.round(next.top);
    setPlace((old) => (old && old.left === left && old.top === top ? old : { left, top }));
  });
  // Out of the panels that clip their content, into the page's root (its projector class
  // still applies); React's events still bubble to the ring.
  const root = boxRef.current?.closest('.app') ?? document.body;
  return createPortal(
    <div ref={ref} className="menu-float" style={place ? { left: place.left, top: place.top } : { left: 0, top: 0, visibility: 'hidden' }}>
      {children}
    </div>,
    root,
  );
}
