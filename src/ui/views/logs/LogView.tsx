// The logs of every node, one row each, entries in shared index columns colored by term
// (the same colors as the terms view). Committed entries are solid, uncommitted ones
// hatched, applied ones underlined; a bar marks each node's commit index; a compacted prefix
// is one snapshot block; truncated entries fade out. Windowed: thousands of entries stay smooth.

import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplay } from '../../display-mode';
import { useExplorer } from '../../store';
import { LogLegend } from './LogLegend';
import { LogRow } from './LogRow';
import { CELL_W, columnX, indexDomain, scrollToShow, trackWidth, visibleColumns, type ColumnRange, type IndexDomain } from './log-window';
import { useFollowScroll, type FollowScroll } from './use-follow-scroll';
import { useLeaving, type Ghost } from './use-leaving';
import { incomingSnapshots, parseSnapshotsKey, snapshotsKey } from '../members/membership';
import './logs.css';

/** Width of the sticky node label column, px (set on the view as --log-label-w for logs.css). */
export const LABEL_W = 184;
/** In projector mode the label's 16 px lines ("commit 18 · applied 18") need more room. */
export const PROJECTOR_LABEL_W = 216;

export function LogView() {
  const { t } = useTranslation('logs');
  const nodes = useExplorer((s) => s.view.nodes);
  const logs = useExplorer((s) => s.view.logs);
  const epoch = useExplorer((s) => s.view.epoch);
  const selection = useExplorer((s) => s.selection);
  const toggleSelect = useExplorer((s) => s.toggleSelect);
  // A string, so that frames without a change in snapshots on their way do not redraw the logs.
  const incomingKey = useExplorer((s) => snapshotsKey(incomingSnapshots(s.view.messages)));
  const incoming = useMemo(() => parseSnapshotsKey(incomingKey), [incomingKey]);

  const domain = useMemo(() => indexDomain(logs, nodes), [logs, nodes]);
  const labelW = useDisplay((s) => (s.projector ? PROJECTOR_LABEL_W : LABEL_W));
  const scroll = useFollowScroll(trackWidth(domain), labelW);
  const cols = visibleColumns(domain, scroll.scrollLeft, scroll.viewport);
  const ghosts = useLeaving(logs, epoch);
  useRevealEntry(selection.entry?.index, domain, scroll);

  const onSelectEntry = useCallback((index: number, term: number) => toggleSelect({ entry: { index, term } }), [toggleSelect]);
  const onSelectNode = useCallback((node: string) => toggleSelect({ node }), [toggleSelect]);
  const empty = domain.hi < domain.lo;

  return (
    <div className="logs" data-testid="log-view" style={{ ['--log-label-w' as string]: `${labelW}px` }}>
      <div className="logs-head">
        <h2 className="logs-title">{t('title')}</h2>
        <LogLegend />
        {!scroll.following && (
          <button type="button" className="logs-newest" onClick={scroll.jumpToNewest} data-testid="logs-newest">
            {t('newest')}
          </button>
        )}
      </div>
      <div className="logs-scroll" ref={scroll.ref} onScroll={scroll.onScroll} data-testid="logs-scroll">
        <div className="logs-content" style={{ width: labelW + trackWidth(domain) }}>
          <Ruler domain={domain} cols={cols} label={t('index')} />
          {nodes.map((n) => (
            <LogRow key={n.id} node={n} log={logs[n.id]} domain={domain} cols={cols} selection={selection} ghosts={ghostsOf(ghosts, n.id, cols)} incoming={incoming.get(n.id)} onSelectEntry={onSelectEntry} onSelectNode={onSelectNode} />
          ))}
        </div>
        {empty && <p className="logs-empty">{t('empty')}</p>}
      </div>
    </div>
  );
}

function Ruler({ domain, cols, label }: { domain: IndexDomain; cols: ColumnRange; label: string }) {
  const indices: number[] = [];
  for (let i = cols.from; i <= cols.to; i++) indices.push(i);
  return (
    <div className="log-ruler" aria-hidden="true">
      <span className="log-ruler-label">{label}</span>
      <div className="log-track">
        {indices.map((i) => (
          <span key={i} className="log-ruler-index" style={{ left: columnX(i, domain), width: CELL_W - 4 }}>
            {i}
          </span>
        ))}
      </div>
    </div>
  );
}

const NO_GHOSTS: Ghost[] = [];

function ghostsOf(ghosts: Ghost[], node: string, cols: ColumnRange): Ghost[] {
  if (!ghosts.length) return NO_GHOSTS;
  return ghosts.filter((g) => g.node === node && g.entry.index >= cols.from && g.entry.index <= cols.to);
}

/** When an entry is selected (here or in another view) and is out of sight, scroll to it. */
function useRevealEntry(index: number | undefined, domain: IndexDomain, scroll: FollowScroll): void {
  // Only a new selection moves the view: later frames must not pull the user back to it,
  // so the domain and scroll position are read from a ref rather than listed as dependencies.
  const latest = useRef({ domain, scroll });
  useEffect(() => {
    latest.current = { domain, scroll };
  });
  const { scrollTo } = scroll;
  useEffect(() => {
    const { domain: d, scroll: s } = latest.current;
    if (index === undefined || index < d.lo || index > d.hi) return;
    const x = columnX(index, d);
    if (x >= s.scrollLeft && x + CELL_W <= s.scrollLeft + s.viewport) return;
    scrollTo(scrollToShow(index, d, s.viewport));
  }, [index, scrollTo]);
}
