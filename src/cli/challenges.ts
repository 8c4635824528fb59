// `sim challenges` (one JSON line per built-in challenge: {"id","name"}), `sim challenge ID`
// (that challenge as scenario JSON, a teacher's starting point) and `sim grade FILE.json`
// (runs a scenario with a challenge and prints its grade as one JSON line; README "Challenges").

import { gradeChallenge, learnerActions } from '../check';
import { scenarioToJson } from '../scenario';
import { CHALLENGES, builtinChallenge } from '../scenario/challenges';
import { runScenario } from '../sim/run';
import { parseArgs, UsageError } from './args';
import { loadScenario } from './load';

const ids = () => CHALLENGES.map((c) => c.id).join(', ');

export function challengesCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, [], []);
  if (args.positional.length > 0) throw new UsageError('expected no arguments: challenges');
  for (const c of CHALLENGES) process.stdout.write(JSON.stringify({ id: c.id, name: c.scenario.name }) + '\n');
}

export function challengeCommand(argv: readonly string[]): void {
  const [id, ...extra] = parseArgs(argv, [], []).positional;
  if (id === undefined || extra.length > 0) throw new UsageError(`expected one challenge id: challenge ID (challenges: ${ids()})`);
  const scenario = builtinChallenge(id);
  if (!scenario) throw new UsageError(`unknown challenge ${JSON.stringify(id)} (challenges: ${ids()})`);
  process.stdout.write(scenarioToJson(scenario, 2) + '\n');
}

export function gradeCommand(argv: readonly string[]): void {
  const [path, ...extra] = parseArgs(argv, [], []).positional;
  if (path === undefined || extra.length > 0) throw new UsageError('expected one scenario file: grade FILE.json');
  const scenario = loadScenario(path);
  if (!scenario.challenge) throw new UsageError(`${path}: the scenario has no challenge field`);
  const events = runScenario(scenario, { trace: true }).recorder.events;
  process.stdout.write(JSON.stringify(gradeChallenge(scenario.challenge, events, learnerActions(scenario.steps))) + '\n');
}
