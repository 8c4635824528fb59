// The fault toolbar above the ring, one row at 1280 px: partition, heal and message loss in
// sight, and the tools a first lesson does not need (adding nodes, the cluster settings,
// breaking a rule) one click away under More. Node faults live in the node menu (click a
// node); a link is cut by clicking its line.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { runEnded } from './run-ended';
import { LossSlider } from './LossSlider';
import { currentLeader } from './partition';
import { PartitionDialog } from './PartitionDialog';
import { SettingsDialog } from './SettingsDialog';
import { BugsDialog } from '../bugs/BugsDialog';
import { AddNodeButtons } from '../members/AddNodeButtons';
import { refusalShort, refusalText, useRefusal } from '../challenges/use-action-gate';
import './faults.css';

export function FaultToolbar() {
  const { t } = useTranslation('faults');
  const bridge = useBridge();
  const nodes = useExplorer((s) => s.view.nodes);
  const network = useExplorer((s) => s.view.network);
  const scenario = useExplorer((s) => s.view.scenario);
  // A step recorded at the end of the run would never run (the worker ignores it).
  const ended = useExplorer((s) => runEnded(s.view));
  const [open, setOpen] = useState<'partition' | 'settings' | 'bugs' | null>(null);
  // A challenge's action limits: a control that would break them is off, and the hint says why.
  const { t: tc } = useTranslation('challenges');
  const partitionGate = useRefusal(['partition']);
  const healGate = useRefusal(['heal']);
  const lossGate = useRefusal(['loss']);
  const [partitionWhy, healWhy, lossWhy] = [partitionGate, healGate, lossGate].map((r) => r && refusalText(tc, r));
  const gate = partitionGate ?? healGate ?? lossGate;
  const healthy = !network.groups && network.isolated.length === 0 && network.cut.length === 0;
  const ids = nodes.map((n) => n.id);
  return (
    <div className="fault-toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="fault-toolbar">
      <button type="button" data-testid="open-partition" disabled={ids.length < 2 || ended || partitionWhy !== undefined} title={partitionWhy} onClick={() => setOpen('partition')}>
        {t('toolbar.partition')}
      </button>
      <button type="button" data-testid="heal" disabled={healthy || ended || healWhy !== undefined} title={healWhy ?? t('toolbar.healTitle')} onClick={() => bridge.act({ do: 'heal' })}>
        {t('toolbar.heal')}
      </button>
      <LossSlider disabled={ended || lossWhy !== undefined} why={lossWhy} />
      {gate && !ended ? (
        <span className="toolbar-hint is-gate" data-testid="toolbar-gate" title={refusalText(tc, gate)}>
          {refusalShort(tc, gate)}
        </span>
      ) : (
        <span className="toolbar-hint">{t(ended ? 'toolbar.ended' : 'toolbar.cutHint')}</span>
      )}
      <MoreTools>
        <AddNodeButtons nodes={nodes} scenario={scenario} leader={currentLeader(nodes)} ended={ended} />
        <button type="button" className="toolbar-settings" data-testid="open-settings" disabled={!scenario} onClick={() => setOpen('settings')}>
          {t('toolbar.settings')}
        </button>
        <button type="button" data-testid="open-bugs" disabled={!scenario} title={t('bugs:openTitle')} onClick={() => setOpen('bugs')}>
          {t('bugs:open')}
        </button>
      </MoreTools>
      {open === 'partition' && <PartitionDialog ids={ids} network={network} leader={currentLeader(nodes)} onClose={() => setOpen(null)} />}
      {open === 'settings' && scenario && <SettingsDialog scenario={scenario} onClose={() => setOpen(null)} />}
      {open === 'bugs' && scenario && <BugsDialog scenario={scenario} onClose={() => setOpen(null)} />}
    </div>
  );
}

/** The advanced tools behind one button; a choice, Escape or a click elsewhere folds them. */
function MoreTools({ children }: { children: ReactNode }) {
  const { t } = useTranslation('faults');
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onDown = (e: PointerEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    addEventListener('keydown', onKey);
    addEventListener('pointerdown', onDown);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('pointerdown', onDown);
    };
  }, [open]);
  return (
    <div className="toolbar-more" ref={root}>
      <button type="button" aria-expanded={open} aria-controls="toolbar-more-tools" title={t('toolbar.moreTitle')} onClick={() => setOpen(!open)} data-testid="fault-more">
        {t('toolbar.more')} ▾
      </button>
      {/* Clicks inside bubble here after the button's own action: the group folds away. */}
      <div className="toolbar-more-tools" id="toolbar-more-tools" hidden={!open} onClick={(e) => (e.target as HTMLElement).closest('button') && setOpen(false)}>
        {children}
      </div>
    </div>
  );
}
