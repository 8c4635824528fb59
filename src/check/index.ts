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
