// Clients as small boxes outside the ring; their requests fly to the node they contact. A
// crashed client is greyed and crossed until a later request starts it again.

import { useTranslation } from 'react-i18next';
import { CLIENT_H, clientWidth, type Point } from './geometry';

export function ClientLayer({ ids, spots, crashed }: { ids: readonly string[]; spots: ReadonlyMap<string, Point>; crashed: ReadonlySet<string> }) {
  const { t } = useTranslation('cluster');
  return (
    <g className="clients">
      {ids.map((id) => {
        const p = spots.get(id);
        if (!p) return null;
        const down = crashed.has(id);
        const w = clientWidth(id);
        // A crashed client is drawn as a crashed node is: greyed and crossed.
        return (
          <g key={id} className={`client${down ? ' is-crashed' : ''}`} data-testid={`client-${id}`} data-crashed={down} transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}>
            <title>{t(down ? 'clientCrashedTitle' : 'clientTitle', { id })}</title>
            <rect x={-w / 2} y={-CLIENT_H / 2} width={w} height={CLIENT_H} rx={6} />
            {down && <path className="client-cross" d={`M${4 - w / 2},-11L${w / 2 - 4},11M${w / 2 - 4},-11L${4 - w / 2},11`} />}
            <text dy="0.35em">{id}</text>
          </g>
        );
      })}
    </g>
  );
}
