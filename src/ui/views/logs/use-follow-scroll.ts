// A horizontal scroller that follows the newest content (like a terminal): while the user is
// at the right end, new content scrolls into view; once they scroll back, it stays put
// until they return to the end (or press "newest").

import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { atNewest } from './log-window';

export interface FollowScroll {
  ref: RefObject<HTMLDivElement | null>;
  scrollLeft: number;
  viewport: number;
  following: boolean;
  onScroll: () => void;
  /** Scroll to the newest content and follow it again. */
  jumpToNewest: () => void;
  /** Scroll to an offset and stop following (e.g. to show a selected entry). */
  scrollTo: (left: number) => void;
}

/** `contentWidth` changes when content grows; `gutter` is the part of the viewport covered by sticky labels. */
export function useFollowScroll(contentWidth: number, gutter = 0): FollowScroll {
  const ref = useRef<HTMLDivElement | null>(null);
  const following = useRef(true);
  const [state, setState] = useState({ scrollLeft: 0, viewport: 0, following: true });

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const viewport = Math.max(0, el.clientWidth - gutter);
    following.current = atNewest(el.scrollLeft, el.clientWidth, el.scrollWidth);
    setState((s) =>
      s.scrollLeft === el.scrollLeft && s.viewport === viewport && s.following === following.current ? s : { scrollLeft: el.scrollLeft, viewport, following: following.current },
    );
  }, [gutter]);

  // Follow growth before paint, so the newest entries never flash off-screen.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (following.current) el.scrollLeft = el.scrollWidth;
    measure();
  }, [contentWidth, measure]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => {
      if (following.current) el.scrollLeft = el.scrollWidth;
      measure();
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);

  const jumpToNewest = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    following.current = true;
    el.scrollLeft = el.scrollWidth;
    measure();
  }, [measure]);

  const scrollTo = useCallback(
    (left: number) => {
      const el = ref.current;
      if (!el) return;
      el.scrollLeft = left;
      measure();
    },
    [measure],
  );

  return { ref, ...state, onScroll: measure, jumpToNewest, scrollTo };
}
