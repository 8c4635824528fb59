// Building the page's views of a node's store and of the elections' watch chains
// (src/protocol/views.ts) from the simulation's typed queries (src/sim/queries.ts).

import type { CampaignerView, ElectionView, KvView } from '../protocol';
import type { Simulation } from '../sim/simulation';

/** Keys sent at most, and revisions of history (a limit on everything, DESIGN.md). */
const MAX_KEYS_SHOWN = 200;
const HISTORY_SHOWN = 30;

export function storeView(sim: Simulation, node: string): KvView | undefined {
  const store = sim.query.store(node);
  if (!store) return undefined;
  const keys = store.keys();
  const history: KvView['history'] = [];
  for (let rev = store.revision; rev > 1 && history.length < HISTORY_SHOWN; rev--) {
    const changes = store.eventsAt(rev);
    if (changes.length === 0) continue;
    history.push({ revision: rev, changes: changes.map((e) => ({ type: e.type, key: e.kv.key, value: e.kv.value })) });
  }
  return { node, revision: store.revision, compactRevision: store.compactRevision, keys: keys.slice(0, MAX_KEYS_SHOWN), truncated: keys.length > MAX_KEYS_SHOWN, history };
}

/** Every election some client campaigns in, with its keys as `node`'s store has them. */
export function electionViews(sim: Simulation, node: string): ElectionView[] {
  const byElection = new Map<string, CampaignerView[]>();
  for (const { election, ...c } of sim.query.campaigns()) {
    const list = byElection.get(election) ?? [];
    list.push(c);
    byElection.set(election, list);
  }
  const store = sim.query.store(node);
  const owners = sim.query.electionOwners();
  return [...byElection.keys()].map((election) => {
    const range = store?.range({ type: 'get', key: `${election}/`, prefix: true, sortTarget: 'create', sortOrder: 'ascend' });
    const keys = range?.ok ? range.value.kvs : [];
    const owned = keys.flatMap((kv) => {
      const client = owners.get(kv.key);
      return client === undefined ? [] : [{ key: kv.key, client }];
    });
    return { election, keys, campaigners: byElection.get(election) ?? [], owners: owned };
  });
}
