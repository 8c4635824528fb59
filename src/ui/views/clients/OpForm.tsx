// The request form: as which client, to which node, which operation and its fields. Sending
// records the request as a scenario step at the current virtual time (bridge.act), so it
// replays with the run and travels in share links.

import { memo, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { ROOMY_SCREEN, useMedia } from '../../use-media';
import { seconds } from '../side/Narration';
import { useProblemText } from './Field';
import { ANY_NODE, chosenClient, initialForm, type FormState } from './form-state';
import { OpFields } from './OpFields';
import { Suggestions, TargetFields } from './TargetFields';
import type { SentOp } from './op-history';
import { opSummary } from './result-format';
import { checkForm } from './validate';
import { useActionRefusal } from '../challenges/use-action-gate';

interface Props {
  clients: string[];
  leases: string[];
  onSent(sent: SentOp): void;
  /** The answer to the request sent last, shown right under the Send button. */
  latest: ReactNode;
}

/** Memoized: the clients tab redraws as answers arrive, the form only when its own props change. */
export const OpForm = memo(function OpForm({ clients, leases, onSent, latest }: Props) {
  const { t } = useTranslation('clients');
  const bridge = useBridge();
  // The ids as one string: frames bring new node objects, and the form need not redraw for them.
  const nodeKey = useExplorer((s) => s.view.nodes.map((n) => n.id).join(' '));
  const [form, setForm] = useState<FormState>(initialForm);
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // A newcomer's first screen (1280x720) keeps the form folded to one line; a roomy screen
  // opens it. One click unfolds it.
  const roomy = useMedia(ROOMY_SCREEN);
  const [foldChoice, setFolded] = useState<boolean | null>(null);
  const folded = foldChoice ?? !roomy;
  const nodeIds = useMemo(() => (nodeKey ? nodeKey.split(' ') : []), [nodeKey]);
  const checked = useMemo(() => checkForm(form, { nodes: nodeIds }), [form, nodeIds]);
  const problemText = useProblemText();
  const refused = useActionRefusal(['client']);
  const problems: Record<string, string | undefined> = {};
  if (!checked.ok) for (const [field, p] of Object.entries(checked.problems)) problems[field] = problemText(p, tried);
  const shownProblems = Object.values(problems).filter((x) => x !== undefined);

  const set = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSent(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (refused) return;
    setTried(true);
    if (!checked.ok) {
      // Take the learner to the first field that needs fixing.
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    bridge.act(checked.action);
    setTried(false);
    // Read when sent, not subscribed to: the form need not redraw as the clock runs.
    const time = useExplorer.getState().view.time;
    if (checked.action.do !== 'client') return;
    setSent(t('form.sent', { time: seconds(time), summary: opSummary(checked.action.op), client: checked.action.client }));
    onSent({ client: checked.action.client, op: checked.action.op, after: time });
  };

  return (
    <form ref={formRef} className={`cl-form${folded ? ' is-folded' : ''}`} onSubmit={submit} noValidate data-testid="client-form" aria-labelledby="cl-form-title">
      <h3 id="cl-form-title" className="cl-h3">
        <button type="button" className="cl-fold" aria-expanded={!folded} aria-controls="cl-form-fields" onClick={() => setFolded(!folded)} data-testid="client-form-toggle">
          <span aria-hidden="true">{folded ? '▸' : '▾'}</span> {t('form.title')}
        </button>
      </h3>
      {/* Folded, the fields keep what was typed (hidden, not unmounted). */}
      <div id="cl-form-fields" hidden={folded}>
        <TargetFields form={form} set={set} clients={clients} problems={problems} tried={tried} />
        <p className="cl-help">{t(`help.${form.type}`)}</p>
        <OpFields form={form} set={set} problems={problems} />
        <Suggestions leases={leases} />
        <div className="cl-send-row">
          <button type="submit" className="side-btn side-btn-primary cl-send" title={refused ?? t('form.sendTitle')} disabled={refused !== undefined} data-testid="client-send">
            {t('form.send')} ▶
          </button>
          <span className="cl-send-as">{chosenClient(form) || '?'} {form.node === ANY_NODE ? t('list.toAny') : t('list.to', { node: form.node === 'leader' ? t('form.leaderNode') : form.node })}</span>
          {refused && (
            <p className="cl-problem" data-testid="client-gate">
              {refused}
            </p>
          )}
          {problems.form && <p className="cl-problem">{problems.form}</p>}
          {tried && shownProblems.length > 0 && !problems.form && <p className="cl-problem" role="alert">{t('form.fix')}</p>}
          {sent && !latest && (
            <p className="cl-sent" role="status">
              {sent}
            </p>
          )}
        </div>
      </div>
      {latest}
    </form>
  );
});
