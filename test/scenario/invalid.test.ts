import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioJson } from '../../src/scenario';
import { clientStep, minimal, nestedTxn, withSteps } from './examples';

/** The minimal scenario with one part changed. */
function change(patch: Record<string, unknown>): Record<string, unknown> {
  return { ...minimal(), ...patch };
}

function cluster(patch: Record<string, unknown>): Record<string, unknown> {
  return change({ cluster: { nodes: ['n1', 'n2', 'n3'], ...patch } });
}

const ID_RULE = '^[a-z][a-z0-9-]{0,15}$';
const SEED_RULE = 'expected an unsigned 32-bit integer (0 to 4294967295)';
const TIME_RULE = 'expected an integer from 0 to 86400000';
const RANGE_RULE = 'expected [min, max] integers with min <= max';
const ok = (at: number) => ({ at, do: 'heal' });
const txn = (patch: Record<string, unknown>) => ({ type: 'txn', compare: [], success: [], failure: [], ...patch });

const CASES: [string, unknown, string][] = [
  ['null', null, 'scenario: expected a JSON object'],
  ['an array', [minimal()], 'scenario: expected a JSON object'],
  ['a number', 42, 'scenario: expected a JSON object'],
  ['no version', {}, 'version: missing'],
  ['a later version, whatever else it holds', { version: 2, shards: 3 }, 'version: this scenario is version 2; this explorer reads version 1'],
  ['a version given as text', change({ version: '1' }), 'version: expected 1'],
  ['version 0', change({ version: 0 }), 'version: expected 1'],
  ['a misspelled top-level field', change({ sead: 1 }), 'sead: unknown field'],
  ['a field name with a newline stays on one line', change({ 'a\nb': 1 }), '["a\\nb"]: unknown field'],
  ['no seed', { version: 1, cluster: { nodes: ['n1'] } }, 'seed: missing'],
  ['a negative seed', change({ seed: -1 }), `seed: ${SEED_RULE}`],
  ['a seed of 2^32', change({ seed: 2 ** 32 }), `seed: ${SEED_RULE}`],
  ['a fractional seed', change({ seed: 1.5 }), `seed: ${SEED_RULE}`],
  ['a seed given as text', change({ seed: '42' }), `seed: ${SEED_RULE}`],
  ['no cluster', { version: 1, seed: 1 }, 'cluster: missing'],
  ['a cluster that is a list', change({ cluster: [] }), 'cluster: expected an object'],
  ['no nodes', cluster({ nodes: [] }), 'cluster.nodes: expected a list of 1 to 9 node ids'],
  ['ten nodes', cluster({ nodes: Array.from({ length: 10 }, (_, i) => `n${i}`) }), 'cluster.nodes: expected a list of 1 to 9 node ids'],
  ['an upper-case node id', cluster({ nodes: ['n1', 'N2'] }), `cluster.nodes[1]: "N2" does not match ${ID_RULE}`],
  ['a node id of 17 characters', cluster({ nodes: ['a'.repeat(17)] }), `cluster.nodes[0]: "${'a'.repeat(17)}" does not match ${ID_RULE}`],
  ['a numeric node id', cluster({ nodes: [7] }), 'cluster.nodes[0]: expected an id (a string)'],
  ['a node listed twice', cluster({ nodes: ['n1', 'n2', 'n1'] }), 'cluster.nodes[2]: "n1" is listed twice'],
  ['a node called leader', cluster({ nodes: ['leader'] }), 'cluster.nodes[0]: "leader" cannot be a node id: in steps it means the current leader'],
  ['an election timeout with min > max', cluster({ electionTimeout: [300, 150] }), `cluster.electionTimeout: ${RANGE_RULE}`],
  ['an election timeout that is a number', cluster({ electionTimeout: 150 }), `cluster.electionTimeout: ${RANGE_RULE}`],
  ['an election timeout of one number', cluster({ electionTimeout: [150] }), `cluster.electionTimeout: ${RANGE_RULE}`],
  ['an election timeout of 0', cluster({ electionTimeout: [0, 300] }), 'cluster.electionTimeout[0]: expected an integer from 1 to 86400000'],
  ['a heartbeat interval of 0', cluster({ heartbeatInterval: 0 }), 'cluster.heartbeatInterval: expected an integer from 1 to 86400000'],
  ['preVote as text', cluster({ preVote: 'yes' }), 'cluster.preVote: expected true or false'],
  ['a negative snapshotEntries', cluster({ snapshotEntries: -1 }), 'cluster.snapshotEntries: expected an integer from 0 to 1000000'],
  ['an unknown bug', cluster({ bugs: ['forget-votes'] }), 'cluster.bugs[0]: unknown bug "forget-votes"'],
  ['a bug listed twice', cluster({ bugs: ['forget-vote', 'forget-vote'] }), 'cluster.bugs[1]: "forget-vote" is listed twice'],
  ['a misspelled cluster field', cluster({ electionTimout: [150, 300] }), 'cluster.electionTimout: unknown field'],
  ['a loss above 1', change({ network: { loss: 1.5 } }), 'network.loss: expected a number from 0 to 1'],
  ['a negative latency', change({ network: { latency: [-1, 5] } }), 'network.latency[0]: expected an integer from 0 to 86400000'],
  ['a misspelled network field', change({ network: { lattency: [1, 2] } }), 'network.lattency: unknown field'],
  ['a negative until', change({ until: -1 }), `until: ${TIME_RULE}`],
  ['a name of 257 characters', change({ name: 'x'.repeat(257) }), 'name: longer than 256 characters'],
  ['a name of 257 Chinese characters', change({ name: { 'zh-CN': '领'.repeat(257) } }), 'name.zh-CN: longer than 256 characters'],
  ['a name with no language', change({ name: {} }), 'name: expected at least one language'],
  ['a name keyed by a language name', change({ name: { english: 'x' } }), 'name.english: "english" is not a language tag such as "en" or "zh-CN"'],
  ['a description in a language that is a number', change({ description: { en: 5 } }), 'description.en: expected a string'],
  ['a null description', change({ description: null }), 'description: expected a string or an object with one string per language'],
  ['a description of 2001 characters', change({ description: 'd'.repeat(2001) }), 'description: longer than 2000 characters'],
  ['steps that are an object', change({ steps: {} }), 'steps: expected a list of steps'],
  ['10001 steps', change({ steps: Array.from({ length: 10_001 }, () => ok(0)) }), 'steps: more than 10000 steps'],
  ['a step that is a string', withSteps('crash n1'), 'steps[0]: expected an object'],
  ['a misspelled step', withSteps({ at: 0, do: 'crsh', node: 'n1' }), 'steps[0].do: unknown step "crsh"'],
  ['a step without a time', withSteps({ do: 'heal' }), 'steps[0].at: missing'],
  ['a negative time', withSteps({ at: -5, do: 'heal' }), `steps[0].at: ${TIME_RULE}`],
  ['a fractional time', withSteps({ at: 1.5, do: 'heal' }), `steps[0].at: ${TIME_RULE}`],
  ['an unknown node', withSteps(ok(0), ok(1), ok(2), { at: 3, do: 'crash', node: 'n9' }), 'steps[3].node: unknown node "n9" (nodes are n1, n2, n3)'],
  ['a crash without a node', withSteps({ at: 0, do: 'crash' }), 'steps[0].node: missing'],
  ['a misspelled step field', withSteps({ at: 0, do: 'crash', nod: 'n1' }), 'steps[0].nod: unknown field'],
  ['a field the step does not take', withSteps({ at: 0, do: 'heal', node: 'n1' }), 'steps[0].node: unknown field'],
  ['restarting "leader"', withSteps({ at: 0, do: 'restart', node: 'leader' }), 'steps[0].node: restart needs a node id; "leader" is not allowed here'],
  ['a timeout of "leader"', withSteps({ at: 0, do: 'timeout', node: 'leader' }), 'steps[0].node: timeout needs a node id; "leader" is not allowed here'],
  ['a transfer to "leader"', withSteps({ at: 0, do: 'transfer', to: 'leader' }), 'steps[0].to: transfer needs a node id; "leader" is not allowed here'],
  ['a node in two groups', withSteps({ at: 0, do: 'partition', groups: [['n1', 'n2'], ['n1', 'n3']] }), 'steps[0].groups[1][0]: "n1" is already in groups[0]'],
  ['a group that is not a list', withSteps({ at: 0, do: 'partition', groups: ['n1'] }), 'steps[0].groups[0]: expected a list of node ids'],
  ['a link from a node to itself', withSteps({ at: 0, do: 'link', from: 'n1', to: 'n1', state: 'down' }), 'steps[0].to: a link joins two different nodes; from and to are both "n1"'],
  ['a link state "off"', withSteps({ at: 0, do: 'link', from: 'n1', to: 'n2', state: 'off' }), 'steps[0].state: expected "up" or "down"'],
  ['a loss rate of 2', withSteps({ at: 0, do: 'loss', rate: 2 }), 'steps[0].rate: expected a number from 0 to 1'],
  ['an upper-case client id', withSteps({ at: 0, do: 'client-crash', client: 'C1' }), `steps[0].client: "C1" does not match ${ID_RULE}`],
  ['a narration pause as text', withSteps({ at: 0, do: 'narrate', text: 'hi', pause: 'yes' }), 'steps[0].pause: expected true or false'],
  ['adding a node the cluster has', withSteps({ at: 0, do: 'add-node', node: 'n2' }), 'steps[0].node: "n2" is already a node of this scenario; add-node needs a new id'],
  [
    'a step naming a node added only later (reported at its written index)',
    withSteps({ at: 2000, do: 'add-node', node: 'n4' }, { at: 1000, do: 'crash', node: 'n4' }),
    'steps[1].node: unknown node "n4" (nodes are n1, n2, n3)',
  ],
  ['an unknown op field', withSteps(ok(0), ok(1), clientStep({ type: 'put', key: 'a', value: '1', foo: 1 })), 'steps[2].op.foo: unknown field'],
  ['a null op', withSteps(clientStep(null)), 'steps[0].op: expected an object'],
  ['an unknown op type', withSteps(clientStep({ type: 'puts', key: 'a' })), 'steps[0].op.type: unknown operation "puts"'],
  ['a key of 257 characters', withSteps(clientStep({ type: 'get', key: 'k'.repeat(257) })), 'steps[0].op.key: longer than 256 characters'],
  ['a put without a value', withSteps(clientStep({ type: 'put', key: 'a' })), 'steps[0].op.value: missing'],
  ['a lease id of 0', withSteps(clientStep({ type: 'put', key: 'a', value: '1', lease: 0 })), 'steps[0].op.lease: expected a lease id: a positive integer below 2^53'],
  ['a lease id of 2^53', withSteps(clientStep({ type: 'lease-revoke', id: 2 ** 53 })), 'steps[0].op.id: expected a lease id: a positive integer below 2^53'],
  ['a fractional ttl', withSteps(clientStep({ type: 'lease-grant', ttl: 1.5 })), 'steps[0].op.ttl: expected an integer'],
  ['both rangeEnd and prefix', withSteps(clientStep({ type: 'get', key: 'a', rangeEnd: 'b', prefix: true })), 'steps[0].op: rangeEnd and prefix cannot both be given'],
  ['an unknown sort order', withSteps(clientStep({ type: 'get', key: 'a', sortOrder: 'up' })), 'steps[0].op.sortOrder: expected one of "none", "ascend", "descend"'],
  [
    'an unknown compare target',
    withSteps(clientStep(txn({ compare: [{ key: 'a', target: 'modified', result: '=', value: 1 }] }))),
    'steps[0].op.compare[0].target: expected one of "create", "mod", "version", "value"',
  ],
  ['an unknown compare result', withSteps(clientStep(txn({ compare: [{ key: 'a', target: 'mod', result: '==', value: 1 }] }))), 'steps[0].op.compare[0].result: expected one of "=", "!=", "<", ">"'],
  ['a mod revision compared with text', withSteps(clientStep(txn({ compare: [{ key: 'a', target: 'mod', result: '=', value: '1' }] }))), 'steps[0].op.compare[0].value: expected a number: target "mod" compares revisions'],
  ['a value compared with a number', withSteps(clientStep(txn({ compare: [{ key: 'a', target: 'value', result: '=', value: 1 }] }))), 'steps[0].op.compare[0].value: expected a string: target "value" compares values'],
  ['a lease grant inside a txn', withSteps(clientStep(txn({ success: [{ type: 'lease-grant', ttl: 5 }] }))), 'steps[0].op.success[0].type: a txn may hold only put, get, delete, txn'],
  ['a fractional version compared', withSteps(clientStep(txn({ compare: [{ key: 'a', target: 'version', result: '>', value: 0.5 }] }))), 'steps[0].op.compare[0].value: expected an integer'],
  ['a txn without failure', withSteps(clientStep({ type: 'txn', compare: [], success: [] })), 'steps[0].op.failure: missing'],
  ['an etcdctl step with neither line nor interrupt', withSteps({ at: 1, do: 'etcdctl' }), 'steps[0].line: an etcdctl step needs a line (the command typed, without "etcdctl") or interrupt: true'],
  ['an etcdctl step with both line and interrupt', withSteps({ at: 1, do: 'etcdctl', line: 'get a', interrupt: true }), 'steps[0].line: an etcdctl step has either a line or interrupt: true, not both'],
  ['an etcdctl step on an unknown endpoint', withSteps({ at: 1, do: 'etcdctl', line: 'get a', node: 'n9' }), 'steps[0].node: unknown node "n9" (nodes are n1, n2, n3)'],
  ['an etcdctl line too long', withSteps({ at: 1, do: 'etcdctl', line: 'x'.repeat(2001) }), 'steps[0].line: longer than 2000 characters'],
  ['a misspelled etcdctl field', withSteps({ at: 1, do: 'etcdctl', command: 'get a' }), 'steps[0].command: unknown field'],
  ['txns nested too deep', withSteps(clientStep(nestedTxn(8))), `steps[0].op${'.success[0]'.repeat(9)}: txns nested more than 8 deep`],
];

describe('parseScenario refuses invalid input with one line naming the field', () => {
  it.each(CASES)('%s', (_what, input, expected) => {
    expect(parseScenario(input)).toEqual({ ok: false, error: expected });
  });

  it('treats an own "__proto__" key (as JSON.parse makes it) as an unknown field', () => {
    const result = parseScenarioJson('{"version": 1, "seed": 1, "cluster": {"nodes": ["n1"]}, "__proto__": {"until": 5}}');
    expect(result).toEqual({ ok: false, error: '__proto__: unknown field' });
    const inCluster = parseScenarioJson('{"version": 1, "seed": 1, "cluster": {"nodes": ["n1"], "constructor": 1}}');
    expect(inCluster).toEqual({ ok: false, error: 'cluster.constructor: unknown field' });
    const asLanguage = parseScenarioJson('{"version": 1, "seed": 1, "name": {"__proto__": "x"}, "cluster": {"nodes": ["n1"]}}');
    expect(asLanguage).toEqual({ ok: false, error: 'name.__proto__: "__proto__" is not a language tag such as "en" or "zh-CN"' });
  });

  it('reads only own fields, never inherited ones', () => {
    const inherited = Object.create({ version: 1, seed: 1, cluster: { nodes: ['n1'] } }) as object;
    expect(parseScenario(inherited)).toEqual({ ok: false, error: 'version: missing' });
  });
});
