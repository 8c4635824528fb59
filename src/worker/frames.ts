// Building the frames the page draws: the small current state (nodes, messages, network)
// in full, and everything that grows (events, logs) as changes since the previous frame.

import type { BrokenLinkView, EntryView, Frame, LogDelta, MessageView, NodeView } from '../protocol';
import { quorumSize } from '../sim/membership';
import { summarize, type Envelope } from '../sim/messages';
import type { Simulation } from '../sim/simulation';
import type { TraceEvent } from '../sim/trace-types';

/** Entries per node sent when the page rebuilds its logs (it shows the tail). */
const RESET_LOG_ENTRIES = 2000;
/** Events sent when the page rebuilds (the timeline and the history keep these). */
export const RESET_EVENTS = 5000;
/** Messages drawn at once; beyond this the oldest are left out (a limit on everything). */
const MAX_MESSAGES_SHOWN = 400;
/** A broken client connection stays drawn this long (virtual ms) after its client noticed, so it can be seen at all. */
export const BROKEN_LINK_SHOWN_MS = 2000;
/** Broken client connections drawn at once (a limit on everything). */
export const MAX_BROKEN_LINKS_SHOWN = 32;

function nodeViews(sim: Simulation): NodeView[] {
  // Who votes and who learns: the configuration in effect on the leader, else each node's own
  // (a new node knows none until the leader's snapshot reaches it).
  const leaderConf = sim.leader()?.node.conf();
  // A node removed from the cluster and shut down leaves the views.
  return sim.nodeIds.filter((id) => !sim.isRetired(id)).map((id) => {
    const server = sim.servers.get(id);
    const storage = sim.storages.get(id);
    const snapshotIndex = storage?.snapshot.meta.index ?? 0;
    const conf = leaderConf ?? (server ? server.node.conf() : storage?.snapshot.meta.conf);
    const base = { id, snapshotIndex, firstIndex: snapshotIndex + 1, voter: conf?.voters.includes(id) ?? false, learner: conf?.learners.includes(id) ?? false };
    if (!server) {
      const hs = storage?.hardState;
      return { ...base, up: false, role: 'follower', term: hs?.term ?? 0, vote: hs?.vote ?? '', lead: '', commit: 0, applied: 0, lastIndex: storage?.lastIndex() ?? 0, lastTerm: lastTermOf(storage), electionStart: 0, electionDeadline: Infinity, revision: 0 };
    }
    const s = server.node.status(true);
    return {
      ...base,
      up: true,
      role: s.role,
      term: s.term,
      vote: s.vote,
      lead: s.lead,
      commit: s.commit,
      applied: s.applied,
      lastIndex: s.lastIndex,
      electionStart: s.electionStart,
      electionDeadline: s.electionDeadline,
      revision: server.machine.revision(),
      lastTerm: s.lastTerm,
      ...(s.progress ? { progress: s.progress.map(({ recentActive: _, ...peer }) => peer) } : {}),
    };
  });
}

/** A crashed node's last log term, from what its disk kept. */
function lastTermOf(storage: ReturnType<Simulation['storages']['get']>): number {
  if (!storage) return 0;
  return storage.term(storage.lastIndex()) ?? 0;
}

/** The majority of the voters shown; before any node knows a configuration, of all nodes shown. */
export function quorumOfShown(nodes: readonly NodeView[]): number {
  return quorumSize(nodes.filter((n) => n.voter).length || nodes.length);
}

function messageViews(sim: Simulation): MessageView[] {
  const out: MessageView[] = [];
  for (const env of sim.inFlight.values()) out.push(messageView(sim, env));
  return out.length > MAX_MESSAGES_SHOWN ? out.slice(out.length - MAX_MESSAGES_SHOWN) : out;
}

/** How the page sees a message in flight: doomed if the transport will drop it as things stand. */
function messageView(sim: Simulation, env: Envelope): MessageView {
  return { id: env.id, from: env.from, to: env.to, sentAt: env.sentAt, deliverAt: env.deliverAt, doomed: sim.query.willBeLost(env), msg: summarize(env.payload) };
}

/**
 * The client connections that broke (connections.ts): while the client has not noticed yet
 * (its keepalive timeout runs), and for BROKEN_LINK_SHOWN_MS after, unless it opened that
 * connection again. Crashed clients are left out: the page draws them crashed instead.
 */
export function brokenLinks(sim: Simulation): BrokenLinkView[] {
  const out: BrokenLinkView[] = [];
  for (const c of sim.query.brokenConnections()) {
    if (sim.clients.get(c.client)?.crashed) continue;
    const noticed = c.state === 'closed';
    if (noticed && sim.now - (c.noticedAt ?? 0) >= BROKEN_LINK_SHOWN_MS) continue;
    out.push({ client: c.client, node: c.node, reason: c.reason ?? 'crashed', brokeAt: c.brokeAt ?? sim.now, noticed });
  }
  return out.slice(-MAX_BROKEN_LINKS_SHOWN);
}

/** Log changes carried by trace events (append, truncate, snapshot), grouped per node. */
export function logDeltas(events: readonly TraceEvent[]): LogDelta[] {
  const byNode = new Map<string, LogDelta>();
  const delta = (node: string) => {
    let d = byNode.get(node);
    if (!d) byNode.set(node, (d = { node, append: [] }));
    return d;
  };
  for (const e of events) {
    if (e.ev === 'append') {
      const d = delta(e.node);
      // An append at an index we already sent in this frame replaces from there on.
      const at = d.append.findIndex((x) => x.index >= e.index);
      if (at >= 0) d.append.length = at;
      d.append.push({ index: e.index, term: e.term, label: labelOf(e.entry) });
    } else if (e.ev === 'truncate') {
      const d = delta(e.node);
      d.truncateFrom = Math.min(d.truncateFrom ?? Infinity, e.from);
      d.append = d.append.filter((x) => x.index < e.from);
    } else if (e.ev === 'snapshot') {
      delta(e.node).snapshotIndex = e.index;
    }
  }
  return [...byNode.values()];
}

/** Whole logs (their tail) for a page that rebuilds everything. */
export function fullLogs(sim: Simulation): LogDelta[] {
  return sim.nodeIds.map((node) => {
    const st = sim.storages.get(node);
    if (!st) return { node, truncateFrom: 1, append: [] };
    const last = st.lastIndex();
    const from = Math.max(st.firstIndex(), last - RESET_LOG_ENTRIES + 1);
    const append: EntryView[] = [];
    for (let i = from; i <= last; i++) {
      const e = st.entry(i);
      if (e) append.push({ index: i, term: e.term, label: labelOf(sim.query.describe(e)) });
    }
    return { node, truncateFrom: 1, append, snapshotIndex: st.snapshot.meta.index };
  });
}

/** "3:put a=1 c1#7" -> "put a=1 c1#7". */
export function labelOf(entry: string): string {
  const colon = entry.indexOf(':');
  return colon < 0 ? entry : entry.slice(colon + 1);
}

export function emptyFrame(sim: Simulation): Pick<Frame, 'time' | 'until' | 'nodes' | 'quorum' | 'messages' | 'network' | 'brokenLinks'> {
  const nodes = nodeViews(sim);
  return {
    time: sim.now,
    until: sim.scenario.until,
    nodes,
    quorum: quorumOfShown(nodes),
    messages: messageViews(sim),
    network: sim.network.state(),
    brokenLinks: brokenLinks(sim),
  };
}
