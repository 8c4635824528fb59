// Broken client connections: a red dashed line from the client to the node it was talking
// to, labelled with what broke it, with a tooltip that says whether the client knows yet
// (gRPC keepalive) and that it reconnects elsewhere (clientv3's balancer).

import { useTranslation } from 'react-i18next';
import type { BrokenLinkView } from '../../../protocol';
import { brokenLinkLines } from './broken-links';
import type { Point } from './geometry';

interface Props {
  links: readonly BrokenLinkView[];
  spots: ReadonlyMap<string, Point>;
  crashed: ReadonlySet<string>;
  inset: number;
}

export function BrokenLinkLayer({ links, spots, crashed, inset }: Props) {
  const { t } = useTranslation('cluster');
  const lines = brokenLinkLines(links, spots, crashed, inset);
  if (lines.length === 0) return null;
  return (
    <g className="broken-links">
      {lines.map(({ link, a, b, label }) => {
        const names = { client: link.client, node: link.node };
        const title = t('brokenLink.title', { ...names, t: link.brokeAt, why: t(`brokenLink.why.${link.reason}`, names), state: t(link.noticed ? 'brokenLink.noticed' : 'brokenLink.unnoticed', names) });
        return (
          <g key={`${link.client}>${link.node}`} className={`broken-link${link.noticed ? ' is-noticed' : ''}`} data-testid={`broken-link-${link.client}-${link.node}`} data-reason={link.reason} data-noticed={link.noticed}>
            <title>{title}</title>
            <line x1={a.x.toFixed(1)} y1={a.y.toFixed(1)} x2={b.x.toFixed(1)} y2={b.y.toFixed(1)} />
            <text x={label.x.toFixed(1)} y={label.y.toFixed(1)} dy="-0.4em">
              ✕ {t(`brokenLink.label.${link.reason}`)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
