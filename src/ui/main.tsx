// The page entry: language, worker bridge, automation interface, then React.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installAutomation } from './automation';
import { Bridge } from './bridge';
import { BridgeContext } from './bridge-context';
import { initI18n, initialLang, changeLang } from './i18n';
import { useExplorer } from './store';
import './styles.css';

async function start(): Promise<void> {
  const params = new URLSearchParams(location.hash.slice(1));
  const lang = initialLang(params.get('lang'));
  useExplorer.getState().setLang(lang);
  await initI18n(lang);
  changeLang(lang);
  const bridge = new Bridge();
  installAutomation(bridge, bridge.ready(), () => location.href);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <BridgeContext.Provider value={bridge}>
        <App />
      </BridgeContext.Provider>
    </StrictMode>,
  );
}

void start();
