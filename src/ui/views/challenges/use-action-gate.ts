// The challenge's action limits for a control (action-gate.ts): the reason it is off, in the
// page's language, or undefined when the learner may use it. The selector returns a string,
// so a control redraws only when its reason changes, not with every frame.

import i18next, { type TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepKind } from '../../../sim/scenario-types';
import { useExplorer } from '../../store';
import { actionGate, parseRefusalKey, refusalKey, refusalOf, type Refusal } from './action-gate';

export function refusalText(t: TFunction, r: Refusal): string {
  if (r.reason === 'not-allowed') return t('challenges:gate.notAllowed', { kind: r.kind, allow: r.allow.join(', ') });
  if (r.reason === 'none-left') return t('challenges:gate.noneLeft', { max: r.max });
  return t('challenges:gate.tooFewLeft', { need: r.need, left: r.left });
}

/** The same in a few words, for a one-line hint (the full text goes in its tooltip). */
export function refusalShort(t: TFunction, r: Refusal): string {
  if (r.reason === 'not-allowed') return t('challenges:gate.short.notAllowed', { allow: r.allow.join(', ') });
  if (r.reason === 'none-left') return t('challenges:gate.short.noneLeft');
  return t('challenges:gate.short.tooFewLeft', { left: r.left });
}

/** The refusal itself (redrawing only when it changes), for a view that words it its own way. */
export function useRefusal(kinds: readonly StepKind[], count = 1): Refusal | undefined {
  const key = useExplorer((s) => refusalKey(refusalOf(actionGate(s.view.scenario, s.view.time), kinds, count)));
  return useMemo(() => (key === undefined ? undefined : parseRefusalKey(key)), [key]);
}

/** Why these steps may not be recorded now under the run's challenge; undefined if they may. */
export function useActionRefusal(kinds: readonly StepKind[], count = 1): string | undefined {
  const { t } = useTranslation('challenges');
  const r = useRefusal(kinds, count);
  return r && refusalText(t, r);
}

/** The same, read once outside React (the bridge's last check before it records a step). */
export function currentRefusal(kinds: readonly StepKind[], count = 1): string | undefined {
  const { view } = useExplorer.getState();
  const r = refusalOf(actionGate(view.scenario, view.time), kinds, count);
  return r && refusalText(i18next.t, r);
}
