// Plain-data views of the simulation for the page (the worker sends them in frames): a
// node's key-value store with its recent revisions, and the elections' watch chains.

import { changeToEvent, compareKeys, type Kv } from '../kv';
import type { KvMachine } from '../cluster/kv-machine';
import type { Simulation } from './simulation';

export interface StoreView {
  node: string;
  revision: number;
  compactRevision: number;
  keys: Kv[];
  truncated: boolean;
  /** The newest revisions, newest first, with what each changed. */
  history: { revision: number; changes: { type: 'PUT' | 'DELETE'; key: string; value: string }[] }[];
}

export interface CampaignerView {
  client: string;
  key?: string;
  revision?: number;
  /** granting / creating / querying / waiting / holding / resigning */
  phase: string;
  /** The key just ahead whose deletion this campaigner waits for. */
  waitKey?: string;
  lock: boolean;
}

export interface ElectionView {
  election: string;
  /** The election's keys in create-revision order, as the store has them. */
  keys: Kv[];
  campaigners: CampaignerView[];
}

export const MAX_KEYS_SHOWN = 200;
export const HISTORY_SHOWN = 30;

function kvOf(sim: Simulation, node: string): KvMachine | undefined {
  const m = sim.servers.get(node)?.machine as KvMachine | undefined;
  return m && 'kv' in m ? m : undefined;
}

export function storeView(sim: Simulation, node: string): StoreView | undefined {
  const m = kvOf(sim, node);
  if (!m) return undefined;
  const store = m.kv.store;
  const all = store.range({ key: '', end: '' });
  const keys = all.ok ? all.value.kvs : [];
  const history: StoreView['history'] = [];
  for (let rev = store.currentRev; rev > 1 && history.length < HISTORY_SHOWN; rev--) {
    const changes = store.changesAt(rev).map((c) => changeToEvent(rev, c));
    if (changes.length === 0) continue;
    history.push({ revision: rev, changes: changes.map((e) => ({ type: e.type, key: e.kv.key, value: e.kv.value })) });
  }
  return { node, revision: store.currentRev, compactRevision: store.compactMainRev, keys: keys.slice(0, MAX_KEYS_SHOWN), truncated: keys.length > MAX_KEYS_SHOWN, history };
}

/** Every election some client campaigns in, with its keys as `node`'s store has them. */
export function electionViews(sim: Simulation, node: string): ElectionView[] {
  const byElection = new Map<string, CampaignerView[]>();
  for (const [id, client] of sim.clients) {
    if (client.crashed) continue;
    for (const c of client.campaigns.views()) {
      const list = byElection.get(c.election) ?? [];
      list.push({ client: id, ...c });
      byElection.set(c.election, list);
    }
  }
  const m = kvOf(sim, node);
  return [...byElection.keys()].sort(compareKeys).map((election) => {
    const range = m?.kv.range({ type: 'get', key: `${election}/`, prefix: true, sortTarget: 'create', sortOrder: 'ascend' });
    const keys = range?.ok ? range.value.kvs : [];
    return { election, keys, campaigners: byElection.get(election) ?? [] };
  });
}
