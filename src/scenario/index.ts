// The scenario module's public face: validation, canonical JSON, text, defaults.

export { parseScenario, parseScenarioJson, scenarioToJson, SCENARIO_VERSION, UNTITLED_NAME, type ParseResult } from './parse';
export { localizedText } from './text';
export { defaultScenario, makeScenario, type ScenarioOverrides } from './defaults';
export { ETCDCTL_CLIENT, STEP_KINDS } from './steps';
export * as scenarioLimits from './limits';
export { isLesson, meanLatency, SEEN_MS, SLOWEST_SPEED, teachingSpeed } from './teaching-speed';
/** The bug toggles' names (SCENARIO.md "Bug toggles"), for the page's pickers. */
export { BUG_NAMES } from '../sim/scenario-types';
