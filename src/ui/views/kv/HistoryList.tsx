// The store's newest revisions, newest first, with what each one changed: the learner sees
// the revision counter move one write at a time, each PUT's key with its create revision and
// version after it, a txn's writes sharing one revision, and compaction cutting the history off.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KvView } from '../../../protocol';
import { historyNumbers, numbersAt } from './history-versions';
import { changeText } from './kv-view';

interface Props {
  kv: KvView;
  fresh(revision: number): boolean;
  selectedKey: string | undefined;
  onSelectKey(key: string): void;
}

export function HistoryList({ kv, fresh, selectedKey, onSelectKey }: Props) {
  const { t } = useTranslation('kv');
  const numbers = useMemo(() => historyNumbers(kv), [kv]);
  return (
    <section className="kv-history" aria-labelledby="kv-history-title">
      <h3 id="kv-history-title" className="kv-h3">
        {t('history.title')} <span className="kv-hint">{t('history.hint')}</span>
      </h3>
      {kv.history.length === 0 && <p className="kv-empty">{t('history.none')}</p>}
      <ol className="kv-history-list" data-testid="kv-history">
        {kv.history.map((h) => {
          const touchesSelected = h.changes.some((c) => c.key === selectedKey);
          return (
            <li key={h.revision} className={`kv-rev${fresh(h.revision) ? ' is-fresh' : ''}${touchesSelected ? ' is-selected' : ''}`} data-testid="kv-history-row" data-revision={h.revision}>
              <span className="kv-rev-num">{t('history.rev', { revision: h.revision })}</span>
              <span className="kv-rev-changes">
                {h.changes.length > 1 && <span className="kv-tag">{t('history.txn')}</span>}
                {h.changes.map((c, i) => {
                  const n = numbersAt(numbers, h.revision, i);
                  return (
                    <span key={i} className="kv-change-item">
                      <button type="button" className={`kv-change is-${c.type.toLowerCase()}`} onClick={() => onSelectKey(c.key)} aria-pressed={c.key === selectedKey}>
                        {changeText(c)}
                      </button>
                      {n && <span className="kv-change-numbers">{t('history.numbers', { create: n.createRevision, version: n.version })}</span>}
                    </span>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ol>
      {kv.compactRevision > 0 && <p className="kv-compacted" data-testid="kv-compacted-note">{t('history.compacted', { revision: kv.compactRevision })}</p>}
    </section>
  );
}
