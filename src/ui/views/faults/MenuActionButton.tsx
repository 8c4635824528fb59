// One item of a node menu: a scenario step recorded at the current virtual time
// (bridge.act), greyed out with the reason when it cannot be taken now.

import type { Action } from '../../../protocol';
import { useBridge } from '../../bridge-context';
import { useActionRefusal } from '../challenges/use-action-gate';

interface Props {
  itemKey: string;
  action: Action;
  label: string;
  /** Why the item is off, already translated; undefined when it can be taken. */
  why: string | undefined;
  onDone(): void;
}

export function MenuActionButton({ itemKey, action, label, why: cannot, onDone }: Props) {
  const bridge = useBridge();
  // A challenge's action limits turn the item off too, with their reason.
  const refused = useActionRefusal([action.do]);
  const why = cannot ?? refused;
  return (
    <button
      type="button"
      role="menuitem"
      className={`menu-item item-${itemKey}`}
      data-testid={`node-action-${itemKey}`}
      disabled={why !== undefined}
      title={why}
      data-gate={refused !== undefined && cannot === undefined ? 'challenge' : undefined}
      onClick={() => {
        bridge.act(action);
        onDone();
      }}
    >
      <span>{label}</span>
      {why !== undefined && <small className="menu-why">{why}</small>}
    </button>
  );
}
