// parseScenario: the one gate between scenario JSON (files, share links, the page's
// recorded actions) and the simulation. It accepts exactly SCENARIO.md (plus the
// extensions typed in scenario-types.ts), fills the defaults, and returns a fresh object
// in a canonical key order, so that JSON.stringify of the result is stable. Anything else
// is refused with one line naming the field.

import type { Scenario, Text } from '../sim/scenario-types';
import { defaultNetwork, readCluster, readNetwork } from './config';
import { MAX_JSON_CHARS, MAX_LONG_TEXT, MAX_SEED, MAX_STRING, MAX_TIME } from './limits';
import { Fields, ScenarioError, fail, integer, type Reader } from './read';
import { readSteps } from './steps';
import { readChallenge } from './challenge';
import { text } from './text';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

export const SCENARIO_VERSION = 1;
export const UNTITLED_NAME: Text = 'Untitled scenario';

const SCENARIO_FIELDS = ['version', 'name', 'description', 'seed', 'cluster', 'network', 'until', 'steps', 'challenge'];

const readVersion: Reader<1> = (value, path) => {
  if (value === SCENARIO_VERSION) return SCENARIO_VERSION;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > SCENARIO_VERSION) {
    fail(path, `this scenario is version ${value}; this explorer reads version ${SCENARIO_VERSION}`);
  }
  return fail(path, `expected ${SCENARIO_VERSION}`);
};

const readSeed = integer(0, MAX_SEED, `an unsigned 32-bit integer (0 to ${MAX_SEED})`);

/** Checks everything and builds the canonical scenario; throws ScenarioError. */
function readScenario(input: unknown): Scenario {
  const f = Fields.open(input, '');
  // The version first: a later version's new fields are not misspellings of this one's.
  const version = f.required('version', readVersion);
  f.rejectUnknown(SCENARIO_FIELDS);
  const name = f.withDefault('name', text(MAX_STRING), UNTITLED_NAME);
  const description = f.optional('description', text(MAX_LONG_TEXT));
  const seed = f.required('seed', readSeed);
  const cluster = f.required('cluster', readCluster);
  const network = f.withDefault('network', readNetwork, defaultNetwork());
  const until = f.withDefault('until', integer(0, MAX_TIME), 10_000);
  const steps = f.withDefault('steps', (value, path) => readSteps(value, path, cluster.nodes), []);
  // Extension (README "Challenges"): a goal graded from the trace; the run itself ignores it.
  const challenge = f.optional('challenge', (value, path) => readChallenge(value, path, cluster.nodes));
  const head = description === undefined ? { version, name } : { version, name, description };
  const body = { ...head, seed, cluster, network, until, steps };
  return challenge === undefined ? body : { ...body, challenge };
}

/** One line for anything thrown: a validation error as is, anything else (a bug) marked so. */
function errorLine(error: unknown): string {
  if (error instanceof ScenarioError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `scenario: could not be read (${message.replace(/\s+/g, ' ').slice(0, 200)})`;
}

/** Validates any value (never throws) and returns the canonical scenario or one error line. */
export function parseScenario(input: unknown): ParseResult {
  try {
    return { ok: true, scenario: readScenario(input) };
  } catch (error) {
    return { ok: false, error: errorLine(error) };
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * A JSON.parse error as one line. Engines word it differently; V8 gives a position, which is
 * turned into a line and column when the engine has not done so itself.
 */
function jsonErrorLine(text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
  const position = /at position (\d+)/.exec(message);
  if (position && !/line \d+/.test(message)) return `JSON: ${message} (${lineAndColumn(text, Number(position[1]))})`;
  return `JSON: ${message}`;
}

/** Parses JSON text, then validates it. Syntax errors come back as `JSON: ...` with a line and column. */
export function parseScenarioJson(text: string): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'JSON: expected text' };
  if (text.length > MAX_JSON_CHARS) return { ok: false, error: `JSON: longer than ${MAX_JSON_CHARS} characters` };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text; // a byte order mark some editors write
  if (body.trim() === '') return { ok: false, error: 'JSON: the text is empty' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: jsonErrorLine(body, error) };
  }
  return parseScenario(value);
}

/**
 * The canonical JSON of a scenario: validated and rebuilt by parseScenario, so that the same
 * scenario always gives the same text whatever order its keys were set in. Throws on an
 * invalid scenario, which is a bug in the caller (parse outside input first).
 */
export function scenarioToJson(scenario: Scenario, indent?: number): string {
  const result = parseScenario(scenario);
  if (!result.ok) throw new Error(`scenarioToJson: invalid scenario: ${result.error}`);
  return JSON.stringify(result.scenario, null, indent);
}
