// Clients as small boxes outside the ring; their requests fly to the node they contact.

import { useTranslation } from 'react-i18next';
import type { Point } from './geometry';

export function ClientLayer({ ids, spots }: { ids: readonly string[]; spots: ReadonlyMap<string, Point> }) {
  const { t } = useTranslation('cluster');
  return (
    <g className="clients">
      {ids.map((id) => {
        const p = spots.get(id);
        if (!p) return null;
        return (
          <g key={id} className="client" data-testid={`client-${id}`} transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}>
            <title>{t('clientTitle', { id })}</title>
            <rect x={-24} y={-15} width={48} height={30} rx={6} />
            <text dy="0.35em">{id}</text>
          </g>
        );
      })}
    </g>
  );
}
