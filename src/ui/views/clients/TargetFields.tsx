// The first row of the request form: as which client, to which node, which request; and the
// suggestions the fields offer while typing (leases granted so far, elections in progress).

import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { Field } from './Field';
import { ANY_NODE, NEW_CLIENT, OP_GROUPS, type FormOpType, type FormState } from './form-state';
import { ELECTION_LIST, LEASE_LIST } from './OpFields';

interface Props {
  form: FormState;
  set(patch: Partial<FormState>): void;
  clients: string[];
  problems: Record<string, string | undefined>;
  tried: boolean;
}

export function TargetFields({ form, set, clients, problems, tried }: Props) {
  const { t } = useTranslation('clients');
  // Ids and up/down as one string: frames bring new node objects, the fields need redrawing only when these change.
  const nodeKey = useExplorer((s) => s.view.nodes.map((n) => (n.up ? n.id : `${n.id}!`)).join(' '));
  const nodes = nodeKey ? nodeKey.split(' ').map((k) => ({ id: k.replace(/!$/, ''), up: !k.endsWith('!') })) : [];
  const nodeIds = nodes.map((n) => n.id);
  return (
    <div className="cl-fields">
      <Field id="cl-client" label={t('form.client')} problem={form.client === NEW_CLIENT ? undefined : problems.client}>
        {(a) => (
          <select {...a} value={form.client} onChange={(e) => set({ client: e.target.value })} data-testid="field-client">
            {clients.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
            <option value={NEW_CLIENT}>{t('form.newClient')}</option>
          </select>
        )}
      </Field>
      {form.client === NEW_CLIENT && (
        <Field id="cl-new-client" label={t('form.newClientName')} problem={form.newClient === '' && !tried ? undefined : problems.client}>
          {(a) => <input {...a} type="text" autoComplete="off" spellCheck={false} value={form.newClient} onChange={(e) => set({ newClient: e.target.value })} data-testid="field-new-client" />}
        </Field>
      )}
      <Field id="cl-node" label={t('form.node')} problem={problems.node}>
        {(a) => (
          <select {...a} value={form.node} onChange={(e) => set({ node: e.target.value })} data-testid="field-node">
            <option value={ANY_NODE}>{t('form.anyNode')}</option>
            <option value="leader">{t('form.leaderNode')}</option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>{n.up ? n.id : t('form.downNode', { node: n.id })}</option>
            ))}
            {form.node !== ANY_NODE && form.node !== 'leader' && !nodeIds.includes(form.node) && <option value={form.node}>{form.node}</option>}
          </select>
        )}
      </Field>
      <Field id="cl-op" label={t('form.op')}>
        {(a) => (
          <select {...a} value={form.type} onChange={(e) => set({ type: e.target.value as FormOpType })} data-testid="field-op">
            {OP_GROUPS.map((g) => (
              <optgroup key={g.group} label={t(`groups.${g.group}`)}>
                {g.types.map((type) => (
                  <option key={type} value={type}>{t(`ops.${type}`)}</option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

export function Suggestions({ leases }: { leases: string[] }) {
  const elections = useExplorer((s) => s.view.elections);
  return (
    <>
      <datalist id={LEASE_LIST}>
        {leases.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <datalist id={ELECTION_LIST}>
        {elections.map((e) => (
          <option key={e.election} value={e.election} />
        ))}
      </datalist>
    </>
  );
}
