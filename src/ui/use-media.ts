// Whether a CSS media query matches, kept up to date as the window is resized. For the few
// layout choices CSS alone cannot make (which views are mounted at all).

import { useSyncExternalStore } from 'react';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => matchMedia(query).matches,
  );
}

/**
 * A screen with room for the terms timeline beside the logs (1440x900 and larger). Smaller
 * screens, the 1280x720 projector first, show it in place of the logs, one switch away.
 */
export const ROOMY_SCREEN = '(min-width: 1400px) and (min-height: 880px)';
