// Keeps the worker sending the store the learner looks at: the selected node's, else the
// leader's (protocol Command "select"; the worker answers with a frame carrying that store).

import { useEffect } from 'react';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { requestedStoreNode } from './kv-view';

/** The node whose store is asked for, or null for the worker's default (the leader). */
export function useStoreNode(): string | null {
  const bridge = useBridge();
  const selected = useExplorer((s) => s.selection.node);
  const nodes = useExplorer((s) => s.view.nodes);
  const wanted = requestedStoreNode(selected, nodes);
  useEffect(() => {
    bridge.send({ type: 'select', node: wanted });
  }, [bridge, wanted]);
  return wanted;
}
