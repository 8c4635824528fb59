// Every string of the page exists in English and in 简体中文: the two tables have the same
// keys, namespace by namespace, and no string is empty.

import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';

/** "ns.a.b" for every string leaf of a nested table. */
function keys(table: unknown, prefix = ''): string[] {
  if (typeof table === 'string') return [prefix];
  if (typeof table !== 'object' || table === null) throw new Error(`${prefix}: not a string or a table`);
  return Object.entries(table).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function emptyStrings(table: unknown, prefix = ''): string[] {
  if (typeof table === 'string') return table.trim() === '' ? [prefix] : [];
  return Object.entries(table as object).flatMap(([k, v]) => emptyStrings(v, prefix ? `${prefix}.${k}` : k));
}

describe('string tables', () => {
  it('en and zh-CN have the same namespaces and the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('no string is empty in either language', () => {
    expect(emptyStrings(en)).toEqual([]);
    expect(emptyStrings(zhCN)).toEqual([]);
  });

  it('the Chinese table is really Chinese where English has words', () => {
    const han = /\p{Script=Han}/u;
    const flat = (t: unknown, p = ''): [string, string][] => (typeof t === 'string' ? [[p, t]] : Object.entries(t as object).flatMap(([k, v]) => flat(v, p ? `${p}.${k}` : k)));
    const english = new Map(flat(en));
    // A string of several English words in en should not come back unchanged in zh-CN.
    const untranslated = flat(zhCN).filter(([k, v]) => v === english.get(k) && /[a-z]{3,} [a-z]{3,}/i.test(v) && !han.test(v)).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });
});
