// The compact JSON form of a scenario inside share links: short field names, no values
// equal to SCENARIO.md's defaults, step times as deltas. Pure data transforms both ways;
// the expanded result still goes through parseScenario.

import type { Scenario } from '../sim/scenario-types';

/**
 * Field names and their codes: A-Y, then ZA-ZZ and Za-Zz (upper case never starts a real
 * field or language tag). The order is part of the link format: append, never reorder.
 */
const FIELDS = [
  'version', 'name', 'description', 'seed', 'cluster', 'nodes', 'electionTimeout', 'heartbeatInterval',
  'preVote', 'checkQuorum', 'snapshotEntries', 'bugs', 'network', 'latency', 'loss', 'until', 'steps',
  'at', 'do', 'node', 'groups', 'from', 'to', 'state', 'rate', 'client', 'op', 'text', 'pause', 'learner',
  'type', 'key', 'value', 'lease', 'prevKv', 'ignoreValue', 'ignoreLease', 'rangeEnd', 'prefix', 'revision',
  'serializable', 'limit', 'sortTarget', 'sortOrder', 'keysOnly', 'countOnly', 'minModRevision',
  'maxModRevision', 'minCreateRevision', 'maxCreateRevision', 'compare', 'target', 'result', 'success',
  'failure', 'ttl', 'id', 'startRevision', 'election', 'line', 'interrupt', 'endpoints', 'duplicate',
] as const;
const SINGLE = 'ABCDEFGHIJKLMNOPQRSTUVWXY';
const SECOND = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const codeOf = new Map<string, string>();
const fieldOf = new Map<string, string>();
FIELDS.forEach((f, i) => {
  const code = i < SINGLE.length ? (SINGLE[i] as string) : `Z${SECOND[i - SINGLE.length]}`;
  codeOf.set(f, code);
  fieldOf.set(code, f);
});

/** Cluster and network fields left out when they equal SCENARIO.md's defaults. */
const DEFAULTS: Record<string, unknown> = {
  electionTimeout: [150, 300],
  heartbeatInterval: 50,
  preVote: true,
  checkQuorum: true,
  snapshotEntries: 1000,
  bugs: [],
  latency: [5, 15],
  loss: 0,
};

export function compactScenario(s: Scenario): unknown {
  const { version: _version, ...rest } = s;
  const lean = {
    ...rest,
    cluster: dropDefaults(s.cluster),
    network: dropDefaults(s.network),
    steps: deltaTimes(s.steps),
  };
  return mapKeys(lean, (k) => codeOf.get(k) ?? escapeKey(k));
}

export function expandScenario(compact: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  const expanded = mapKeys(compact, (k) => fieldOf.get(k) ?? unescapeKey(k));
  if (typeof expanded !== 'object' || expanded === null || Array.isArray(expanded)) return { ok: false, error: 'expected a scenario object' };
  const s = expanded as Record<string, unknown>;
  if (!Array.isArray(s.steps) && s.steps !== undefined) return { ok: false, error: 'steps: expected a list' };
  return { ok: true, value: { version: 1, ...s, steps: absoluteTimes((s.steps as unknown[] | undefined) ?? []) } };
}

function dropDefaults<T extends object>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (JSON.stringify(v) !== JSON.stringify(DEFAULTS[k])) out[k] = v;
  return out as Partial<T>;
}

function deltaTimes(steps: readonly { at: number }[]): unknown[] {
  let prev = 0;
  return steps.map((step) => {
    const delta = step.at - prev;
    prev = step.at;
    return { ...step, at: delta };
  });
}

function absoluteTimes(steps: unknown[]): unknown[] {
  let t = 0;
  return steps.map((step) => {
    if (typeof step !== 'object' || step === null) return step;
    const s = step as { at?: unknown };
    if (typeof s.at !== 'number') return step;
    t += s.at;
    return { ...s, at: t };
  });
}

function mapKeys(value: unknown, rename: (k: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapKeys(v, rename));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const name = rename(k);
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    out[name] = mapKeys(v, rename);
  }
  return out;
}

/** Keys that could be mistaken for a code (upper case or "~" first) are escaped with "~". */
function escapeKey(k: string): string {
  return /^[A-Z~]/.test(k) ? `~${k}` : k;
}

function unescapeKey(k: string): string {
  return k.startsWith('~') ? k.slice(1) : k;
}
