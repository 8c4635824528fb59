// The live checks' indicator in the playback bar: green while every safety property holds
// so far, red with the number of violations (a click opens the card that explains them).

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { useChecksUi } from './checks-ui';
import './checks.css';

export function ChecksStatus() {
  const { t } = useTranslation('checks');
  const checked = useExplorer((s) => s.view.checks?.checked ?? 0);
  const violations = useExplorer((s) => s.view.checks?.violations);
  const scenario = useExplorer((s) => s.view.scenario);
  const count = violations?.length ?? 0;
  const lin = useExplorer((s) => s.view.checks?.linearizability);
  const setOpen = useChecksUi((s) => s.setOpen);
  const notice = useChecksUi((s) => s.notice);
  useEffect(() => notice(violations ?? [], scenario), [violations, scenario, notice]);
  const linState = lin?.state ?? 'not-checked';
  const linLong = t(`lin.${linState}`, { calls: lin?.calls ?? 0, checked: lin?.checkedCalls ?? 0 });
  if (count === 0) {
    return (
      <span className="checks-status is-ok" role="status" data-testid="checks-status" data-state="ok" data-lin={linState} title={t('status.okTitle', { count: checked, lin: linLong })}>
        <span aria-hidden="true">✓</span> {t('status.ok')}
        {linState === 'inconclusive' && <span className="checks-lin is-inconclusive">· {t('linInconclusive')}</span>}
      </span>
    );
  }
  return (
    <button type="button" className="checks-status is-violated" data-testid="checks-status" data-state="violated" data-lin={linState} onClick={() => setOpen(true)}>
      <span aria-hidden="true">✗</span> {t('status.violated', { count })} · {t('status.show')}
    </button>
  );
}
