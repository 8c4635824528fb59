// Export of a trace as a ShiViz log (DistributedClocks/shiviz, "bestchai/shiviz"): one line
// per event, `host {"host":n,...} description`, with a vector clock per event per process
// (the nodes and the clients). The first line of the file is the parsing regular expression
// ShiViz reads (it adds ^ and $ itself), the second the multiple-executions delimiter (empty:
// one execution). ShiViz requires each process's own clock to start at 1 and grow by exactly
// 1 per event, and every clock entry to name a process that has that many events.
//
// Which trace events become ShiViz events: a send (on the sender), a receive (on the
// receiver, merging the clock the message carried), each node's state changes and crashes,
// and each client's calls and answers. Drops are not events of any process (a lost message is
// a send with no receive); network faults belong to no process and are left out.

import type { TraceEvent } from '../../../sim/trace-types';

export const SHIVIZ_REGEX = '(?<host>\\S+) (?<clock>\\{.*?\\}) (?<event>.*)';

type Clock = Record<string, number>;

export interface ShiVizEvent {
  host: string;
  clock: Clock;
  text: string;
  /** The trace index it comes from. */
  index: number;
}

/** The ShiViz events of a trace, with their vector clocks. */
export function shivizEvents(trace: readonly TraceEvent[]): ShiVizEvent[] {
  const clocks = new Map<string, Clock>();
  const carried = new Map<number, Clock>();
  const out: ShiVizEvent[] = [];
  const tick = (host: string, merge?: Clock): Clock => {
    const clock = { ...(clocks.get(host) ?? {}) };
    if (merge) for (const [h, n] of Object.entries(merge)) clock[h] = Math.max(clock[h] ?? 0, n);
    clock[host] = (clock[host] ?? 0) + 1;
    clocks.set(host, clock);
    return clock;
  };
  trace.forEach((e, index) => {
    const host = hostOf(e);
    if (!host) return;
    if (e.ev === 'send') {
      const clock = tick(host);
      carried.set(e.id, clock);
      out.push({ host, clock, text: describe(e), index });
    } else if (e.ev === 'recv') {
      const clock = tick(host, carried.get(e.id));
      carried.delete(e.id);
      out.push({ host, clock, text: describe(e), index });
    } else {
      out.push({ host, clock: tick(host), text: describe(e), index });
    }
  });
  return out;
}

/** The whole ShiViz log file: regex line, delimiter line (empty), then one line per event. */
export function toShiViz(trace: readonly TraceEvent[]): string {
  let out = `${SHIVIZ_REGEX}\n\n`;
  for (const e of shivizEvents(trace)) out += `${e.host} ${JSON.stringify(e.clock)} ${e.text}\n`;
  return out;
}

/** Parses JSON Lines (the page's trace) and exports it. */
export function jsonlToShiViz(jsonl: string): string {
  const events = jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as TraceEvent);
  return toShiViz(events);
}

function hostOf(e: TraceEvent): string | undefined {
  switch (e.ev) {
    case 'send':
      return e.from;
    case 'recv':
      return e.to;
    case 'role':
    case 'vote':
    case 'append':
    case 'truncate':
    case 'snapshot':
    case 'commit':
    case 'apply':
    case 'crash':
    case 'restart':
    case 'timeout':
      return e.node;
    case 'invoke':
    case 'return':
    case 'watch':
    case 'elected':
    case 'resigned':
    case 'observed':
    case 'client-crash':
      return e.client;
    default:
      return undefined;
  }
}

/** A one-line description (ShiViz shows it; newlines would break the line format). */
function describe(e: TraceEvent): string {
  const text = describeRaw(e);
  return `t=${e.t}ms ${text}`.replace(/\s+/g, ' ');
}

function describeRaw(e: TraceEvent): string {
  switch (e.ev) {
    case 'send':
      return `send ${e.msg.type} #${e.id} to ${e.to} ${fields(e.msg)}`;
    case 'recv':
      return `recv #${e.id} from ${e.from}`;
    case 'role':
      return `${e.role} term=${e.term}`;
    case 'vote':
      return `vote for ${e.for} term=${e.term}`;
    case 'append':
      return `append index=${e.index} term=${e.term} ${e.entry}`;
    case 'truncate':
      return `truncate from=${e.from}`;
    case 'snapshot':
      return `snapshot index=${e.index} term=${e.term}`;
    case 'commit':
      return `commit index=${e.index}`;
    case 'apply':
      return `apply index=${e.index} ${e.entry} revision=${e.revision}`;
    case 'invoke':
      return `invoke #${e.id} ${JSON.stringify(e.op)}`;
    case 'return':
      return `return #${e.id} ${e.ok ? 'ok' : `error ${e.error ?? ''}`}`;
    default:
      return e.ev;
  }
}

function fields(msg: Record<string, unknown>): string {
  return Object.entries(msg)
    .filter(([k]) => k !== 'type')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
}
