// A small txn builder: compares (key, what, test, value), then the ops run when every compare
// holds, and the ops run otherwise. Few rows, each one line: enough to teach etcd's txn.

import { useTranslation } from 'react-i18next';
import { COMPARE_RESULTS, COMPARE_TARGETS, MAX_TXN_ROWS, TXN_OP_TYPES, type CompareRow, type TxnRow, type TxnRowType } from './form-state';
import type { FieldsProps } from './OpFields';

export function TxnBuilder({ form, set, problems }: FieldsProps) {
  const { t } = useTranslation('clients');
  const setCompare = (i: number, patch: Partial<CompareRow>) => set({ compares: form.compares.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <div className="cl-txn" data-testid="txn-builder">
      <fieldset className="cl-txn-part">
        <legend>{t('txn.if')}</legend>
        {form.compares.length === 0 && <p className="cl-txn-none">{t('txn.noCompares')}</p>}
        {form.compares.map((c, i) => (
          <div className="cl-txn-row" key={i}>
            <input aria-label={t('txn.compareKey')} className="cl-txn-key" value={c.key} onChange={(e) => setCompare(i, { key: e.target.value })} aria-invalid={problems[`compares.${i}.key`] !== undefined} spellCheck={false} />
            <select aria-label={t('txn.target')} value={c.target} onChange={(e) => setCompare(i, { target: e.target.value as CompareRow['target'] })}>
              {COMPARE_TARGETS.map((x) => (
                <option key={x} value={x}>{t(`txn.targets.${x}`)}</option>
              ))}
            </select>
            <select aria-label={t('txn.result')} className="cl-txn-op" value={c.result} onChange={(e) => setCompare(i, { result: e.target.value as CompareRow['result'] })}>
              {COMPARE_RESULTS.map((x) => (
                <option key={x} value={x}>{x}</option>
              ))}
            </select>
            <input aria-label={t('txn.compareValue')} className="cl-txn-value" value={c.value} onChange={(e) => setCompare(i, { value: e.target.value })} aria-invalid={problems[`compares.${i}.value`] !== undefined} spellCheck={false} />
            <RemoveButton onClick={() => set({ compares: form.compares.filter((_, j) => j !== i) })} />
            <RowProblems texts={[problems[`compares.${i}.key`], problems[`compares.${i}.value`]]} />
          </div>
        ))}
        {form.compares.length < MAX_TXN_ROWS && (
          <button type="button" className="cl-add" onClick={() => set({ compares: [...form.compares, { key: form.key, target: 'version', result: '=', value: '0' }] })}>
            {t('txn.addCompare')}
          </button>
        )}
      </fieldset>
      <OpRows part="success" legend={t('txn.then')} rows={form.success} onChange={(success) => set({ success })} problems={problems} defaultKey={form.key} />
      <OpRows part="failure" legend={t('txn.else')} rows={form.failure} onChange={(failure) => set({ failure })} problems={problems} defaultKey={form.key} />
    </div>
  );
}

interface OpRowsProps {
  part: 'success' | 'failure';
  legend: string;
  rows: TxnRow[];
  onChange(rows: TxnRow[]): void;
  problems: Record<string, string | undefined>;
  defaultKey: string;
}

function OpRows({ part, legend, rows, onChange, problems, defaultKey }: OpRowsProps) {
  const { t } = useTranslation('clients');
  const setRow = (i: number, patch: Partial<TxnRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="cl-txn-part">
      <legend>{legend}</legend>
      {rows.length === 0 && <p className="cl-txn-none">{t('txn.none')}</p>}
      {rows.map((r, i) => (
        <div className="cl-txn-row" key={i}>
          <select aria-label={t('txn.opType')} value={r.type} onChange={(e) => setRow(i, { type: e.target.value as TxnRowType })}>
            {TXN_OP_TYPES.map((x) => (
              <option key={x} value={x}>{x}</option>
            ))}
          </select>
          <input aria-label={t('form.key')} className="cl-txn-key" value={r.key} onChange={(e) => setRow(i, { key: e.target.value })} aria-invalid={problems[`${part}.${i}.key`] !== undefined} spellCheck={false} />
          {r.type === 'put' ? (
            <input aria-label={t('form.value')} className="cl-txn-value" value={r.value} onChange={(e) => setRow(i, { value: e.target.value })} aria-invalid={problems[`${part}.${i}.value`] !== undefined} spellCheck={false} />
          ) : (
            <label className="cl-check cl-txn-prefix">
              <input type="checkbox" checked={r.prefix} onChange={(e) => setRow(i, { prefix: e.target.checked })} />
              <span>{t('txn.prefix')}</span>
            </label>
          )}
          <RemoveButton onClick={() => onChange(rows.filter((_, j) => j !== i))} />
          <RowProblems texts={[problems[`${part}.${i}.key`], problems[`${part}.${i}.value`]]} />
        </div>
      ))}
      {rows.length < MAX_TXN_ROWS && (
        <button type="button" className="cl-add" onClick={() => onChange([...rows, { type: 'put', key: defaultKey, value: '', prefix: false }])}>
          {t('txn.addOp')}
        </button>
      )}
    </fieldset>
  );
}

function RemoveButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation('clients');
  return (
    <button type="button" className="cl-remove" onClick={onClick} title={t('txn.removeTitle')} aria-label={t('txn.removeTitle')}>
      ×
    </button>
  );
}

function RowProblems({ texts }: { texts: (string | undefined)[] }) {
  const shown = texts.filter((x): x is string => x !== undefined);
  return shown.length === 0 ? null : <p className="cl-problem cl-txn-problem">{shown.join(' ')}</p>;
}
