// Embed mode's way out: a small link that opens the same run, at the same moment, in the
// full explorer in a new tab. The link is made when it is about to be used (encoding the
// scenario on every frame would be waste).

import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shareLink } from '../../link-params';
import { useExplorer } from '../../store';

function fullLink(): string {
  const { view, lang, selection } = useExplorer.getState();
  const base = location.origin + location.pathname;
  return view.scenario ? shareLink(base, view.scenario, view.time, lang, false, selection) : base;
}

export function OpenInExplorer() {
  const { t } = useTranslation('classroom');
  const refresh = (e: MouseEvent<HTMLAnchorElement> | { currentTarget: HTMLAnchorElement }) => {
    e.currentTarget.href = fullLink();
  };
  return (
    <a className="open-full" href={location.pathname} target="_blank" rel="noopener" title={t('embed.openTitle')} onClick={refresh} onMouseEnter={refresh} onFocus={refresh} onAuxClick={refresh} data-testid="open-full">
      {t('embed.open')} ↗
    </a>
  );
}
