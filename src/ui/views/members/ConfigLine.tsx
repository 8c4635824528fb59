// The current configuration above the ring: voters (and the majority they need), learners,
// and nodes outside it (joining, or removed and not yet stopped).

import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../protocol';
import { configuration } from './membership';
import './members.css';

export function ConfigLine({ nodes, quorum, leader }: { nodes: readonly NodeView[]; quorum: number; leader: string | undefined }) {
  const { t } = useTranslation('members');
  const conf = configuration(nodes);
  return (
    <div className="config-line" data-testid="config-line" title={t('config.title')}>
      <strong>{t('config.label')}</strong>
      {leader === undefined ? (
        <span className="config-none">{t('config.none')}</span>
      ) : (
        <>
          <span className="config-voters" data-testid="config-voters">
            {t('config.voters', { list: conf.voters.join(' ') })}
          </span>
          <span className="config-majority">{t('config.majority', { count: quorum, voters: conf.voters.length })}</span>
          <span className="config-learners" data-testid="config-learners">
            {conf.learners.length ? t('config.learners', { list: conf.learners.join(' ') }) : t('config.noLearners')}
          </span>
          {conf.outside.length > 0 && <span className="config-outside">{t('config.joining', { list: conf.outside.join(' ') })}</span>}
        </>
      )}
    </div>
  );
}
