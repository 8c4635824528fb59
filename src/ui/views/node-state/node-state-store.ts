// Which node's Figure 2 panel is open. Its own small store: a click on a node opens it
// (useOverlay), the panel's × and Esc close it, and it outlives the node's menu, so a
// teacher can take an action and watch its effect on nextIndex and matchIndex.

import { create } from 'zustand';

interface NodeStatePanelState {
  node: string | null;
  show(node: string): void;
  close(): void;
}

export const useNodeStatePanel = create<NodeStatePanelState>()((set) => ({
  node: null,
  show: (node) => set({ node }),
  close: () => set({ node: null }),
}));
