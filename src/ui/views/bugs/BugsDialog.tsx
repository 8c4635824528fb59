// "Break a rule": one switch per bug toggle (SCENARIO.md "Bug toggles") with the rule it
// breaks and what can go wrong, Apply (reload from 0 ms with the same steps), and for a bug
// switched on, "Find a counterexample": the search runs in its own worker with a progress
// bar and a cancel, and the shortest failing run it finds becomes the current scenario.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BugName, Scenario } from '../../../sim/scenario-types';
import { parseScenario } from '../../../scenario';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { Dialog } from '../faults/Dialog';
import { BUG_ORDER, withBugs } from './bugs';
import { SearchPanel } from './SearchPanel';
import { useSearch, type Counterexample } from './search-store';
import './bugs.css';

export function BugsDialog({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const { t } = useTranslation('bugs');
  const bridge = useBridge();
  const [on, setOn] = useState<ReadonlySet<BugName>>(() => new Set(scenario.cluster.bugs));
  const [loadError, setLoadError] = useState<string | null>(null);
  const running = useSearch((s) => s.search.status === 'running');
  const load = (next: Scenario): boolean => {
    const parsed = parseScenario(next);
    if (!parsed.ok) {
      setLoadError(parsed.error);
      return false;
    }
    bridge.load(parsed.scenario);
    return true;
  };
  const close = () => {
    useSearch.getState().cancel();
    useSearch.getState().dismiss();
    onClose();
  };
  const apply = () => {
    if (load(withBugs(scenario, on))) close();
  };
  const onFound = (found: Counterexample) => {
    if (!load(found.scenario)) return;
    useExplorer.getState().setNotice(t('loaded', { property: t(`checks:property.${found.property}.name`, { defaultValue: found.property }) }));
    onClose();
  };
  const toggle = (bug: BugName, value: boolean) => {
    const next = new Set(on);
    if (value) next.add(bug);
    else next.delete(bug);
    setOn(next);
  };
  return (
    <Dialog title={t('title')} testId="bugs-dialog" onClose={close}>
      <p className="dialog-intro">{t('intro')}</p>
      <ul className="bug-list">
        {BUG_ORDER.map((bug) => (
          <li key={bug} className={on.has(bug) ? 'bug on' : 'bug'} data-testid={`bug-${bug}`}>
            <label className="switch">
              <input type="checkbox" role="switch" checked={on.has(bug)} disabled={running} data-testid={`bug-switch-${bug}`} onChange={(e) => toggle(bug, e.target.checked)} />
              <code>{bug}</code>
            </label>
            <p>
              <strong>{t('rule')}</strong> {t(`items.${bug}.rule`)}
            </p>
            <p>
              <strong>{t('danger')}</strong> {t(`items.${bug}.danger`)}
            </p>
            <button
              type="button"
              data-testid={`find-${bug}`}
              disabled={!on.has(bug) || running}
              title={on.has(bug) ? undefined : t('findOff')}
              onClick={() => useSearch.getState().start(bug, onFound)}
            >
              {t('find')}
            </button>
          </li>
        ))}
      </ul>
      <SearchPanel />
      {loadError && (
        <p className="inline-error" role="alert">
          {loadError}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={close}>
          {t('close')}
        </button>
        <button type="button" className="primary" data-testid="bugs-apply" disabled={running} onClick={apply}>
          {t('apply')}
        </button>
      </div>
    </Dialog>
  );
}
