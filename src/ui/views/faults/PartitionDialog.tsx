// Partition the network by putting each node in group A, B or C; only nodes in the same
// group can exchange messages (SCENARIO.md "partition"). Presets cover the classic
// demonstrations: a minority and a majority, the leader alone, three ways with no majority.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkView } from '../../../protocol';
import { useBridge } from '../../bridge-context';
import { useActionRefusal } from '../challenges/use-action-gate';
import { Dialog } from './Dialog';
import {
  assignmentFromNetwork,
  checkPartition,
  GROUP_NAMES,
  groupSizes,
  isolateLeaderPreset,
  splitPreset,
  thirdsPreset,
  toGroups,
  type Assignment,
  type GroupNo,
  type PartitionProblem,
} from './partition';

interface Props {
  ids: readonly string[];
  network: NetworkView;
  leader: string | undefined;
  onClose(): void;
}

export function PartitionDialog({ ids, network, leader, onClose }: Props) {
  const { t } = useTranslation('faults');
  const bridge = useBridge();
  const [assignment, setAssignment] = useState<Assignment>(() => assignmentFromNetwork(ids, network));
  const check = checkPartition(ids, assignment);
  const groups = toGroups(ids, assignment);
  const refused = useActionRefusal(['partition']);
  const apply = () => {
    if (check.error || refused) return;
    bridge.act({ do: 'partition', groups });
    onClose();
  };
  return (
    <Dialog title={t('partition.title')} testId="partition-dialog" onClose={onClose}>
      <p className="dialog-intro">{t('partition.intro')}</p>
      <Presets ids={ids} leader={leader} onPick={setAssignment} />
      <table className="partition-grid">
        <thead>
          <tr>
            <th scope="col">{t('partition.node')}</th>
            {GROUP_NAMES.map((g, i) => (
              <th key={g} scope="col" className={`group-head group-${i}`}>
                {t('partition.group', { name: g })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr key={id}>
              <th scope="row">{id}</th>
              {GROUP_NAMES.map((g, i) => (
                <td key={g} className={`group-${i}`}>
                  <input
                    type="radio"
                    name={`group-of-${id}`}
                    aria-label={t('partition.put', { node: id, name: g })}
                    data-testid={`assign-${id}-${g}`}
                    checked={assignment[id] === i}
                    onChange={() => setAssignment({ ...assignment, [id]: i as GroupNo })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="partition-summary" data-testid="partition-summary">
        {groups.map((g) => `${GROUP_NAMES[assignment[g[0] as string] ?? 0]}: ${g.join(' ')}`).join('   |   ')}
      </p>
      {check.error && <Problem problem={check.error} kind="error" />}
      {check.warning && <Problem problem={check.warning} kind="warning" />}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="primary" data-testid="partition-apply" disabled={check.error !== undefined || refused !== undefined} title={refused} onClick={apply}>
          {t('partition.apply')}
        </button>
      </div>
    </Dialog>
  );
}

function Presets({ ids, leader, onPick }: { ids: readonly string[]; leader: string | undefined; onPick(a: Assignment): void }) {
  const { t } = useTranslation('faults');
  const split = splitPreset(ids);
  const thirds = thirdsPreset(ids);
  return (
    <div className="presets" role="group" aria-label={t('partition.presets')}>
      <span className="presets-label">{t('partition.presets')}</span>
      <button type="button" data-testid="preset-split" disabled={ids.length < 2} onClick={() => onPick(split)}>
        {t('partition.split', { sizes: groupSizes(ids, split).join('–') })}
      </button>
      <button type="button" data-testid="preset-leader" disabled={leader === undefined || ids.length < 2} onClick={() => leader && onPick(isolateLeaderPreset(ids, leader))}>
        {t('partition.isolateLeader')}
        {leader === undefined && <small> ({t('partition.noLeader')})</small>}
      </button>
      <button type="button" data-testid="preset-thirds" disabled={ids.length < 3} onClick={() => onPick(thirds)}>
        {t('partition.thirds', { sizes: groupSizes(ids, thirds).join('-') })}
      </button>
    </div>
  );
}

function Problem({ problem, kind }: { problem: PartitionProblem; kind: 'error' | 'warning' }) {
  const { t } = useTranslation('faults');
  const text = problem.kind === 'unknown' ? t('partition.unknown', { node: problem.node }) : t(`partition.${problem.kind === 'empty' ? 'empty' : 'oneGroup'}`);
  return (
    <p className={`inline-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={`partition-${kind}`}>
      {text}
    </p>
  );
}
