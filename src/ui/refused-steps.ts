// A step that did nothing says why, in the header's notice: etcd refused a membership change
// (its strict reconfiguration check: "etcdserver: unhealthy cluster — ..."), a crash found
// the node already down. Without it a refused click would seem to do nothing at all.

import i18next from 'i18next';
import type { Frame } from '../protocol';
import { useExplorer } from './store';

/** How long the notice stays (wall-clock ms): long enough to read a sentence. */
const SHOWN_MS = 8000;
let hide: ReturnType<typeof setTimeout> | undefined;

export function noticeRefusedSteps(frame: Frame): void {
  // A reset frame replays the past (a seek, a reload): nothing was just refused.
  if (frame.reset) return;
  let reason: { step: string; reason: string } | undefined;
  for (const e of frame.events) if (e.ev === 'noop') reason = { step: e.do, reason: e.reason };
  if (!reason) return;
  useExplorer.getState().setNotice(i18next.t('members:stepRefused', reason));
  if (hide !== undefined) clearTimeout(hide);
  hide = setTimeout(() => useExplorer.getState().setNotice(null), SHOWN_MS);
}
