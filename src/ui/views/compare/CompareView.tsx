// An A/B comparison in place of the cluster view: side A (this run) and side B (the same
// scenario and seed with one setting changed) side by side, time-locked to the one playback
// bar, the nodes that differ ringed, and a summary: who leads on each side, which nodes
// differ and how, and the first moment the runs' facts differed, with a way to go there.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge-context';
import { useExplorer } from '../../store';
import { seconds } from '../side/Narration';
import { useCompare, sideBFacts } from './compare-store';
import { CompareSide } from './CompareSide';
import { FactLog, firstDivergence, leaderOf, nodeDifferences, type Divergence, type NodeDifference } from './facts';
import { describeFact, nodeState, settingLabel, sideValues } from './labels';
import type { CompareSetting } from './settings';
import './compare.css';

export function CompareView({ setting }: { setting: CompareSetting }) {
  const { t } = useTranslation('classroom');
  const viewA = useExplorer((s) => s.view);
  const viewB = useCompare((s) => s.viewB);
  const error = useCompare((s) => s.error);
  const stop = useCompare((s) => s.stop);
  const values = sideValues(t, viewA.scenario, setting);
  const diffs = useMemo(() => nodeDifferences(viewA.nodes, viewB.nodes), [viewA.nodes, viewB.nodes]);
  const differing = useMemo(() => new Set(diffs.map((d) => d.id)), [diffs]);
  const divergence = useDivergence(viewA.time, viewB.time);
  return (
    <div className="cmp" data-testid="compare" data-setting={setting}>
      <div className="cmp-head">
        <strong className="cmp-title">{t('compare.title', { setting: settingLabel(t, setting) })}</strong>
        <button type="button" className="cmp-stop" onClick={stop} data-testid="compare-stop">
          {t('compare.stop')} ✕
        </button>
      </div>
      {error && (
        <p className="view-error" role="alert">
          {error}
        </p>
      )}
      <div className="cmp-sides">
        <CompareSide side="A" caption={values.a} view={viewA} differing={differing} />
        <CompareSide side="B" caption={values.b} view={viewB} differing={differing} />
      </div>
      {viewB.nodes.length === 0 ? <p className="cmp-summary">{t('compare.loading')}</p> : <Summary diffs={diffs} divergence={divergence} time={Math.min(viewA.time, viewB.time)} />}
    </div>
  );
}

/** Side A's facts, read incrementally from the page's trace; compared with side B's. */
function useDivergence(timeA: number, timeB: number): Divergence | undefined {
  const bridge = useBridge();
  const factsA = useMemo(() => new FactLog(), []);
  const viewB = useCompare((s) => s.viewB);
  return useMemo(() => {
    const factsB = sideBFacts();
    if (!factsB || viewB.nodes.length === 0) return undefined;
    factsA.sync(bridge.lines);
    return firstDivergence(factsA, factsB, Math.min(timeA, timeB));
  }, [bridge, factsA, timeA, timeB, viewB]);
}

function Summary({ diffs, divergence, time }: { diffs: NodeDifference[]; divergence: Divergence | undefined; time: number }) {
  const { t } = useTranslation('classroom');
  const bridge = useBridge();
  const nodesA = useExplorer((s) => s.view.nodes);
  const nodesB = useCompare((s) => s.viewB.nodes);
  const leader = (nodes: typeof nodesA) => {
    const l = leaderOf(nodes);
    return l ? t('compare.leaderOf', l) : t('compare.noLeader');
  };
  return (
    <div className="cmp-summary" data-testid="compare-summary">
      <p className="cmp-leaders" data-testid="compare-leaders">
        <span className="cmp-label">{t('compare.leaders')}:</span> <span className="cmp-letter">A</span> {leader(nodesA)} · <span className="cmp-letter cmp-b">B</span> {leader(nodesB)}
      </p>
      {divergence ? (
        <div className="cmp-diverged" data-testid="compare-diverged" data-at={divergence.t}>
          <span className="cmp-label">{t('compare.diverged', { time: seconds(divergence.t) })}:</span>
          <span>
            <span className="cmp-letter">A</span> {describeFact(t, divergence.a)}
          </span>
          <span>
            <span className="cmp-letter cmp-b">B</span> {describeFact(t, divergence.b)}
          </span>
          <button type="button" className="side-btn" onClick={() => bridge.send({ type: 'seek', time: divergence.t })} title={t('compare.goThereTitle')} data-testid="compare-go">
            {t('compare.goThere')}
          </button>
        </div>
      ) : (
        <p className="cmp-same" data-testid="compare-same">
          {t('compare.same', { time: seconds(time) })}
        </p>
      )}
      {diffs.length === 0 ? (
        <p className="cmp-agree">{t('compare.nodesAgree')}</p>
      ) : (
        <table className="cmp-nodes" data-testid="compare-nodes">
          <caption>{t('compare.nodesDiffer')}</caption>
          <tbody>
            {diffs.map((d) => (
              <tr key={d.id} data-node={d.id} data-fields={d.fields.join(' ')}>
                <th scope="row">{d.id}</th>
                <td>
                  <span className="cmp-letter">A</span> {nodeState(t, d.a)}
                </td>
                <td>
                  <span className="cmp-letter cmp-b">B</span> {nodeState(t, d.b)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
