// Saving and opening files in the browser: a scenario as JSON, the trace as JSON Lines.

import { parseScenarioJson, scenarioToJson } from '../../../scenario';
import type { Scenario } from '../../../sim/scenario-types';

/** Offers `text` as a file download. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportScenario(scenario: Scenario): void {
  download(`${fileStem(scenario)}.json`, scenarioToJson(scenario, 2) + '\n', 'application/json');
}

export function exportTrace(scenario: Scenario | undefined, trace: string): void {
  download(`${scenario ? fileStem(scenario) : 'raft-explorer'}.trace.jsonl`, trace, 'application/x-ndjson');
}

/** Reads a scenario file; the error names the problem (JSON syntax, or the bad field). */
export async function readScenarioFile(file: File): Promise<{ ok: true; scenario: Scenario } | { ok: false; error: string }> {
  if (file.size > 10_000_000) return { ok: false, error: `${file.name}: the file is too large for a scenario (${file.size} bytes)` };
  const parsed = parseScenarioJson(await file.text());
  return parsed.ok ? parsed : { ok: false, error: `${file.name}: ${parsed.error}` };
}

function fileStem(s: Scenario): string {
  const name = typeof s.name === 'string' ? s.name : (s.name.en ?? Object.values(s.name)[0] ?? 'scenario');
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'scenario';
}
