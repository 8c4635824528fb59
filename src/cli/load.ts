// Reading a scenario file for the command line; every failure is one line naming the problem.

import { readFileSync } from 'node:fs';
import { parseScenarioJson } from '../scenario';
import type { Scenario } from '../sim/scenario-types';
import { UsageError } from './args';

export function loadScenario(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot read the scenario file${code ? ` (${code})` : ''}`);
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  return parsed.scenario;
}
