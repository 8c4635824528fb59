// The clients tab: the request form, then each client's recent requests and etcd's answers,
// read from the trace's invoke / return events.

import { useEffect, useMemo, useRef, useState } from 'react';
import { useExplorer } from '../../store';
import { clientHistories, knownClients, sentRecord, type ClientHistory, type SentOp } from './op-history';
import { OpForm } from './OpForm';
import { OpHistory, OpItem } from './OpHistory';
import { leaseHex } from './result-format';
import './clients.css';

export function ClientsTab() {
  const events = useExplorer((s) => s.view.clientEvents);
  const steps = useExplorer((s) => s.view.scenario?.steps);
  const histories = useMemo(() => clientHistories(events), [events]);
  const clients = useMemo(() => knownClients(steps, histories), [steps, histories]);
  const leases = useMemo(() => grantedLeases(histories), [histories]);
  const [sent, setSent] = useState<SentOp | null>(null);
  const latest = sent ? sentRecord(steps, histories, sent) : undefined;
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

/** Leases granted in the requests shown, for the lease fields' suggestions. */
function grantedLeases(histories: ClientHistory[]): string[] {
  const ids = new Set<string>();
  for (const h of histories) for (const r of h.ops) if (r.op.type === 'lease-grant' && r.returned?.result?.id) ids.add(leaseHex(r.returned.result.id));
  return [...ids];
}
