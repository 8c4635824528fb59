// Which menu or card is open over the ring. Opening one selects what it is about (the
// store's selection links the views); a selection changed elsewhere closes it.

import { useCallback, useState } from 'react';
import type { MessageView } from '../../../protocol';
import { useEscapeCloses } from '../../use-escape-closes';
import { useExplorer } from '../../store';
import { useNodeStatePanel } from '../node-state/node-state-store';
import type { Point } from './geometry';

export type Overlay = { kind: 'node'; id: string } | { kind: 'link'; a: string; b: string; at: Point } | { kind: 'message'; message: MessageView; at: Point } | null;

export interface OverlayControls {
  overlay: Overlay;
  onNode(id: string): void;
  onLink(a: string, b: string, at: Point): void;
  onMessage(message: MessageView, at: Point): void;
  close(): void;
}

export function useOverlay(): OverlayControls {
  const toggleSelect = useExplorer((s) => s.toggleSelect);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const onNode = useCallback(
    (id: string) => {
      // One click opens the node's menu, whatever was selected before (a log cell of the
      // same node selects it too); a click on the node whose menu is open closes it.
      setOverlay((open) => {
        const closing = open?.kind === 'node' && open.id === id;
        useExplorer.getState().select(closing ? {} : { node: id });
        return closing ? null : { kind: 'node', id };
      });
      // The node's Figure 2 state shows beside the menu and stays after it closes (Esc or × close it).
      useNodeStatePanel.getState().show(id);
    },
    [],
  );
  const onLink = useCallback((a: string, b: string, at: Point) => setOverlay({ kind: 'link', a, b, at }), []);
  const onMessage = useCallback(
    (message: MessageView, at: Point) => {
      toggleSelect({ message: message.id });
      setOverlay(useExplorer.getState().selection.message === message.id ? { kind: 'message', message, at } : null);
    },
    [toggleSelect],
  );
  // Closing a node's menu (an action taken, ×, Esc) deselects the node, so the next click opens it again.
  const close = useCallback(() => {
    setOverlay((open) => {
      if (open?.kind === 'node' && useExplorer.getState().selection.node === open.id) useExplorer.getState().select({});
      return null;
    });
  }, []);
  useEscapeCloses(overlay !== null, close);
  return { overlay, onNode, onLink, onMessage, close };
}
