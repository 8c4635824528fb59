// The live checks' indicator in the playback bar: green while every safety property holds
// so far, red with the number of violations (a click opens the card that explains them).

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../../store';
import { useChecksUi } from './checks-ui';
import './checks.css';

/** Below this share of judged key-value calls the pill says the verdict is partial. */
export const LIN_PARTIAL_BELOW = 0.9;

/** "· 95/100 judged": how many key-value calls the linearizability verdict covers. */
function LinJudged({ calls, checked, shown }: { calls: number; checked: number; shown: boolean }) {
  const { t } = useTranslation('checks');
  if (!shown || calls === 0) return null;
  const partial = checked / calls < LIN_PARTIAL_BELOW;
  return (
    <span
      className={`checks-lin${partial ? ' is-partial' : ''}`}
      data-testid="checks-lin-judged"
      data-lin-partial={partial ? 'true' : undefined}
      title={partial ? t('linPartial', { calls, checked }) : undefined}
    >
      · {t('linJudged', { calls, checked })}
    </span>
  );
}

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
        <span className="checks-main">
          <span aria-hidden="true">✓</span> {t('status.ok')}
        </span>
        {linState === 'inconclusive' && <span className="checks-lin is-inconclusive">· {t('linInconclusive')}</span>}
        <LinJudged calls={lin?.calls ?? 0} checked={lin?.checkedCalls ?? 0} shown={linState === 'ok' || linState === 'inconclusive'} />
      </span>
    );
  }
  return (
    <button type="button" className="checks-status is-violated" data-testid="checks-status" data-state="violated" data-lin={linState} onClick={() => setOpen(true)}>
      <span aria-hidden="true">✗</span> {t('status.violated', { count })} · {t('status.show')}
    </button>
  );
}
