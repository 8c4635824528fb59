// The scenario menu: open a built-in teaching scenario (with its description), start the
// default cluster, import or export a scenario as JSON, export the trace as JSON Lines,
// and undo the last fork (acting in the past drops later steps). "Start here" at the top
// opens the lesson a newcomer's first visit opens with (first-visit.ts).

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultScenario, localizedText } from '../../../scenario';
import { BUILTINS } from '../../../scenario/builtins';
import { useBridge } from '../../bridge-context';
import { startHereLesson } from '../../first-visit';
import { useExplorer } from '../../store';
import { exportScenario, exportTrace, readScenarioFile } from './files';
import './scenarios.css';

export function ScenarioMenu() {
  const { t } = useTranslation('scenarios');
  const bridge = useBridge();
  const [open, setOpen] = useState(false);
  const lang = useExplorer((s) => s.lang);
  const scenario = useExplorer((s) => s.view.scenario);
  const canUndo = useExplorer((s) => s.view.canUndo);
  const setError = useExplorer((s) => s.setError);
  const setNotice = useExplorer((s) => s.setNotice);
  const fileInput = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // Escape or a click elsewhere closes the menu.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    addEventListener('keydown', onKey);
    addEventListener('mousedown', onClick);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const openScenario = (s: Parameters<typeof bridge.load>[0]) => {
    setError(null);
    bridge.load(s, 0);
    setOpen(false);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readScenarioFile(file);
    if (read.ok) openScenario(read.scenario);
    else setError(read.error);
  };
  return (
    <div className="scenario-menu" ref={root}>
      <button type="button" className="scenario-menu-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="scenario-menu">
        {t('menu')} ▾
      </button>
      {canUndo && (
        <button type="button" className="scenario-undo" onClick={() => bridge.send({ type: 'undo' })} data-testid="undo" title={t('undoHint')}>
          ↶ {t('undo')}
        </button>
      )}
      {open && (
        <div className="scenario-popover" role="dialog" aria-label={t('menu')}>
          <button type="button" className="scenario-start" onClick={() => openScenario(startHereLesson())} data-testid="start-here">
            <strong>{t('startHere')}</strong>
            <span>{t('startHereHint', { name: localizedText(startHereLesson().name, lang) })}</span>
          </button>
          <h2>{t('builtins')}</h2>
          <ol className="scenario-list">
            {BUILTINS.map(({ id, scenario: s }) => (
              <li key={id}>
                <button type="button" onClick={() => openScenario(structuredClone(s))} data-testid={`builtin-${id}`}>
                  <strong>{localizedText(s.name, lang)}</strong>
                  <span>{localizedText(s.description, lang)}</span>
                </button>
              </li>
            ))}
          </ol>
          <div className="scenario-actions">
            <button type="button" onClick={() => openScenario(defaultScenario())}>{t('fresh')}</button>
            <button type="button" onClick={() => fileInput.current?.click()}>{t('import')}</button>
            <button type="button" disabled={!scenario} onClick={() => scenario && exportScenario(scenario)} data-testid="export-scenario">{t('export')}</button>
            <button
              type="button"
              onClick={() => {
                exportTrace(scenario, bridge.trace());
                setNotice(t('traceSaved'));
              }}
              data-testid="export-trace"
            >
              {t('exportTrace')}
            </button>
          </div>
          <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={(e) => void importFile(e.target.files?.[0])} data-testid="import-file" />
        </div>
      )}
    </div>
  );
}
