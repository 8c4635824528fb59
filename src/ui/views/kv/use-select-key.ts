// Selecting a key from any view (the store's table and history, a client's answer, a box of
// the watch chain): every view highlights the selected key.

import { useCallback } from 'react';
import { useExplorer } from '../../store';

/** Selects a key (or lets it go when it is selected already), keeping the rest of the selection. */
export function useSelectKey(): (key: string) => void {
  const select = useExplorer((s) => s.select);
  return useCallback(
    (key: string) => {
      // The node stays selected, so the store shown does not jump back to the leader's.
      const { key: current, ...rest } = useExplorer.getState().selection;
      select(current === key ? rest : { ...rest, key });
    },
    [select],
  );
}
