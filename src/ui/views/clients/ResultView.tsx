// One answer, etcd-shaped but readable: scalar fields on one line ("header.revision 5 ·
// count 1"), each key-value on its own line with its create / mod revision, version and
// lease, and a txn's responses indented. The raw JSON folds out for engineers.

import { useTranslation } from 'react-i18next';
import type { Kv, OpResult } from '../../../sim/trace-types';
import { clip, leaseHex, resultFacts, type Fact } from './result-format';

interface KeyProps {
  selectedKey: string | undefined;
  onSelectKey(key: string): void;
}

export function ResultView({ result, ...keyProps }: { result: OpResult } & KeyProps) {
  return (
    <div className="cl-result">
      <Facts facts={resultFacts(result)} {...keyProps} />
    </div>
  );
}

function Facts({ facts, ...keyProps }: { facts: Fact[] } & KeyProps) {
  const { t } = useTranslation('clients');
  const scalars = facts.filter((f) => f.kind === 'field');
  const rest = facts.filter((f) => f.kind !== 'field');
  return (
    <>
      <div className="cl-scalars">
        {scalars.map((f) => (
          <span key={f.name} className="cl-fact">
            <span className="cl-fact-name">{t(`field.${f.name}`)}</span> <span className="cl-fact-value">{booleanText(f.value, t)}</span>
          </span>
        ))}
      </div>
      {rest.map((f, i) => {
        if (f.kind === 'kv') return <KvLine key={i} name={t(`field.${f.name}`)} kv={f.kv} {...keyProps} />;
        if (f.kind === 'list') {
          return (
            <div key={i} className="cl-list">
              <span className="cl-fact-name">{t(`field.${f.name}`)}</span> {f.values.length === 0 ? '[]' : f.values.map((v) => clip(v, 24)).join(', ')}
            </div>
          );
        }
        if (f.kind === 'txn-response') {
          return (
            <div key={i} className="cl-txn-response">
              <span className="cl-fact-name">{t('list.response', { index: f.index + 1 })}</span>
              <Facts facts={f.facts} {...keyProps} />
            </div>
          );
        }
        return null;
      })}
    </>
  );
}

function booleanText(value: string, t: (k: string) => string): string {
  return value === 'true' || value === 'false' ? t(`field.${value}`) : value;
}

export function KvLine({ name, kv, selectedKey, onSelectKey }: { name: string; kv: Kv } & KeyProps) {
  const { t } = useTranslation('clients');
  return (
    <div className={`cl-kv${kv.key === selectedKey ? ' is-selected' : ''}`} data-testid="result-kv" data-key={kv.key}>
      <span className="cl-fact-name">{name}</span>{' '}
      <button type="button" className="cl-kv-key" onClick={() => onSelectKey(kv.key)} title={t('list.selectKey', { key: kv.key })}>
        {kv.key === '' ? '""' : clip(kv.key, 32)}
      </button>
      {kv.version > 0 && <span className="cl-kv-value"> = {clip(kv.value, 32)}</span>}
      <span className="cl-kv-meta">
        {t('field.create_revision')} {kv.createRevision} · {t('field.mod_revision')} {kv.modRevision} · {t('field.version')} {kv.version} · {t('field.lease')} {leaseHex(kv.lease)}
      </span>
    </div>
  );
}
