// The fault toolbar above the ring: partition, heal, how to cut a link, message loss and the
// cluster settings. Node faults live in the node menu (click a node).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { LossSlider } from './LossSlider';
import { currentLeader } from './partition';
import { PartitionDialog } from './PartitionDialog';
import { SettingsDialog } from './SettingsDialog';
import { BugsDialog } from '../bugs/BugsDialog';
import { AddNodeButtons } from '../members/AddNodeButtons';
import './faults.css';

export function FaultToolbar() {
  const { t } = useTranslation('faults');
  const bridge = useBridge();
  const nodes = useExplorer((s) => s.view.nodes);
  const network = useExplorer((s) => s.view.network);
  const scenario = useExplorer((s) => s.view.scenario);
  // A step recorded at the end of the run would never run (the worker ignores it).
  const ended = useExplorer((s) => s.view.until > 0 && s.view.time >= s.view.until);
  const [open, setOpen] = useState<'partition' | 'settings' | 'bugs' | null>(null);
  const healthy = !network.groups && network.isolated.length === 0 && network.cut.length === 0;
  const ids = nodes.map((n) => n.id);
  return (
    <div className="fault-toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="fault-toolbar">
      <button type="button" data-testid="open-partition" disabled={ids.length < 2 || ended} onClick={() => setOpen('partition')}>
        {t('toolbar.partition')}
      </button>
      <button type="button" data-testid="heal" disabled={healthy || ended} title={t('toolbar.healTitle')} onClick={() => bridge.act({ do: 'heal' })}>
        {t('toolbar.heal')}
      </button>
      <AddNodeButtons nodes={nodes} scenario={scenario} leader={currentLeader(nodes)} ended={ended} />
      <span className="toolbar-hint">{t(ended ? 'toolbar.ended' : 'toolbar.cutHint')}</span>
      <LossSlider disabled={ended} />
      <button type="button" className="toolbar-settings" data-testid="open-settings" disabled={!scenario} onClick={() => setOpen('settings')}>
        {t('toolbar.settings')}
      </button>
      {open === 'partition' && <PartitionDialog ids={ids} network={network} leader={currentLeader(nodes)} onClose={() => setOpen(null)} />}
      <button type="button" data-testid="open-bugs" disabled={!scenario} title={t('bugs:openTitle')} onClick={() => setOpen('bugs')}>
        {t('bugs:open')}
      </button>
      {open === 'settings' && scenario && <SettingsDialog scenario={scenario} onClose={() => setOpen(null)} />}
      {open === 'bugs' && scenario && <BugsDialog scenario={scenario} onClose={() => setOpen(null)} />}
    </div>
  );
}
