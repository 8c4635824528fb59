// The playback bar: play/pause, step to the next event or delivery, the virtual time and a
// scrubber to seek, the speed, and why playback stopped. It also owns the page's keyboard
// shortcuts and their help overlay, and pauses playback while the tab is hidden.

import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { returnFocusToPage } from '../../focus';
import { useExplorer } from '../../store';
import { ChecksStatus } from '../checks/ChecksStatus';
import { questionOpen, useQuiz } from '../classroom/quiz';
import { HelpOverlay } from '../help/HelpOverlay';
import { DeliveryIcon, PauseIcon, PlayIcon, StepBackIcon, StepIcon } from './icons';
import { Scrubber } from './Scrubber';
import type { ShortcutAction } from './shortcuts';
import { SpeedControl } from './SpeedControl';
import { formatMs, formatSeconds } from './time-format';
import { usePlaybackActions, type PlaybackActions } from './use-playback-actions';
import { useShortcuts } from './use-shortcuts';
import { useVisibilityPause } from './use-visibility';
import './playback.css';

export function PlaybackBar() {
  const { t } = useTranslation('playback');
  const actions = usePlaybackActions();
  const [helpOpen, setHelpOpen] = useState(false);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  useVisibilityPause();
  useShortcuts((action) => runShortcut(action, actions, helpOpen, setHelpOpen));

  return (
    <div className="pb" role="toolbar" aria-label={t('toolbar')} data-testid="playback-bar">
      <Transport actions={actions} />
      <TimeReadout />
      <div className="pb-timeline">
        <Scrubber />
        <span className="pb-foot">
          <PauseReason />
          <ChecksStatus />
        </span>
      </div>
      <SpeedControl setSpeed={actions.setSpeed} />
      <button type="button" className="pb-help" onClick={() => setHelpOpen(true)} aria-label={t('help.open')} title={t('help.open')} data-testid="help-button">
        ?
      </button>
      {helpOpen && <HelpOverlay onClose={closeHelp} />}
    </div>
  );
}

/** Returns whether the action did something (then its key's default is prevented). */
function runShortcut(action: ShortcutAction, a: PlaybackActions, helpOpen: boolean, setHelpOpen: (open: boolean) => void): boolean {
  if (action === 'close') {
    if (helpOpen) setHelpOpen(false);
    // Esc also leaves a focused node or button, so Space means play/pause again.
    else returnFocusToPage();
    return helpOpen;
  }
  if (action === 'help') {
    setHelpOpen(!helpOpen);
    return true;
  }
  // With the help open, keys only close it: the class should not see the run jump behind it.
  if (helpOpen) return false;
  const run: Record<Exclude<ShortcutAction, 'close' | 'help'>, () => void> = {
    'toggle-play': a.togglePlay,
    'step-event': a.stepEvent,
    'step-delivery': a.stepDelivery,
    'step-back': a.stepBack,
    'speed-up': a.speedUp,
    'speed-down': a.speedDown,
  };
  run[action]();
  return true;
}

function Transport({ actions }: { actions: PlaybackActions }) {
  const { t } = useTranslation('playback');
  const playing = useExplorer((s) => s.view.playing);
  // At an open question, stepping would show the answer before the learner predicts.
  const answers = useQuiz((s) => s.answers);
  const asking = useExplorer((s) => questionOpen(s.view.scenario, s.view.time, answers));
  const atStart = useExplorer((s) => s.view.time === 0 && s.view.eventOffset + s.view.events.length <= 1);
  const label = playing ? t('pause') : t('play');
  return (
    <span className="pb-transport">
      <button type="button" className="pb-btn pb-play" onClick={actions.togglePlay} aria-label={label} data-testid="play-button" data-playing={playing}>
        {playing ? <PauseIcon /> : <PlayIcon />}
        <span>{label}</span>
      </button>
      <button type="button" className="pb-btn pb-icon-only" onClick={actions.stepBack} disabled={atStart} aria-label={t('stepBack')} title={t('stepBackTitle')} data-testid="step-back">
        <StepBackIcon />
      </button>
      <button type="button" className="pb-btn" onClick={actions.stepEvent} disabled={asking} title={t(asking ? 'stepAsking' : 'stepEventTitle')} data-testid="step-event">
        <StepIcon />
        <span>{t('stepEvent')}</span>
      </button>
      <button type="button" className="pb-btn" onClick={actions.stepDelivery} disabled={asking} title={t(asking ? 'stepAsking' : 'stepDeliveryTitle')} data-testid="step-delivery">
        <DeliveryIcon />
        <span>{t('stepDelivery')}</span>
      </button>
    </span>
  );
}

function TimeReadout() {
  const { t, i18n } = useTranslation('playback');
  const time = useExplorer((s) => s.view.time);
  return (
    <span className="pb-time" data-testid="time" data-time={time}>
      <span className="pb-time-ms">{t('timeMs', { value: formatMs(time, i18n.language) })}</span>
      <span className="pb-time-s">{t('timeSeconds', { value: formatSeconds(time) })}</span>
    </span>
  );
}

function PauseReason() {
  const { t } = useTranslation('playback');
  const paused = useExplorer((s) => (s.view.playing ? undefined : s.view.paused));
  const time = useExplorer((s) => s.view.time);
  // The store keeps a pause reason until playback resumes; once the user steps or seeks
  // away from where it stopped, the reason no longer explains anything.
  const [since, setSince] = useState({ paused, time });
  if (since.paused !== paused) setSince({ paused, time });
  const stale = since.paused === paused && since.time !== time;
  // The line is always there (empty when there is nothing to say), so the bar never jumps.
  if (!paused || paused === 'user' || stale) return <span className="pb-status" role="status" />;
  return (
    <span className={`pb-status is-${paused}`} role="status" data-testid="pause-reason" data-reason={paused}>
      {t(`paused.${paused}`)}
    </span>
  );
}
