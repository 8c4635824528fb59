// Messages in flight, each a symbol on its lane between two nodes. The position is a
// function of virtual time only: (time - sentAt) / (deliverAt - sentAt) along the lane,
// so pause, step, slow motion and rewind all show the same picture for the same time.

import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../protocol';
import { lanePoint, messageProgress, type Point } from './geometry';
import { KIND_STYLES, kindPath, messageKind } from './message-kinds';
import { DROP_COLOR, SELECT_COLOR } from './palette';

interface Props {
  messages: readonly MessageView[];
  spots: ReadonlyMap<string, Point>;
  inset: number;
  time: number;
  selectedMessage: number | undefined;
  selectedNode: string | undefined;
  onActivate(message: MessageView, at: Point): void;
}

/** The tail behind a message, as a share of the lane: shows the direction in a still picture. */
const TAIL = 0.14;

export function MessageLayer({ messages, spots, inset, time, selectedMessage, selectedNode, onActivate }: Props) {
  const { t } = useTranslation('cluster');
  return (
    <g className="messages">
      {messages.map((m) => {
        const a = spots.get(m.from);
        const b = spots.get(m.to);
        if (!a || !b) return null;
        const progress = messageProgress(m.sentAt, m.deliverAt, time);
        const at = lanePoint(a, b, progress, inset);
        const tail = lanePoint(a, b, Math.max(0, progress - TAIL), inset);
        const { kind, reply } = messageKind(m.msg.type);
        const color = KIND_STYLES[kind].color;
        const mine = selectedNode !== undefined && (m.from === selectedNode || m.to === selectedNode);
        const cls = `message kind-${kind}${reply ? ' reply' : ''}${m.doomed ? ' doomed' : ''}${mine ? ' of-selected' : ''}`;
        return (
          <g
            key={m.id}
            className={cls}
            data-testid="message"
            data-id={m.id}
            data-message={m.id}
            data-x={at.x.toFixed(1)}
            data-y={at.y.toFixed(1)}
            role="button"
            aria-label={t('messageAria', { type: m.msg.type, from: m.from, to: m.to })}
            onClick={(e) => {
              e.stopPropagation();
              onActivate(m, at);
            }}
          >
            <line className="message-tail" x1={tail.x} y1={tail.y} x2={at.x} y2={at.y} stroke={m.doomed ? DROP_COLOR : color} />
            <g transform={`translate(${at.x.toFixed(1)},${at.y.toFixed(1)})`}>
              <circle className="message-hit" r={14} />
              {m.id === selectedMessage && <circle className="message-halo" r={17} stroke={SELECT_COLOR} />}
              {kind === 'snapshot' && !reply && typeof m.msg.index === 'number' && (
                <text className="message-label" y={-16} textAnchor="middle" data-testid="snapshot-label">
                  {t('members:snapshotMessage', { index: m.msg.index })}
                </text>
              )}
              <path
                className="message-symbol"
                d={kindPath(kind)}
                fill={reply ? '#ffffff' : color}
                stroke={m.doomed ? DROP_COLOR : color}
                strokeDasharray={m.doomed ? '3 2' : undefined}
              />
            </g>
          </g>
        );
      })}
    </g>
  );
}
