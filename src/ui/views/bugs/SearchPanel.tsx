// The search's progress (seeds tried of the bound, then shrinking) with its cancel button,
// or how the last search ended when it loaded nothing.

import { useTranslation } from 'react-i18next';
import { useSearch } from './search-store';

export function SearchPanel() {
  const { t } = useTranslation('bugs');
  const search = useSearch((s) => s.search);
  if (search.status === 'idle') return null;
  if (search.status === 'running') {
    return (
      <div className="search-panel" role="status" data-testid="search-progress">
        <strong>{t('searching', { bug: search.bug })}</strong>
        <progress max={Math.max(search.seeds, 1)} value={search.tried} aria-label={t('progress', { tried: search.tried, seeds: search.seeds })} />
        <span data-testid="search-progress-text">{search.shrinkRuns > 0 ? t('shrinking', { runs: search.shrinkRuns }) : t('progress', { tried: search.tried, seeds: search.seeds })}</span>
        <button type="button" data-testid="search-cancel" onClick={() => useSearch.getState().cancel()}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className={`search-panel ${search.status}`} role="status" data-testid="search-result">
      {search.status === 'cancelled' && <p>{t('cancelled', { tried: search.tried })}</p>}
      {search.status === 'failed' && <p className="inline-error">{t('failed', { message: search.message })}</p>}
      {search.status === 'none' && (
        <>
          <p>
            <strong>{t('none', { tried: search.tried })}</strong>
          </p>
          {search.bug === 'keep-commit-on-restart' && <p data-testid="search-safe">{t('safe')}</p>}
        </>
      )}
    </div>
  );
}
