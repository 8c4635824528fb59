// Clients as small boxes outside the ring; their requests fly to the node they contact. A
// crashed client is greyed and crossed until a later request starts it again.

import { useTranslation } from 'react-i18next';
import type { Point } from './geometry';

export function ClientLayer({ ids, spots, crashed }: { ids: readonly string[]; spots: ReadonlyMap<string, Point>; crashed: ReadonlySet<string> }) {
  const { t } = useTranslation('cluster');
  return (
    <g className="clients">
      {ids.map((id) => {
        const p = spots.get(id);
        if (!p) return null;
        const down = crashed.has(id);
        // A crashed client is drawn as a crashed node is: greyed and crossed.
        return (
          <g key={id} className={`client${down ? ' is-crashed' : ''}`} data-testid={`client-${id}`} data-crashed={down} transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}>
            <title>{t(down ? 'clientCrashedTitle' : 'clientTitle', { id })}</title>
            <rect x={-24} y={-15} width={48} height={30} rx={6} />
            {down && <path className="client-cross" d="M-20,-11L20,11M20,-11L-20,11" />}
            <text dy="0.35em">{id}</text>
          </g>
        );
      })}
    </g>
  );
}
