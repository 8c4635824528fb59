// One node's log: a sticky label with its commit and apply indexes, then its entries in the
// shared index columns. Only the columns in view are rendered (see log-window.ts).

import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView, NodeView } from '../../../protocol';
import type { NodeLog } from '../../apply-frame';
import type { Selection } from '../../store';
import { termColors } from '../terms/term-color';
import { CELL_W, columnX, type ColumnRange, type IndexDomain } from './log-window';
import { rowItems, type RowItem } from './row-items';
import type { Ghost } from './use-leaving';
import { IncomingSnapshot } from '../members/IncomingSnapshot';

interface RowProps {
  node: NodeView;
  log: NodeLog | undefined;
  domain: IndexDomain;
  cols: ColumnRange;
  selection: Selection;
  ghosts: Ghost[];
  /** The last index of a snapshot on its way to this node (InstallSnapshot in flight). */
  incoming?: number | undefined;
  onSelectEntry: (index: number, term: number) => void;
  onSelectNode: (node: string) => void;
}

export const LogRow = memo(function LogRow({ node, log, domain, cols, selection, ghosts, incoming, onSelectEntry, onSelectNode }: RowProps) {
  const { t } = useTranslation('logs');
  const items = rowItems(log, node, domain, cols);
  const rowClass = ['log-row', node.up ? '' : 'is-down', selection.node === node.id ? 'is-selected' : ''].join(' ');
  return (
    <div className={rowClass} data-testid={`log-row-${node.id}`} data-commit={node.commit} data-applied={node.applied}>
      <button type="button" className="log-label" onClick={() => onSelectNode(node.id)} aria-pressed={selection.node === node.id}>
        <span className="log-node">{node.id}</span>
        <span className="log-role">{node.up ? (node.learner && node.role === 'follower' ? t('members:learner') : t(`role.${node.role}`)) : t('down')}</span>
        {/* Commit and apply indexes are volatile state (Figure 2): a crashed node has none, only its log on disk. */}
        {incoming !== undefined ? (
          <span className="log-indexes log-incoming-badge" data-testid="log-incoming-badge">
            {t('members:incomingShort', { index: incoming })}
          </span>
        ) : (
          <span className="log-indexes">{node.up ? t('indexes', { commit: node.commit, applied: node.applied }) : t('onDisk')}</span>
        )}
      </button>
      <div className="log-track">
        {items.map((item) => (item.kind === 'snapshot' ? <SnapshotBlock key="snap" item={item} domain={domain} /> : <EntryCell key={item.entry.index} node={node.id} entry={item.entry} committed={item.committed} applied={item.applied} left={columnX(item.entry.index, domain)} mark={selectionMark(item.entry, selection)} onSelect={onSelectEntry} />))}
        {ghosts.map((g) => (
          <div key={g.key} className="log-cell is-leaving" style={cellStyle(g.entry.index, g.entry.term, domain)} aria-hidden="true">
            <span className="log-term">{g.entry.term}</span>
            <span className="log-label-text">{g.entry.label}</span>
          </div>
        ))}
        {incoming !== undefined && <IncomingSnapshot index={incoming} lastIndex={node.lastIndex} domain={domain} />}
        {node.up && node.commit >= domain.lo && node.commit <= domain.hi && (
          <div className="log-commit-mark" data-testid={`commit-mark-${node.id}`} data-index={node.commit} style={{ left: columnX(node.commit, domain) + CELL_W - 5 }} title={t('commitMark', { index: node.commit })} />
        )}
      </div>
    </div>
  );
});

function cellStyle(index: number, term: number, domain: IndexDomain): CSSProperties {
  const c = termColors(term);
  return { left: columnX(index, domain), ['--term-strong' as string]: c.strong, ['--term-tint' as string]: c.tint };
}

/** How the selection marks a cell (classes): the selected entry, another term at its index, dimmed for another term. */
function selectionMark(entry: EntryView, selection: Selection): string {
  const sel = selection.entry;
  const at = sel && sel.index === entry.index ? (sel.term === entry.term ? 'is-selected' : 'is-different') : '';
  const dimmed = selection.term !== undefined && selection.term !== entry.term ? 'is-dimmed' : '';
  return at && dimmed ? `${at} ${dimmed}` : at || dimmed;
}

interface CellProps {
  /** The node whose log holds the entry (PAGE.md marks: data-node and data-index on each cell). */
  node: string;
  entry: EntryView;
  committed: boolean;
  applied: boolean;
  /** Its column's x, px. */
  left: number;
  mark: string;
  onSelect: RowProps['onSelectEntry'];
}

/** One entry. Its props are plain values, so a frame redraws only the cells whose state changed (a commit, an apply, the selection). */
const EntryCell = memo(function EntryCell({ node, entry, committed, applied, left, mark, onSelect }: CellProps) {
  const { t } = useTranslation('logs');
  const classes = ['log-cell', committed ? 'is-committed' : 'is-uncommitted', applied ? 'is-applied' : '', mark];
  const state = applied ? t('state.applied') : committed ? t('state.committed') : t('state.uncommitted');
  const c = termColors(entry.term);
  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={{ left, ['--term-strong' as string]: c.strong, ['--term-tint' as string]: c.tint }}
      onClick={() => onSelect(entry.index, entry.term)}
      aria-pressed={mark.startsWith('is-selected')}
      data-node={node}
      data-index={entry.index}
      data-term={entry.term}
      title={t('entryTitle', { index: entry.index, term: entry.term, label: entry.label, state })}
    >
      <span className="log-term">{entry.term}</span>
      <span className="log-label-text">{entry.label}</span>
    </button>
  );
});

function SnapshotBlock({ item, domain }: { item: Extract<RowItem, { kind: 'snapshot' }>; domain: IndexDomain }) {
  const { t } = useTranslation('logs');
  return (
    <div className="log-snapshot" style={{ left: columnX(item.from, domain), width: (item.to - item.from + 1) * CELL_W - 4 }} title={t('snapshotTitle', { index: item.upTo })} data-testid="log-snapshot">
      {t('snapshot', { index: item.upTo })}
    </div>
  );
}
