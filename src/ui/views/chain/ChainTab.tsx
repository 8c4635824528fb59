// The watch-chain tab: every election and lock in progress, as the selected node's store
// holds their keys, with a one-click way to start a chain when there is none.

import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { useSelectKey } from '../kv/use-select-key';
import { useActionRefusal } from '../challenges/use-action-gate';
import { ElectionChain } from './ElectionChain';
import { withOwners } from './owners';
import { useWidth } from './use-width';
import './chain.css';

const DEMO_CLIENTS = ['c1', 'c2', 'c3'];

export function ChainTab() {
  const { t } = useTranslation('side');
  const bridge = useBridge();
  const elections = useExplorer((s) => s.view.elections);
  const epoch = useExplorer((s) => s.view.epoch);
  const storeNode = useExplorer((s) => s.view.kv?.node);
  const selectedKey = useExplorer((s) => s.selection.key);
  const onSelectKey = useSelectKey();
  const [ref, width] = useWidth<HTMLDivElement>(480);
  const owners = useKeyOwners();
  const refused = useActionRefusal(['client'], DEMO_CLIENTS.length);
  const demo = () => {
    for (const client of DEMO_CLIENTS) bridge.act({ do: 'client', client, op: { type: 'campaign', election: 'e', value: client } });
  };
  return (
    <div className="chains" ref={ref} data-testid="chain-view">
      {elections.length === 0 ? (
        <div className="chain-empty">
          <p>{t('chain.empty')}</p>
          <button type="button" className="side-btn" onClick={demo} disabled={refused !== undefined} title={refused} data-testid="chain-demo">
            {t('chain.demo')}
          </button>
        </div>
      ) : (
        <>
          {elections.map((e) => (
            <ElectionChain key={e.election} election={e} storeNode={storeNode} owners={owners} width={width} epoch={epoch} selectedKey={selectedKey} onSelectKey={onSelectKey} />
          ))}
          <p className="chain-legend">{t('chain.legend')}</p>
        </>
      )}
      <p className="chain-intro">{t('chain.intro')}</p>
    </div>
  );
}

/**
 * Which client owned each election key, remembered across frames: once a client crashes it
 * leaves the campaigners, but its key stays until its lease expires and is worth naming.
 * Elected events in the trace name holders even from before the page saw them.
 */
function useKeyOwners(): ReadonlyMap<string, string> {
  const elections = useExplorer((s) => s.view.elections);
  const events = useExplorer((s) => s.view.clientEvents);
  const epoch = useExplorer((s) => s.view.epoch);
  const seen = useRef<{ epoch: number; owners: ReadonlyMap<string, string> }>({ epoch, owners: new Map() });
  return useMemo(() => {
    const base = seen.current.epoch === epoch ? seen.current.owners : new Map<string, string>();
    // The same map while nothing is new, so the chains are not laid out (and tweened) again.
    seen.current = { epoch, owners: withOwners(base, elections, events) };
    return seen.current.owners;
  }, [elections, events, epoch]);
}
