// Words for the comparison: the setting's name and values, facts as sentences, a node's
// state in one line. Through i18next (classroom namespace), in English and Chinese.

import type { TFunction } from 'i18next';
import type { NodeView } from '../../../protocol';
import type { Scenario } from '../../../sim/scenario-types';
import type { Fact } from './facts';
import { settingValue, type CompareSetting } from './settings';
import { variantOf } from './settings';

export function settingLabel(t: TFunction, setting: CompareSetting): string {
  return setting.startsWith('bug:') ? t('compare.settings.bug', { name: setting.slice(4) }) : t(`compare.settings.${setting}`);
}

/** The setting's value on each side, e.g. { a: 'on', b: 'off' } in words. */
export function sideValues(t: TFunction, scenario: Scenario | undefined, setting: CompareSetting): { a: string; b: string } {
  if (!scenario) return { a: '', b: '' };
  const a = settingValue(scenario, setting);
  const b = settingValue(variantOf(scenario, setting), setting);
  return { a: t(`compare.values.${a}`), b: t(`compare.values.${b}`) };
}

export function describeFact(t: TFunction, fact: Fact | undefined): string {
  if (!fact) return t('compare.nothing');
  if (fact.kind === 'leader') {
    const [node, term] = fact.what.split('@');
    return t('compare.fact.leader', { node, term });
  }
  if (fact.kind === 'applied') {
    const eq = fact.what.indexOf('=');
    return t('compare.fact.applied', { index: fact.what.slice(0, eq), entry: fact.what.slice(eq + 1) });
  }
  const [request = '', code = 'ok', ...rest] = fact.what.split(' ');
  return t('compare.fact.answer', { request, result: t(`compare.answer.${code}`, { detail: rest.join(' ') }) });
}

export function nodeState(t: TFunction, n: NodeView | undefined): string {
  if (!n) return '';
  const role = n.up ? t(`roles.${n.role}`, { ns: 'common' }) : t('compare.crashed');
  return t('compare.nodeState', { role, term: n.term, commit: n.commit });
}
