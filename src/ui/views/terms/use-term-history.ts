// Keeps a TermHistory in step with the store: every frame is folded in as it arrives (a
// store subscription sees each one, even when React renders several frames at once). The
// bridge's copy of the trace fills any gap.

import { useEffect, useMemo, useState } from 'react';
import type { TraceEvent } from '../../../sim/trace-types';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { TermHistory } from './term-history';

export function useTermHistory(): { events: readonly TraceEvent[]; complete: boolean } {
  const bridge = useBridge();
  const [history] = useState(() => new TermHistory());
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const fold = () => {
      if (history.update(useExplorer.getState().view, () => bridge.trace())) setVersion((v) => v + 1);
    };
    fold();
    return useExplorer.subscribe(fold);
  }, [history, bridge]);
  // `version` is what tells React the history changed; the arrays themselves are mutated.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => ({ events: [...history.events()], complete: history.complete }), [history, version]);
}
