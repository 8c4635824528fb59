// The menu that opens beside a node: crash or restart it, isolate it, fire its election
// timer, or move leadership to it. Every item is a scenario step recorded at the current
// virtual time (bridge.act).

import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../protocol';
import { useBridge } from '../../bridge-context';
import { nodeActions } from './node-actions';
import { MemberMenuItems } from '../members/MemberMenuItems';
import './faults.css';

export interface MenuPlace {
  left: number;
  top: number;
  /** Open to the left of the anchor (the node is near the right edge). */
  flip: boolean;
}

interface Props {
  node: NodeView;
  place: MenuPlace;
  isolated: boolean;
  leader: string | undefined;
  ended: boolean;
  onClose(): void;
}

export function NodeMenu({ node, place, isolated, leader, ended, onClose }: Props) {
  const { t } = useTranslation('faults');
  const bridge = useBridge();
  const items = nodeActions({ id: node.id, up: node.up, role: node.role, isolated, leader, ended });
  return (
    <div
      className={`fault-menu node-menu${place.flip ? ' flip' : ''}`}
      style={{ left: place.left, top: place.top }}
      role="menu"
      aria-label={t('nodeMenu.title', { node: node.id })}
      data-testid="node-menu"
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="menu-head">
        <strong>{t('nodeMenu.title', { node: node.id })}</strong>
        <button type="button" className="menu-close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          className={`menu-item item-${item.key}`}
          data-testid={`node-action-${item.key}`}
          disabled={item.off !== undefined}
          onClick={() => {
            bridge.act(item.action);
            onClose();
          }}
        >
          <span>{t(`nodeMenu.${item.key}`)}</span>
          {item.off && <small className="menu-why">{t(`nodeMenu.why.${item.off}`)}</small>}
        </button>
      ))}
      <MemberMenuItems node={node} leader={leader} ended={ended} onDone={onClose} />
    </div>
  );
}
