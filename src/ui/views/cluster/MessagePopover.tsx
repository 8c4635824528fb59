// The fields of one message, in a small card beside it. It keeps showing the message after
// it arrived (the card says so), since a message in flight lives only a few milliseconds.

import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../protocol';
import type { Point } from './geometry';
import { messageKind } from './message-kinds';

interface Props {
  message: MessageView;
  at: Point;
  time: number;
  box: { width: number; height: number };
  onClose(): void;
}

const CARD_W = 300;
const CARD_H = 320;

export function MessagePopover({ message: m, at, time, box, onClose }: Props) {
  const { t } = useTranslation('cluster');
  const fields = Object.entries(m.msg).filter(([k, v]) => k !== 'type' && v !== undefined);
  const left = at.x + 20 + CARD_W > box.width ? Math.max(4, at.x - 20 - CARD_W) : at.x + 20;
  const top = Math.max(4, Math.min(at.y - 40, box.height - CARD_H));
  const status = time >= m.deliverAt ? (m.doomed ? 'lostDone' : 'arrived') : m.doomed ? 'doomed' : 'flying';
  const { kind } = messageKind(m.msg.type);
  return (
    <div className={`cluster-popover message-popover kind-${kind}`} style={{ left, top, width: CARD_W }} role="dialog" aria-label={t('message.title')} data-testid="message-popover" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="popover-head">
        <strong>{t(`types.${m.msg.type}`, { defaultValue: m.msg.type })}</strong>
        <button type="button" className="popover-close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      <p className="popover-route">
        {m.from} → {m.to} <code>{m.msg.type}</code>
      </p>
      <dl>
        {fields.map(([k, v]) => (
          <div key={k}>
            <dt>{t(`fields.${k}`, { defaultValue: k })}</dt>
            <dd>{String(v)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('message.sent')}</dt>
          <dd>{t('ms', { value: m.sentAt })}</dd>
        </div>
        <div>
          <dt>{t('message.arrives')}</dt>
          <dd>{t('ms', { value: m.deliverAt })}</dd>
        </div>
      </dl>
      <p className={`popover-status status-${status}`}>{t(`message.status.${status}`)}</p>
    </div>
  );
}
