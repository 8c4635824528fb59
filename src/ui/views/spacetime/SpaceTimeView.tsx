// The space-time diagram: one lane per node (then the clients), time flowing left to right,
// every message an arrow from its send to its receive (lost ones end in a red cross, those in
// flight are dashed up to now), and marks for role changes, votes, commits, truncations,
// crashes and client calls. It follows playback, zooms and pans, and shares the page's
// selection: clicking an arrow or a mark selects it everywhere, and the message that
// triggered a selected state change (rule provenance) is highlighted here.

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { useSize } from '../cluster/useSize';
import { explain } from '../provenance/provenance';
import { SpaceTimeSvg } from './SpaceTimeSvg';
import { SpaceTimeToolbar, type Window } from './SpaceTimeToolbar';
import { buildSpaceTime } from './model';
import './spacetime.css';

export function SpaceTimeView() {
  const { t } = useTranslation('spacetime');
  const [boxRef, box] = useSize<HTMLDivElement>();
  const events = useExplorer((s) => s.view.events);
  const offset = useExplorer((s) => s.view.eventOffset);
  const now = useExplorer((s) => s.view.time);
  const nodes = useExplorer((s) => s.view.nodes);
  const selection = useExplorer((s) => s.selection);
  const [win, setWin] = useState<Window>({ span: 1000, follow: true, end: 0, heartbeats: true });
  const end = win.follow ? Math.max(now, win.span) : win.end;
  const from = end - win.span;
  const nodeIds = useMemo(() => nodes.map((n) => n.id), [nodes]);
  const model = useMemo(() => buildSpaceTime(events, offset, nodeIds, from, end, win.heartbeats), [events, offset, nodeIds, from, end, win.heartbeats]);
  const trigger = useMemo(() => (selection.event !== undefined ? explain(events, offset, selection.event)?.trigger?.id : undefined), [events, offset, selection.event]);
  return (
    <div className="st" data-testid="spacetime">
      <SpaceTimeToolbar win={win} setWin={setWin} now={now} />
      <div className="st-box" ref={boxRef} aria-label={t('label')}>
        {box.width > 0 && model.lanes.length > 0 && <SpaceTimeSvg model={model} box={box} from={from} to={end} now={now} selection={selection} trigger={trigger} setWin={setWin} win={win} />}
        {model.lanes.length === 0 && <p className="placeholder">{t('empty')}</p>}
      </div>
    </div>
  );
}
