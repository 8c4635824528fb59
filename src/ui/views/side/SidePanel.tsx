// The side tools, under the narration in the story column (App.tsx): tabs for the clients
// (send requests, read etcd's answers), the etcdctl console, the key-value store of one node,
// the elections' watch chains and why a value is what it is. Each panel scrolls inside itself,
// so no tool pushes the lesson off screen. Every panel stays mounted so a half-typed request survives a tab switch.
// A hidden panel keeps its state but is not redrawn while the run plays (see Shown).

import { Activity, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChainTab } from '../chain/ChainTab';
import { ChallengesTab } from '../challenges/ChallengesTab';
import { ProgressKeeper } from '../challenges/progress';
import { ClientsTab } from '../clients/ClientsTab';
import { ConsoleTab } from '../console/ConsoleTab';
import { KvTab } from '../kv/KvTab';
import { useStoreNode } from '../kv/use-store-node';
import { useExplorer } from '../../store';
import type { Step } from '../../../sim/scenario-types';
import { WhyTab } from '../provenance/WhyTab';
import { Tabs } from './Tabs';
import { ErrorBoundary } from '../../ErrorBoundary';
import { NodeStatePanel } from '../node-state/NodeStatePanel';
import { useNodeStatePanel } from '../node-state/node-state-store';
import './side.css';

type TabId = 'clients' | 'console' | 'kv' | 'chain' | 'why' | 'challenges';
// Challenges second: in sight at 1280x720 in both languages (the row scrolls sideways, layout.css).
const TAB_IDS: readonly TabId[] = ['clients', 'challenges', 'console', 'kv', 'chain', 'why'];
const ID_PREFIX = 'side';

export function SidePanel() {
  const { t } = useTranslation('side');
  const [tab, setTab] = useState<TabId>('clients');
  const storeNode = useStoreNode();
  // A scenario that holds a console session (a shared link, a reload) opens on its console.
  const hasConsole = useExplorer((s) => holdsConsole(s.view.scenario?.steps));
  useEffect(() => {
    if (hasConsole) setTab('console');
  }, [hasConsole]);
  // A challenge (a built-in, a teacher's file or a link) opens on its goal.
  const hasChallenge = useExplorer((s) => s.view.scenario?.challenge !== undefined);
  useEffect(() => {
    if (hasChallenge) setTab('challenges');
  }, [hasChallenge]);
  // Choosing a tab is asking for that tool: a node's Figure 2 panel lying over it gives way.
  const chooseTab = (id: TabId) => {
    useNodeStatePanel.getState().close();
    setTab(id);
  };
  const tabs = TAB_IDS.map((id) => ({ id, label: t(`tabs.${id}`) }));
  const panel = (id: TabId) => ({
    role: 'tabpanel',
    id: `${ID_PREFIX}-panel-${id}`,
    'aria-labelledby': `${ID_PREFIX}-tab-${id}`,
    hidden: tab !== id,
    className: 'side-panel',
    'data-testid': `panel-${id}`,
  });
  return (
    <div className="side" data-testid="side-panel">
      <div className="side-inner">
        <Tabs<TabId> tabs={tabs} active={tab} onChange={chooseTab} label={t('tabs.label')} idPrefix={ID_PREFIX} />
        <div className="side-panels">
          <div {...panel('clients')}>
            <Shown when={tab === 'clients'}><ClientsTab /></Shown>
          </div>
          <div {...panel('console')}>
            <ConsoleTab />
          </div>
          <div {...panel('kv')}>
            <Shown when={tab === 'kv'}><KvTab wanted={storeNode} /></Shown>
          </div>
          <div {...panel('chain')}>
            <Shown when={tab === 'chain'}><ChainTab /></Shown>
          </div>
          <div {...panel('why')}>
            <Shown when={tab === 'why'}><WhyTab active={tab === 'why'} /></Shown>
          </div>
          <div {...panel('challenges')}>
            <Shown when={tab === 'challenges'}><ChallengesTab /></Shown>
          </div>
          {/* Over the tab's content but below the tab row: a tab chosen closes it (chooseTab). */}
          <ErrorBoundary name="node-state">
            <NodeStatePanel />
          </ErrorBoundary>
        </div>
      </div>
      <ProgressKeeper />
    </div>
  );
}

const consoleSteps = new WeakMap<readonly Step[], boolean>();

/** Whether the steps hold etcdctl lines: asked on every store update, so worked out once per steps array. */
function holdsConsole(steps: readonly Step[] | undefined): boolean {
  if (!steps) return false;
  let has = consoleSteps.get(steps);
  if (has === undefined) consoleSteps.set(steps, (has = steps.some((step) => step.do === 'etcdctl')));
  return has;
}

/**
 * A panel's content, drawn only while its tab is shown: hidden, it keeps its state and DOM
 * but React puts off redrawing it (Activity), so the frames of a busy run are not spent
 * on panels nobody sees. The console stays outside: it follows its session while hidden.
 */
function Shown({ when, children }: { when: boolean; children: ReactNode }) {
  return <Activity mode={when ? 'visible' : 'hidden'}>{children}</Activity>;
}
