// The toolbar's membership buttons: add a voter or a learner with the next free id. The
// worker records an add-node step; the leader proposes the change, or the trace says why not.

import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../protocol';
import type { Scenario } from '../../../sim/scenario-types';
import { useBridge } from '../../bridge-context';
import { addBlocked, configuration, knownIds, nextNodeId } from './membership';
import { useActionRefusal } from '../challenges/use-action-gate';

interface Props {
  nodes: readonly NodeView[];
  scenario: Scenario | undefined;
  leader: string | undefined;
  ended: boolean;
}

export function AddNodeButtons({ nodes, scenario, leader, ended }: Props) {
  const { t } = useTranslation('members');
  const bridge = useBridge();
  const known = knownIds(scenario, nodes);
  const node = nextNodeId(known);
  const blocked = addBlocked({ ended, leader, conf: configuration(nodes), known: known.size });
  const refused = useActionRefusal(['add-node']);
  const why = refused ?? (blocked ? t(`why.${blocked}`) : undefined);
  return (
    <>
      <button type="button" data-testid="add-node" disabled={why !== undefined} title={why ?? t('addTitle', { node })} onClick={() => bridge.act({ do: 'add-node', node })}>
        {t('add')}
      </button>
      <button type="button" data-testid="add-learner" disabled={why !== undefined} title={why ?? t('addLearnerTitle', { node })} onClick={() => bridge.act({ do: 'add-node', node, learner: true })}>
        {t('addLearner')}
      </button>
    </>
  );
}
