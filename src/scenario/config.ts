// The `cluster` and `network` sections of a scenario, with the defaults SCENARIO.md lists.

import { BUG_NAMES, type BugName, type ClusterConfig, type NetworkConfig } from '../sim/scenario-types';
import { ID_PATTERN, ID_PATTERN_TEXT, LEADER, MAX_NODES, MAX_SNAPSHOT_ENTRIES, MAX_TIME, MIN_NODES } from './limits';
import { Fields, boolean, decimal, fail, indexPath, integer, list, oneOf, quote, type Reader } from './read';

/** Defaults when a field is left out (SCENARIO.md). Fresh arrays each call: callers may keep them. */
function defaultClusterOptions(): Omit<ClusterConfig, 'nodes'> {
  return { electionTimeout: [150, 300], heartbeatInterval: 50, preVote: true, checkQuorum: true, snapshotEntries: 1000, bugs: [] };
}

export function defaultNetwork(): NetworkConfig {
  return { latency: [5, 15], loss: 0 };
}

/** An id for a node or a client: `^[a-z][a-z0-9-]{0,15}$`. */
export const id: Reader<string> = (value, path) => {
  if (typeof value !== 'string') fail(path, 'expected an id (a string)');
  if (!ID_PATTERN.test(value)) fail(path, `${quote(value)} does not match ${ID_PATTERN_TEXT}`);
  return value;
};

/** A node id: an id that is not "leader", which steps use to mean the current leader. */
export const nodeId: Reader<string> = (value, path) => {
  const name = id(value, path);
  if (name === LEADER) fail(path, '"leader" cannot be a node id: in steps it means the current leader');
  return name;
};

/** An inclusive range [min, max] of integers within [lowest, highest] (SCENARIO.md, "Ranges"). */
export function range(lowest: number, highest: number): Reader<[number, number]> {
  const bound = integer(lowest, highest);
  return (value, path) => {
    const isPair = Array.isArray(value) && value.length === 2 && value.every(Number.isInteger);
    if (!isPair || value[0] > value[1]) fail(path, 'expected [min, max] integers with min <= max');
    return [bound(value[0], indexPath(path, 0)), bound(value[1], indexPath(path, 1))];
  };
}

const readNodes: Reader<string[]> = (value, path) => {
  if (!Array.isArray(value) || value.length < MIN_NODES || value.length > MAX_NODES) {
    fail(path, `expected a list of ${MIN_NODES} to ${MAX_NODES} node ids`);
  }
  const nodes = list(MAX_NODES, nodeId)(value, path);
  nodes.forEach((node, i) => {
    if (nodes.indexOf(node) !== i) fail(indexPath(path, i), `${quote(node)} is listed twice`);
  });
  return nodes;
};

/** Bugs, each at most once, in the order of BUG_NAMES (canonical: the order written is not kept). */
const readBugs: Reader<BugName[]> = (value, path) => {
  const bugs = list(BUG_NAMES.length, oneOf(BUG_NAMES, 'bug'))(value, path);
  bugs.forEach((bug, i) => {
    if (bugs.indexOf(bug) !== i) fail(indexPath(path, i), `${quote(bug)} is listed twice`);
  });
  return BUG_NAMES.filter((bug) => bugs.includes(bug));
};

const CLUSTER_FIELDS = ['nodes', 'electionTimeout', 'heartbeatInterval', 'preVote', 'checkQuorum', 'snapshotEntries', 'bugs'];

export const readCluster: Reader<ClusterConfig> = (value, path) => {
  const f = Fields.open(value, path).rejectUnknown(CLUSTER_FIELDS);
  const d = defaultClusterOptions();
  return {
    nodes: f.required('nodes', readNodes),
    electionTimeout: f.withDefault('electionTimeout', range(1, MAX_TIME), d.electionTimeout),
    heartbeatInterval: f.withDefault('heartbeatInterval', integer(1, MAX_TIME), d.heartbeatInterval),
    preVote: f.withDefault('preVote', boolean, d.preVote),
    checkQuorum: f.withDefault('checkQuorum', boolean, d.checkQuorum),
    snapshotEntries: f.withDefault('snapshotEntries', integer(0, MAX_SNAPSHOT_ENTRIES), d.snapshotEntries),
    bugs: f.withDefault('bugs', readBugs, d.bugs),
  };
};

export const lossRate = decimal(0, 1);

export const readNetwork: Reader<NetworkConfig> = (value, path) => {
  const f = Fields.open(value, path).rejectUnknown(['latency', 'loss', 'duplicate']);
  const d = defaultNetwork();
  const duplicate = f.withDefault('duplicate', lossRate, 0);
  return {
    latency: f.withDefault('latency', range(0, MAX_TIME), d.latency),
    loss: f.withDefault('loss', lossRate, d.loss),
    ...(duplicate > 0 ? { duplicate } : {}),
  };
};
