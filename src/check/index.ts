// The checkers of Raft Explorer: Raft safety over a trace, liveness after faults heal,
// and linearizability of the client history against a model of etcd's key-value store.

export { SAFETY_PROPERTIES, type SafetyProperty, type Violation } from './violation';
export {
  checkSafety,
  createSafetyChecker,
  type SafetyChecker,
  type SafetyCheckerOptions,
} from './safety-checker';
export {
  checkLiveness,
  suggestedLivenessWindow,
  type LivenessOptions,
  type LivenessResult,
} from './liveness';
export {
  checkLinearizability,
  type LinearizabilityOptions,
  type LinearizabilityResult,
  type LinearizabilityStats,
} from './linearizability';
export { generateHistory, randomOp, runOnStore, seededRandom, type HistoryOptions, type OpMix } from './lin-generate';
export { gradeChallenge, learnerActions } from './challenge-grade';
export { benchmarkLinearizability, type LinearizabilityBenchmark } from './lin-bench';
