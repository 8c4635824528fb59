// The fields of the chosen operation. One set of form fields serves every operation (see
// form-state.ts); this picks which to show and how to label them.

import { useTranslation } from 'react-i18next';
import { Check, Field } from './Field';
import type { FormState } from './form-state';
import { TxnBuilder } from './TxnBuilder';

export interface FieldsProps {
  form: FormState;
  set(patch: Partial<FormState>): void;
  /** The message to show under each field, by field name. */
  problems: Record<string, string | undefined>;
}

type TextField = 'key' | 'value' | 'revision' | 'ttl' | 'sessionTtl' | 'lease' | 'grantId' | 'election' | 'lockName';

/** Suggestions offered while typing: leases this session granted, elections in progress. */
export const LEASE_LIST = 'cl-leases';
export const ELECTION_LIST = 'cl-elections';

function TextInput({ name, label, props, numeric, list, placeholder }: { name: TextField; label: string; props: FieldsProps; numeric?: boolean; list?: string; placeholder?: string }) {
  const id = `cl-${name}`;
  return (
    <Field id={id} label={label} problem={props.problems[name]}>
      {(a) => (
        <input
          {...a}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
          list={list}
          placeholder={placeholder}
          value={props.form[name]}
          onChange={(e) => props.set({ [name]: e.target.value })}
          data-testid={`field-${name}`}
        />
      )}
    </Field>
  );
}

export function OpFields(props: FieldsProps) {
  const { t } = useTranslation('clients');
  const { form, set } = props;
  const check = (name: 'prefix' | 'prevKv' | 'serializable' | 'keys', label: string) => <Check id={`cl-${name}`} label={label} checked={form[name]} onChange={(v) => set({ [name]: v })} />;
  const key = <TextInput name="key" label={t('form.key')} props={props} />;
  const value = <TextInput name="value" label={t('form.value')} props={props} />;
  const election = <TextInput name="election" label={t('form.election')} props={props} list={ELECTION_LIST} />;
  const lockName = <TextInput name="lockName" label={t('form.lockName')} props={props} list={ELECTION_LIST} />;
  const sessionTtl = <TextInput name="sessionTtl" label={t('form.sessionTtl')} props={props} numeric />;
  // Lease ids are hex, as etcdctl prints them and as the store's table shows them.
  const lease = (optional: boolean) => <TextInput name="lease" label={t(optional ? 'form.leaseOptional' : 'form.lease')} props={props} list={LEASE_LIST} placeholder={t('form.leasePlaceholder')} />;
  switch (form.type) {
    case 'put':
      return <div className="cl-fields">{key}{value}{lease(true)}{check('prevKv', t('form.prevKv'))}</div>;
    case 'get':
      return <div className="cl-fields">{key}<TextInput name="revision" label={t('form.readRevision')} props={props} numeric />{check('prefix', t('form.prefix'))}{check('serializable', t('form.serializable'))}</div>;
    case 'delete':
      return <div className="cl-fields">{key}{check('prefix', t('form.prefix'))}{check('prevKv', t('form.prevKv'))}</div>;
    case 'txn':
      return <TxnBuilder {...props} />;
    case 'compact':
      return <div className="cl-fields"><TextInput name="revision" label={t('form.compactRevision')} props={props} numeric /></div>;
    case 'watch':
      return <div className="cl-fields">{key}<TextInput name="revision" label={t('form.watchRevision')} props={props} numeric />{check('prefix', t('form.prefix'))}</div>;
    case 'lease-grant':
      return <div className="cl-fields"><TextInput name="ttl" label={t('form.ttl')} props={props} numeric /><TextInput name="grantId" label={t('form.grantId')} props={props} placeholder={t('form.leasePlaceholder')} /></div>;
    case 'lease-revoke':
    case 'lease-keepalive':
      return <div className="cl-fields">{lease(false)}</div>;
    case 'lease-timetolive':
      return <div className="cl-fields">{lease(false)}{check('keys', t('form.keys'))}</div>;
    case 'lease-leases':
      return null;
    case 'campaign':
      return <div className="cl-fields">{election}{value}{sessionTtl}</div>;
    case 'proclaim':
      return <div className="cl-fields">{election}{value}</div>;
    case 'resign':
    case 'leader':
    case 'observe':
      return <div className="cl-fields">{election}</div>;
    case 'lock':
      return <div className="cl-fields">{lockName}{sessionTtl}</div>;
    case 'unlock':
      return <div className="cl-fields">{lockName}</div>;
  }
}
