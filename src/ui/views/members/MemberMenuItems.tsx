// The node menu's membership part: promote a learner, remove a member.

import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../protocol';
import { MenuActionButton } from '../faults/MenuActionButton';
import { memberActions } from './membership';

export function MemberMenuItems({ node, leader, ended, onDone }: { node: NodeView; leader: string | undefined; ended: boolean; onDone(): void }) {
  const { t } = useTranslation('members');
  const items = memberActions(node, leader, ended);
  if (items.length === 0) return null;
  return (
    <div className="menu-group" role="group" aria-label={t('menu.title')}>
      {items.map((item) => (
        <MenuActionButton
          key={item.key}
          itemKey={item.key}
          action={item.action}
          label={t(`menu.${item.key}`)}
          why={item.off && t(`menu.${item.off}`)}
          onDone={onDone}
        />
      ))}
    </div>
  );
}
