// Saves the current session (scenario with the user's recorded actions, and the time) in
// localStorage as it changes, so a reload or a crashed tab loses nothing.

import { parseScenario } from '../scenario';
import type { Scenario } from '../sim/scenario-types';
import { useExplorer } from './store';

const KEY = 'raft-explorer.session.v1';
const PREVIOUS_KEY = 'raft-explorer.session.previous.v1';
const SAVE_EVERY_MS = 1000;

export interface SavedSession {
  scenario: Scenario;
  time: number;
}

export function loadSavedSession(): SavedSession | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as { scenario?: unknown; time?: unknown };
    const parsed = parseScenario(data.scenario);
    if (!parsed.ok) return undefined;
    const time = typeof data.time === 'number' && data.time >= 0 ? Math.min(data.time, parsed.scenario.until) : 0;
    return { scenario: parsed.scenario, time };
  } catch {
    return undefined;
  }
}

/** Keeps the saved session aside before a link replaces it, so opening a link loses nothing. */
export function setAsidePrevious(): void {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) localStorage.setItem(PREVIOUS_KEY, raw);
  } catch {
    /* storage unavailable */
  }
}

/** Saves whenever the scenario changes, and the time at most once a second. */
export function startSaving(): () => void {
  let lastScenario: Scenario | undefined;
  let lastSave = 0;
  // The scenario's JSON, kept while the scenario is the same: the time is saved every second,
  // and a long scenario's steps take milliseconds to write out.
  let json: { scenario: Scenario; text: string } | undefined;
  const save = (scenario: Scenario, time: number) => {
    try {
      if (json?.scenario !== scenario) json = { scenario, text: JSON.stringify(scenario) };
      // The same text as JSON.stringify({ scenario, time }).
      localStorage.setItem(KEY, `{"scenario":${json.text},"time":${JSON.stringify(time)}}`);
    } catch {
      /* quota or private mode: the session is simply not kept */
    }
  };
  const unsubscribe = useExplorer.subscribe((s) => {
    const { scenario, time } = s.view;
    if (!scenario) return;
    const now = performance.now();
    if (scenario !== lastScenario || now - lastSave > SAVE_EVERY_MS) {
      lastScenario = scenario;
      lastSave = now;
      save(scenario, time);
    }
  });
  const flush = () => {
    const { scenario, time } = useExplorer.getState().view;
    if (scenario) save(scenario, time);
  };
  addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    removeEventListener('pagehide', flush);
  };
}
