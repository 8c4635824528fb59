// The public surface of src/raft.
export { RaftNode, type NodeStatus } from './node';
export { Storage } from './storage';
export type { Ready } from './ready';
export * from './types';
export { quorumSize } from './quorum';
export { applyChange, confAt, isEmptyConf } from './conf';
export * from './describe';
