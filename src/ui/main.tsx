// The page entry: language, worker bridge, the scenario from the link or the saved
// session, the automation interface, then React.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installAutomation } from './automation';
import { Bridge } from './bridge';
import { BridgeContext } from './bridge-context';
import { initialProjector, useDisplay } from './display-mode';
import { useCompare } from './views/compare/compare-store';
import { parseSetting } from './views/compare/settings';
import { startHereLesson, takeFirstVisit } from './first-visit';
import { initI18n, initialLang, changeLang, isLang, rememberLang } from './i18n';
import { decodeFragment, readFragment, shareLink, viewToSelection } from './link-params';
import { loadSavedSession, setAsidePrevious, startSaving } from './persistence';
import { useExplorer } from './store';
import { startLive } from './live/live';
import './styles.css';

/** Loads what the page should open with; resolves once the worker has loaded it. */
async function openInitialScenario(bridge: Bridge): Promise<void> {
  await bridge.ready();
  const fragment = readFragment(location.hash);
  const fromLink = decodeFragment(fragment);
  if (fromLink && !fromLink.ok) useExplorer.getState().setError(fromLink.error);
  const saved = loadSavedSession();
  const firstVisit = takeFirstVisit();
  if (fromLink?.ok) {
    setAsidePrevious();
    bridge.load(fromLink.scenario, fromLink.time ?? 0);
    useExplorer.getState().select(viewToSelection(fromLink.view));
  } else if (saved) {
    bridge.load(saved.scenario, saved.time);
  } else if (firstVisit && !fromLink) {
    // Nothing saved and no scenario in the link: a newcomer starts with the first lesson.
    bridge.load(startHereLesson(), 0);
  }
  await bridge.requestScenario(); // answered after the load: the scenario is in place
}

function openLinkInPlace(bridge: Bridge): void {
  const fragment = readFragment(location.hash);
  const state = useExplorer.getState();
  if (isLang(fragment.lang)) rememberLang(fragment.lang);
  if (isLang(fragment.lang) && fragment.lang !== state.lang) {
    state.setLang(fragment.lang);
    changeLang(fragment.lang);
  }
  state.setEmbed(fragment.embed);
  if (fragment.projector !== null) useDisplay.getState().setProjector(fragment.projector === '1');
  const fromLink = decodeFragment(fragment);
  if (!fromLink) return;
  if (!fromLink.ok) return state.setError(fromLink.error);
  state.setError(null);
  setAsidePrevious();
  bridge.load(fromLink.scenario, fromLink.time ?? 0);
  state.select(viewToSelection(fromLink.view));
}

async function start(): Promise<void> {
  const fragment = readFragment(location.hash);
  const lang = initialLang(fragment.lang);
  // A language a link chose (a course page's lang=) is also the next visit's without one.
  if (isLang(fragment.lang)) rememberLang(fragment.lang);
  useExplorer.getState().setLang(lang);
  useExplorer.getState().setEmbed(fragment.embed);
  useDisplay.getState().setProjector(initialProjector(fragment.projector));
  await initI18n(lang);
  changeLang(lang);
  const bridge = new Bridge();
  const ready = openInitialScenario(bridge);
  const link = () => {
    const { view, lang: current, embed, selection } = useExplorer.getState();
    if (!view.scenario) return location.href;
    const ab = useCompare.getState().setting;
    return shareLink(location.origin + location.pathname, view.scenario, view.time, current, embed, selection) + (ab ? `&ab=${ab}` : '');
  };
  installAutomation(bridge, ready, link);
  // The live class (README "Live class"): only with ?teach= / ?class= or a relay serving the page.
  startLive(bridge, ready);
  void ready.then(startSaving);
  // ab=SETTING (an extension of PAGE.md's links) opens an A/B comparison of the link's run.
  const ab = parseSetting(fragment.ab);
  if (ab) void ready.then(() => useCompare.getState().start(ab));
  // A link pasted into the address bar of an open page changes only the fragment.
  addEventListener('hashchange', () => openLinkInPlace(bridge));
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
