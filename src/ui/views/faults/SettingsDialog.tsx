// Cluster settings: size, election timeout range, heartbeat interval, PreVote, CheckQuorum.
// They are part of the scenario, not steps, so applying them reloads the scenario from 0 ms:
// by default keeping the steps that still make sense, or starting with none.

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../sim/scenario-types';
import { parseScenario } from '../../../scenario';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { Dialog } from './Dialog';
import { applySettings, formFromScenario, readSettings, slowHeartbeat, type SettingsField, type SettingsForm } from './settings';

export function SettingsDialog({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const { t } = useTranslation('faults');
  const bridge = useBridge();
  const [form, setForm] = useState<SettingsForm>(() => formFromScenario(scenario));
  const [keep, setKeep] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const read = readSettings(form);
  const errors = read.ok ? {} : read.errors;
  const plan = read.ok ? applySettings(scenario, read.settings, keep) : undefined;
  const apply = () => {
    if (!plan) return;
    const parsed = parseScenario(plan.scenario);
    if (!parsed.ok) return setLoadError(parsed.error);
    bridge.load(parsed.scenario);
    useExplorer.getState().setNotice(t('settings.applied'));
    onClose();
  };
  const field = (name: SettingsField, label: string) => (
    <Field label={label} error={errors[name] ? t(`settings.errors.${errors[name]}`) : undefined}>
      <input
        type="text"
        inputMode="numeric"
        data-testid={`setting-${name}`}
        value={form[name]}
        aria-invalid={errors[name] !== undefined}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </Field>
  );
  return (
    <Dialog title={t('settings.title')} testId="settings-dialog" onClose={onClose}>
      <div className="settings-grid">
        {field('size', t('settings.size'))}
        {field('heartbeat', t('settings.heartbeat'))}
        {field('electionMin', t('settings.electionMin'))}
        {field('electionMax', t('settings.electionMax'))}
      </div>
      <Switch checked={form.preVote} onChange={(v) => setForm({ ...form, preVote: v })} label={t('settings.preVote')} help={t('settings.preVoteHelp')} testId="setting-prevote" />
      <Switch checked={form.checkQuorum} onChange={(v) => setForm({ ...form, checkQuorum: v })} label={t('settings.checkQuorum')} help={t('settings.checkQuorumHelp')} testId="setting-checkquorum" />
      {read.ok && slowHeartbeat(read.settings) && <p className="inline-warning">{t('settings.slowHeartbeat')}</p>}
      <StepsChoice keep={keep} onChange={setKeep} steps={scenario.steps.length} dropped={plan?.dropped ?? 0} />
      {loadError && (
        <p className="inline-error" role="alert">
          {loadError}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="primary" data-testid="settings-apply" disabled={!plan} onClick={apply}>
          {t('settings.apply')}
        </button>
      </div>
    </Dialog>
  );
}

/** Keep the scenario's steps or start with none, and what applying will do. */
function StepsChoice({ keep, onChange, steps, dropped }: { keep: boolean; onChange(keep: boolean): void; steps: number; dropped: number }) {
  const { t } = useTranslation('faults');
  return (
    <>
      <fieldset className="settings-steps">
        <legend>{t('settings.stepsTitle')}</legend>
        <label>
          <input type="radio" name="keep-steps" checked={keep} onChange={() => onChange(true)} /> {t('settings.keep', { n: steps })}
        </label>
        <label>
          <input type="radio" name="keep-steps" checked={!keep} onChange={() => onChange(false)} /> {t('settings.fresh')}
        </label>
      </fieldset>
      <p className="dialog-intro" data-testid="settings-plan">
        {t('settings.restartNote')} {dropped > 0 ? t('settings.dropped', { n: dropped }) : ''}
      </p>
    </>
  );
}

function Field({ label, error, children }: { label: string; error: string | undefined; children: ReactNode }) {
  return (
    <label className={`field${error ? ' has-error' : ''}`}>
      <span>{label}</span>
      {children}
      {error && (
        <small className="inline-error" role="alert">
          {error}
        </small>
      )}
    </label>
  );
}

function Switch({ checked, onChange, label, help, testId }: { checked: boolean; onChange(v: boolean): void; label: string; help: string; testId: string }) {
  return (
    <label className="switch">
      <input type="checkbox" role="switch" checked={checked} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />
      <span>
        <strong>{label}</strong> <small>{help}</small>
      </span>
    </label>
  );
}
