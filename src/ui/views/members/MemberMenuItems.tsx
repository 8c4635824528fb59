// The node menu's membership part: promote a learner, remove a member.

import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../protocol';
import { useBridge } from '../../bridge-context';
import { memberActions } from './membership';

export function MemberMenuItems({ node, leader, ended, onDone }: { node: NodeView; leader: string | undefined; ended: boolean; onDone(): void }) {
  const { t } = useTranslation('members');
  const bridge = useBridge();
  const items = memberActions(node, leader, ended);
  if (items.length === 0) return null;
  return (
    <div className="menu-group" role="group" aria-label={t('menu.title')}>
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
            onDone();
          }}
        >
          <span>{t(`menu.${item.key}`)}</span>
          {item.off && <small className="menu-why">{t(`menu.${item.off}`)}</small>}
        </button>
      ))}
    </div>
  );
}
