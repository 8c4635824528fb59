// The keys of one store with etcd's per-key numbers: create revision, mod revision, version,
// lease. A row changed a moment ago flashes once (its React key includes the mod revision, so
// a new write mounts it afresh and the CSS animation plays again).

import { useTranslation } from 'react-i18next';
import type { KvView } from '../../../protocol';
import { leaseHex } from '../clients/result-format';

interface Props {
  kv: KvView;
  /** Changed a moment ago: flash once. */
  fresh(revision: number): boolean;
  selectedKey: string | undefined;
  onSelectKey(key: string): void;
}

export function KeyTable({ kv, fresh, selectedKey, onSelectKey }: Props) {
  const { t } = useTranslation('kv');
  if (kv.keys.length === 0) return <p className="kv-empty">{t('table.empty')}</p>;
  return (
    <>
      <table className="kv-table" data-testid="kv-table">
        <caption className="kv-visually-hidden">{t('table.caption', { node: kv.node })}</caption>
        <thead>
          <tr>
            <th rowSpan={2} scope="col" className="kv-col-key">{t('table.key')}</th>
            <th rowSpan={2} scope="col" className="kv-col-value">{t('table.value')}</th>
            <th colSpan={2} scope="colgroup" className="kv-col-group">{t('table.revisions')}</th>
            <th rowSpan={2} scope="col" className="kv-num" title={t('table.versionTitle')}>{t('table.version')}</th>
            <th rowSpan={2} scope="col" className="kv-num" title={t('table.leaseTitle')}>{t('table.lease')}</th>
          </tr>
          <tr>
            <th scope="col" className="kv-num kv-sub" title={t('table.createTitle')}>{t('table.create')}</th>
            <th scope="col" className="kv-num kv-sub" title={t('table.modTitle')}>{t('table.mod')}</th>
          </tr>
        </thead>
        <tbody>
          {kv.keys.map((k) => (
            <tr
              key={`${k.key}@${k.modRevision}`}
              className={`kv-row${fresh(k.modRevision) ? ' is-fresh' : ''}${k.key === selectedKey ? ' is-selected' : ''}`}
              data-testid="kv-row"
              data-key={k.key}
              data-create={k.createRevision}
              data-mod={k.modRevision}
              data-version={k.version}
            >
              <td className="kv-col-key">
                <button type="button" className="kv-key" onClick={() => onSelectKey(k.key)} aria-pressed={k.key === selectedKey} title={t('table.selectTitle', { key: k.key })}>
                  {k.key === '' ? '""' : k.key}
                </button>
              </td>
              <td className="kv-col-value" title={k.value}>{k.value}</td>
              <td className="kv-num">{k.createRevision}</td>
              <td className="kv-num">{k.modRevision}</td>
              <td className="kv-num">{k.version}</td>
              <td className="kv-num kv-lease">{k.lease ? leaseHex(k.lease) : t('table.noLease')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {kv.truncated && <p className="kv-note">{t('table.truncated', { count: kv.keys.length })}</p>}
    </>
  );
}
