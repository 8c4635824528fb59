// The menu that opens beside a node: crash or restart it, isolate it, fire its election
// timer, or move leadership to it. Every item is a scenario step recorded at the current
// virtual time (bridge.act).

import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../protocol';
import { nodeActions } from './node-actions';
import { MemberMenuItems } from '../members/MemberMenuItems';
import { MenuActionButton } from './MenuActionButton';
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
        <MenuActionButton
          key={item.key}
          itemKey={item.key}
          action={item.action}
          label={t(`nodeMenu.${item.key}`)}
          why={item.off && t(`nodeMenu.why.${item.off}`)}
          onDone={onClose}
        />
      ))}
      <MemberMenuItems node={node} leader={leader} ended={ended} onDone={onClose} />
    </div>
  );
}
