// The diagram's controls: zoom, pan, follow playback, heartbeats on or off, and the ShiViz export.

import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { download } from '../scenarios/files';
import { jsonlToShiViz } from './shiviz';

export interface Window {
  /** Virtual ms shown across the width. */
  span: number;
  /** Whether the right edge follows the current time. */
  follow: boolean;
  /** The right edge when not following. */
  end: number;
  heartbeats: boolean;
}

export const MIN_SPAN = 50;
export const MAX_SPAN = 120_000;

export function SpaceTimeToolbar({ win, setWin, now }: { win: Window; setWin: (w: Window) => void; now: number }) {
  const { t } = useTranslation('spacetime');
  const bridge = useBridge();
  const scenario = useExplorer((s) => s.view.scenario);
  const end = win.follow ? Math.max(now, win.span) : win.end;
  const zoom = (factor: number) => setWin({ ...win, span: Math.min(MAX_SPAN, Math.max(MIN_SPAN, Math.round(win.span * factor))) });
  const pan = (dir: number) => setWin({ ...win, follow: false, end: Math.max(win.span, end + (dir * win.span) / 2) });
  const save = () => {
    const name = scenario && typeof scenario.name === 'string' ? scenario.name : 'raft-explorer';
    download(`${name.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'raft-explorer'}.shiviz.log`, jsonlToShiViz(bridge.trace()), 'text/plain');
  };
  return (
    <div className="st-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <button type="button" onClick={() => zoom(0.5)} title={t('zoomIn')} aria-label={t('zoomIn')} data-testid="st-zoom-in">
        +
      </button>
      <button type="button" onClick={() => zoom(2)} title={t('zoomOut')} aria-label={t('zoomOut')} data-testid="st-zoom-out">
        −
      </button>
      <span className="st-span" data-testid="st-span">
        {t('span', { value: win.span >= 1000 ? `${win.span / 1000} s` : `${win.span} ms` })}
      </span>
      <button type="button" onClick={() => pan(-1)} aria-label={t('earlier')} title={t('earlier')} data-testid="st-earlier">
        ◀
      </button>
      <button type="button" onClick={() => pan(1)} aria-label={t('later')} title={t('later')}>
        ▶
      </button>
      <button type="button" aria-pressed={win.follow} onClick={() => setWin({ ...win, follow: true })} data-testid="st-follow">
        {t('follow')}
      </button>
      <label className="st-check">
        <input type="checkbox" checked={win.heartbeats} onChange={(e) => setWin({ ...win, heartbeats: e.target.checked })} data-testid="st-heartbeats" /> {t('heartbeats')}
      </label>
      <button type="button" className="st-save" onClick={save} data-testid="st-shiviz">
        {t('shiviz')}
      </button>
    </div>
  );
}
