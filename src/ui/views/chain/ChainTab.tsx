// The watch-chain tab: every election and lock in progress, as the selected node's store
// holds their keys, with a one-click way to start a chain when there is none.

import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { useSelectKey } from '../kv/use-select-key';
import { ElectionChain } from './ElectionChain';
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
  const demo = () => {
    for (const client of DEMO_CLIENTS) bridge.act({ do: 'client', client, op: { type: 'campaign', election: 'e', value: client } });
  };
  return (
    <div className="chains" ref={ref} data-testid="chain-view">
      {elections.length === 0 ? (
        <div className="chain-empty">
          <p>{t('chain.empty')}</p>
          <button type="button" className="side-btn" onClick={demo} data-testid="chain-demo">
            {t('chain.demo')}
          </button>
        </div>
      ) : (
        <>
          {elections.map((e) => (
            <ElectionChain key={e.election} election={e} storeNode={storeNode} width={width} epoch={epoch} selectedKey={selectedKey} onSelectKey={onSelectKey} />
          ))}
          <p className="chain-legend">{t('chain.legend')}</p>
        </>
      )}
      <p className="chain-intro">{t('chain.intro')}</p>
    </div>
  );
}
