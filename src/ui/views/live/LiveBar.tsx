// The live class bar under the header: for the teacher the room code, the students' link,
// how many follow and stepped off, and the poll of the open question; for a student whether
// they follow (Step off / Rejoin); for both a lost connection. Without a relay it offers
// nothing (or "Start a live class" when the page is served by one).

import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rejoin, stepOff, teach } from '../../live/live';
import { studentLink, readLiveParams } from '../../live/live-params';
import { useLive } from '../../live/live-store';
import './live.css';

// The QR encoder loads only when the teacher shows the code (the first bundle stays small).
const StudentQr = lazy(() => import('./StudentQr'));

export function LiveBar() {
  const role = useLive((s) => s.role);
  const available = useLive((s) => s.relayAvailable);
  if (role === 'teacher') return <TeacherBar />;
  if (role === 'student') return <StudentBar />;
  return available ? <StartButton /> : null;
}

function StartButton() {
  const { t } = useTranslation('live');
  return (
    <div className="live-bar" data-testid="live-bar">
      <button type="button" className="live-start" onClick={() => teach(null)} data-testid="live-start">
        {t('start')}
      </button>
    </div>
  );
}

function ConnectionNote() {
  const { t } = useTranslation('live');
  const connection = useLive((s) => s.connection);
  const problem = useLive((s) => s.problem);
  return (
    <>
      {connection !== 'open' && (
        <span className="live-lost" role="status" data-testid="live-connection" data-connection={connection}>
          {t(connection === 'lost' ? 'lost' : 'connecting')}
        </span>
      )}
      {problem && (
        <span className="live-problem" role="alert" data-testid="live-problem">
          {problem}
        </span>
      )}
    </>
  );
}

function TeacherBar() {
  const { t } = useTranslation('live');
  const room = useLive((s) => s.room);
  const counts = useLive((s) => s.counts);
  const poll = useLive((s) => s.poll);
  const link = room ? studentLink(location.origin + location.pathname, room, readLiveParams(location.search).relay) : '';
  const [qrShown, setQrShown] = useState(false);
  const hideQr = useCallback(() => setQrShown(false), []);
  return (
    <div className="live-bar is-teacher" data-testid="live-bar" data-role="teacher">
      <span className="live-badge">{t('teaching')}</span>
      {room && (
        <span className="live-room">
          {t('code')} <strong data-testid="live-room">{room}</strong>
        </span>
      )}
      {room && (
        <a className="live-link" href={link} data-testid="live-student-link" target="_blank" rel="noreferrer">
          {link}
        </a>
      )}
      {room && (
        <button type="button" className="live-qr-toggle" aria-pressed={qrShown} onClick={() => setQrShown(!qrShown)} title={t('qrToggleTitle')} data-testid="live-qr-toggle">
          {t(qrShown ? 'qrHide' : 'qrShow')}
        </button>
      )}
      <span className="live-counts" data-testid="live-counts" data-following={counts.following} data-stepped-off={counts.steppedOff}>
        {t('counts', { following: counts.following, steppedOff: counts.steppedOff })}
      </span>
      {poll && (
        <span className="live-poll" data-testid="live-poll" data-counts={poll.counts.join(',')}>
          {t('poll')}{' '}
          {poll.counts.map((n, i) => (
            <span key={i} className="live-poll-choice">
              <b>{String.fromCharCode(65 + i)}</b> {n}
            </span>
          ))}
        </span>
      )}
      <ConnectionNote />
      {qrShown && room && (
        <Suspense fallback={null}>
          <StudentQr link={link} room={room} onClose={hideQr} />
        </Suspense>
      )}
    </div>
  );
}

function StudentBar() {
  const { t } = useTranslation('live');
  const room = useLive((s) => s.room);
  const following = useLive((s) => s.following);
  return (
    <div className={`live-bar ${following ? 'is-following' : 'is-forked'}`} data-testid="live-bar" data-role="student" data-following={following}>
      <span className="live-badge">{following ? t('following', { room }) : t('forked')}</span>
      {following ? (
        <button type="button" onClick={stepOff} data-testid="live-step-off" title={t('stepOffTitle')}>
          {t('stepOff')}
        </button>
      ) : (
        <button type="button" className="live-rejoin" onClick={rejoin} data-testid="live-rejoin" title={t('rejoinTitle')}>
          {t('rejoin')}
        </button>
      )}
      <ConnectionNote />
    </div>
  );
}
