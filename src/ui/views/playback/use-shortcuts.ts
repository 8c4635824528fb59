// The page-wide keyboard shortcuts (see shortcuts.ts for the mapping and its rules).

import { useEffect, useRef } from 'react';
import { focusKind, shortcutFor, type ShortcutAction } from './shortcuts';

/** Actions that must not auto-repeat while a key is held (holding → does keep stepping). */
const NO_REPEAT: ReadonlySet<ShortcutAction> = new Set(['toggle-play', 'help', 'close']);

/** `handle` returns false when it did nothing with the action (the key then keeps its default). */
export function useShortcuts(handle: (action: ShortcutAction) => boolean): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : document.activeElement;
      const action = shortcutFor({ key: e.key, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, focus: focusKind(target as HTMLInputElement | null) });
      if (!action) return;
      if (e.repeat && NO_REPEAT.has(action)) {
        // Still swallow a held Space, or the page would scroll.
        if (action === 'toggle-play') e.preventDefault();
        return;
      }
      // Space on a focused button would also click it; the shortcut wins so Space always means play/pause.
      if (latest.current(action)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
