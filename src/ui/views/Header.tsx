import { useTranslation } from 'react-i18next';
import { changeLang, LANGS, rememberLang } from '../i18n';
import { useExplorer, type Lang } from '../store';
import { localizedText } from '../../scenario';
import { ProjectorToggle } from './classroom/ProjectorToggle';
import { CompareButton } from './compare/CompareButton';
import { ScenarioMenu } from './scenarios/ScenarioMenu';

export function Header() {
  const { t } = useTranslation();
  const lang = useExplorer((s) => s.lang);
  const setLang = useExplorer((s) => s.setLang);
  const scenario = useExplorer((s) => s.view.scenario);
  const error = useExplorer((s) => s.error);
  const notice = useExplorer((s) => s.notice);
  const setError = useExplorer((s) => s.setError);
  const setNotice = useExplorer((s) => s.setNotice);
  const pick = (l: Lang) => {
    setLang(l);
    rememberLang(l);
    changeLang(l);
  };
  const copyLink = async () => {
    const link = window.raftExplorer?.link() ?? location.href;
    history.replaceState(null, '', link);
    try {
      await navigator.clipboard.writeText(link);
      setNotice(t('link.copied'));
    } catch {
      setNotice(t('link.inAddressBar'));
    }
    setTimeout(() => setNotice(null), 3000);
  };
  return (
    <header className="header" data-region="header">
      <h1>{t('title')}</h1>
      <ScenarioMenu />
      <span className="scenario-name" title={scenario ? localizedText(scenario.name, lang) : undefined}>{scenario ? localizedText(scenario.name, lang) : ''}</span>
      <button type="button" className="copy-link" onClick={() => void copyLink()} data-testid="copy-link">
        {t('link.copy')}
      </button>
      <CompareButton />
      {notice && (
        <span role="status" className="notice">
          {notice}
        </span>
      )}
      <label className="lang-switch">
        <span className="lang-label">{t('language')}</span>
        <select value={lang} onChange={(e) => pick(e.target.value as Lang)} data-testid="lang">
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {l === 'en' ? 'English' : '简体中文'}
            </option>
          ))}
        </select>
      </label>
      <ProjectorToggle />
      {error && (
        <div role="alert" className="error-banner" data-testid="error">
          <strong>{t('error.title')}:</strong> {error}{' '}
          <button type="button" onClick={() => setError(null)}>
            {t('error.dismiss')}
          </button>
        </div>
      )}
    </header>
  );
}
