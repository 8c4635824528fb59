// The clients tab: the request form, then each client's recent requests and etcd's answers,
// read from the trace's invoke / return events.

import { useEffect, useMemo, useRef, useState } from 'react';
import { useExplorer } from '../../store';
import { advanceFold, emptyFold, type HistoryFold } from './history-fold';
import { knownClients, recordOf, sentOpId, type ClientHistory, type SentOp } from './op-history';
import type { TraceEvent } from '../../../sim/trace-types';
import { OpForm } from './OpForm';
import { OpHistory, OpItem } from './OpHistory';
import { leaseHex } from './result-format';
import './clients.css';

export function ClientsTab() {
  const events = useExplorer((s) => s.view.clientEvents);
  const steps = useExplorer((s) => s.view.scenario?.steps);
  const histories = useClientHistories(events);
  const clients = useSameStrings(useMemo(() => knownClients(steps, histories), [steps, histories]));
  const leases = useSameStrings(useMemo(() => grantedLeases(histories), [histories]));
  const [sent, setSent] = useState<SentOp | null>(null);
  const sentId = useMemo(() => (sent ? sentOpId(steps, sent) : undefined), [steps, sent]);
  const latest = sent ? recordOf(histories, sent.client, sentId) : undefined;
  const latestRef = useRef<HTMLOListElement>(null);
  const shownFor = useRef<SentOp | null>(null);
  // Bring the answer into view once, when it first appears for a request just sent.
  useEffect(() => {
    if (!latest || shownFor.current === sent) return;
    shownFor.current = sent;
    latestRef.current?.scrollIntoView({ block: 'nearest' });
  }, [latest, sent]);
  return (
    <div className="cl" data-testid="clients-view">
      <OpForm
        clients={clients}
        leases={leases}
        onSent={setSent}
        latest={
          latest && (
            <ol className="cl-ops cl-latest" data-testid="client-latest" ref={latestRef}>
              <OpItem record={latest} showClient />
            </ol>
          )
        }
      />
      <OpHistory histories={histories} />
    </div>
  );
}

/** Requests shown per client (the newest), folded from the client events as frames add them. */
const HISTORY_LIMIT = 12;

function useClientHistories(events: readonly TraceEvent[]): ClientHistory[] {
  const fold = useRef<HistoryFold>(emptyFold(HISTORY_LIMIT));
  return useMemo(() => {
    // advanceFold returns the same fold for the same events, so running twice is harmless.
    fold.current = advanceFold(fold.current, events);
    return fold.current.histories;
  }, [events]);
}

/** The previous array while the strings are the same, so the form is not redrawn for a copy. */
function useSameStrings(list: string[]): string[] {
  const kept = useRef(list);
  const prev = kept.current;
  if (prev !== list && (prev.length !== list.length || prev.some((x, i) => x !== list[i]))) kept.current = list;
  return kept.current;
}

/** Leases granted in the requests shown, for the lease fields' suggestions. */
function grantedLeases(histories: ClientHistory[]): string[] {
  const ids = new Set<string>();
  for (const h of histories) for (const r of h.ops) if (r.op.type === 'lease-grant' && r.returned?.result?.id) ids.add(leaseHex(r.returned.result.id));
  return [...ids];
}
