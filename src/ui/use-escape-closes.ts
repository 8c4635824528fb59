// Esc closes a menu, card or panel wherever the focus is (a clicked node keeps it), and gives
// the focus back to the page, so that Space plays again instead of pressing what had it.

import { useEffect } from 'react';
import { returnFocusToPage } from './focus';

export function useEscapeCloses(open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      returnFocusToPage();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);
}
