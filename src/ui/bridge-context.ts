import { createContext, useContext } from 'react';
import type { Bridge } from './bridge';

export const BridgeContext = createContext<Bridge | null>(null);

/** The worker bridge, for views that send commands. */
export function useBridge(): Bridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge outside BridgeContext');
  return bridge;
}
