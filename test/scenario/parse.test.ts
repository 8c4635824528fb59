import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioJson, scenarioToJson } from '../../src/scenario';
import type { Scenario } from '../../src/sim/scenario-types';
import { SCENARIO_MD_EXAMPLE, clientStep, minimal, nestedTxn, withSteps } from './examples';

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

function valid(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.error);
  return result.scenario;
}

describe('parseScenario accepts what SCENARIO.md defines', () => {
  it('parses the example of SCENARIO.md unchanged', () => {
    expect(valid(SCENARIO_MD_EXAMPLE)).toEqual(SCENARIO_MD_EXAMPLE);
  });

  it('fills every default SCENARIO.md lists, and names an untitled scenario', () => {
    expect(valid(minimal())).toEqual({
      version: 1,
      name: 'Untitled scenario',
      seed: 7,
      cluster: { nodes: ['n1', 'n2', 'n3'], electionTimeout: [150, 300], heartbeatInterval: 50, preVote: true, checkQuorum: true, snapshotEntries: 1000, bugs: [] },
      network: { latency: [5, 15], loss: 0 },
      until: 10000,
      steps: [],
    });
  });

  it('fills defaults inside a partly given section', () => {
    const scenario = valid({ ...minimal(), network: { loss: 0.25 }, cluster: { nodes: ['a'], preVote: false } });
    expect(scenario.network).toEqual({ latency: [5, 15], loss: 0.25 });
    expect(scenario.cluster).toMatchObject({ nodes: ['a'], preVote: false, checkQuorum: true, electionTimeout: [150, 300] });
  });

  it('returns a fresh object that shares nothing with the input or with other results', () => {
    const input = structuredClone(SCENARIO_MD_EXAMPLE);
    const first = valid(input);
    first.cluster.nodes.push('n9');
    first.cluster.electionTimeout[0] = 1;
    expect(input.cluster.nodes).toHaveLength(5);
    const a = valid(minimal());
    a.cluster.electionTimeout[1] = 999;
    a.network.latency[0] = 999;
    a.cluster.bugs.push('forget-vote');
    const b = valid(minimal());
    expect(b.cluster.electionTimeout).toEqual([150, 300]);
    expect(b.network.latency).toEqual([5, 15]);
    expect(b.cluster.bugs).toEqual([]);
  });

  it('writes keys in one canonical order whatever order the input has', () => {
    const scrambled = {
      steps: [{ node: 'n1', do: 'crash', at: 5 }, { op: { value: 'v', key: 'k', type: 'put' }, client: 'c1', do: 'client', at: 6 }],
      until: 100,
      cluster: { bugs: ['stale-leader-read', 'forget-vote'], nodes: ['n1'], heartbeatInterval: 10 },
      seed: 3,
      name: { 'zh-CN': '名字', en: 'Name' },
      version: 1,
    };
    expect(JSON.stringify(valid(scrambled))).toBe(
      '{"version":1,"name":{"en":"Name","zh-CN":"名字"},"seed":3,' +
        '"cluster":{"nodes":["n1"],"electionTimeout":[150,300],"heartbeatInterval":10,"preVote":true,"checkQuorum":true,"snapshotEntries":1000,"bugs":["forget-vote","stale-leader-read"]},' +
        '"network":{"latency":[5,15],"loss":0},"until":100,' +
        '"steps":[{"at":5,"do":"crash","node":"n1"},{"at":6,"do":"client","client":"c1","op":{"type":"put","key":"k","value":"v"}}]}',
    );
  });

  it('sorts steps by time, keeping the written order of steps at the same time', () => {
    const steps = [
      { at: 300, do: 'narrate', text: 'c' },
      { at: 100, do: 'narrate', text: 'a' },
      { at: 300, do: 'narrate', text: 'd' },
      { at: 100, do: 'narrate', text: 'b' },
      { at: 0, do: 'heal' },
    ];
    const sorted = valid(withSteps(...steps)).steps;
    expect(sorted.map((s) => (s.do === 'narrate' ? s.text : s.do))).toEqual(['heal', 'a', 'b', 'c', 'd']);
  });

  it('keeps a step after `until`: valid, it simply never runs', () => {
    expect(valid({ ...withSteps({ at: 5000, do: 'heal' }), until: 1000 }).steps).toEqual([{ at: 5000, do: 'heal' }]);
  });

  it('reads console lines (an extension): the client defaults to etcdctl, Ctrl+C is interrupt', () => {
    const steps = [
      { at: 10, do: 'etcdctl', line: 'put a 1' },
      { at: 20, do: 'etcdctl', client: 'ops', line: 'get a -w json', node: 'n2' },
      { at: 30, do: 'etcdctl', interrupt: true },
    ];
    expect(valid(withSteps(...steps)).steps).toEqual([
      { at: 10, do: 'etcdctl', client: 'etcdctl', line: 'put a 1' },
      { at: 20, do: 'etcdctl', client: 'ops', line: 'get a -w json', node: 'n2' },
      { at: 30, do: 'etcdctl', client: 'etcdctl', interrupt: true },
    ]);
  });

  it('accepts "leader" where the current leader is a sensible target', () => {
    const steps = [
      { at: 0, do: 'crash', node: 'leader' },
      { at: 0, do: 'isolate', node: 'leader' },
      { at: 0, do: 'remove-node', node: 'leader' },
      { ...clientStep({ type: 'get', key: 'a' }), node: 'leader' },
    ];
    expect(valid(withSteps(...steps)).steps).toEqual(steps);
  });

  it('lets later steps name a node an earlier add-node introduced', () => {
    const steps = [
      { at: 10, do: 'add-node', node: 'n4', learner: true },
      { at: 10, do: 'promote', node: 'n4' },
      { at: 20, do: 'link', from: 'n4', to: 'n1', state: 'down' },
      { at: 30, do: 'partition', groups: [['n4'], [], ['n1', 'n2']] },
      { at: 40, do: 'transfer', to: 'n4' },
      { at: 50, do: 'remove-node', node: 'n4' },
      { at: 60, do: 'restart', node: 'n4' },
      { at: 70, do: 'timeout', node: 'n4' },
    ];
    expect(valid(withSteps(...steps)).steps).toEqual(steps);
  });

  it('accepts what etcd answers at run time: the empty key, ttl <= 0, any revision', () => {
    const ops = [
      { type: 'put', key: '', value: '' },
      { type: 'lease-grant', ttl: 0 },
      { type: 'lease-grant', ttl: -5, id: 9 },
      { type: 'get', key: 'a', revision: -1 },
      { type: 'compact', revision: 0 },
      { type: 'campaign', election: 'e', value: 'v', ttl: -1 },
    ];
    expect(valid(withSteps(...ops.map((op) => clientStep(op)))).steps.map((s) => (s.do === 'client' ? s.op : null))).toEqual(ops);
  });

  it('accepts every client op, with the console extensions and nested txns', () => {
    const ops = [
      { type: 'put', key: 'k', value: 'v', lease: 2 ** 53 - 1, prevKv: true, ignoreValue: false, ignoreLease: false },
      {
        type: 'get', key: 'a', rangeEnd: 'z', prefix: false, revision: 3, serializable: true, limit: 10, sortTarget: 'mod', sortOrder: 'descend',
        keysOnly: false, countOnly: true, minModRevision: 1, maxModRevision: 9, minCreateRevision: 1, maxCreateRevision: 9,
      },
      { type: 'delete', key: 'a', prefix: true, prevKv: true },
      {
        type: 'txn',
        compare: [{ key: 'a', target: 'value', result: '!=', value: 'x' }, { key: 'a', target: 'mod', result: '<', value: 4, rangeEnd: 'b' }],
        success: [{ type: 'put', key: 'a', value: 'y' }, nestedTxn(6)],
        failure: [{ type: 'get', key: 'a' }, { type: 'delete', key: 'a' }],
      },
      { type: 'lease-revoke', id: 1 },
      { type: 'lease-keepalive', id: 1 },
      { type: 'watch', key: 'a', prefix: true, startRevision: 2, prevKv: true },
      { type: 'watch', key: 'a', rangeEnd: '\u0000' },
      { type: 'campaign', election: 'e', value: 'n1' },
      { type: 'resign', election: 'e' },
      { type: 'compact', revision: 5 },
    ];
    const scenario = valid(withSteps(...ops.map((op) => clientStep(op)), { at: 1, do: 'client-crash', client: 'c1' }));
    expect(scenario.steps.slice(0, ops.length).map((s) => (s.do === 'client' ? s.op : null))).toEqual(ops);
  });

  it('treats undefined fields as absent and turns -0 into 0', () => {
    const scenario = valid({ ...minimal(), description: undefined, seed: -0, steps: [{ at: -0, do: 'loss', rate: -0 }] });
    expect('description' in scenario).toBe(false);
    expect(Object.is(scenario.seed, 0)).toBe(true);
    expect(scenarioToJson(scenario)).toContain('"steps":[{"at":0,"do":"loss","rate":0}]');
    expect(Object.is((scenario.steps[0] as { rate: number }).rate, 0)).toBe(true);
  });

  it('counts characters, not UTF-16 units: 256 emoji make a valid name', () => {
    expect(valid({ ...minimal(), name: '🙂'.repeat(256) }).name).toHaveLength(512);
  });
});

describe('parseScenarioJson', () => {
  it('parses JSON text, with or without a byte order mark', () => {
    const text = JSON.stringify(SCENARIO_MD_EXAMPLE);
    expect(parseScenarioJson(text)).toEqual({ ok: true, scenario: SCENARIO_MD_EXAMPLE });
    expect(parseScenarioJson(`\uFEFF${text}`)).toEqual({ ok: true, scenario: SCENARIO_MD_EXAMPLE });
  });

  it('reports a syntax error on one line, with the line and column', () => {
    const result = parseScenarioJson('{\n  "version": 1,\n  "seed": 1,,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^JSON: .*line 3,? column 13/);
    expect(result.error).not.toContain('\n');
  });

  it('names empty, non-text and oversized input', () => {
    expect(parseScenarioJson('  \n')).toEqual({ ok: false, error: 'JSON: the text is empty' });
    expect(parseScenarioJson(42 as unknown as string)).toEqual({ ok: false, error: 'JSON: expected text' });
    expect(parseScenarioJson(' '.repeat(10_000_001))).toEqual({ ok: false, error: 'JSON: longer than 10000000 characters' });
  });

  it('validates what it parsed', () => {
    expect(parseScenarioJson('{"version": 1, "seed": 1, "cluster": {"nodes": ["n1"]}, "until": "soon"}')).toEqual({
      ok: false,
      error: 'until: expected an integer from 0 to 86400000',
    });
  });
});

describe('scenarioToJson', () => {
  it('gives the same text for the same scenario written in any key order', () => {
    const reversed = reverseKeys(SCENARIO_MD_EXAMPLE) as Scenario;
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(SCENARIO_MD_EXAMPLE));
    expect(scenarioToJson(reversed)).toBe(scenarioToJson(SCENARIO_MD_EXAMPLE as unknown as Scenario));
  });

  it('round-trips: parse(scenarioToJson(parse(x))) is identical', () => {
    const once = valid(SCENARIO_MD_EXAMPLE);
    const text = scenarioToJson(once);
    expect(parseScenarioJson(text)).toEqual({ ok: true, scenario: once });
    expect(scenarioToJson(valid(JSON.parse(text)))).toBe(text);
  });

  it('indents when asked', () => {
    expect(scenarioToJson(valid(minimal()), 2)).toMatch(/^\{\n {2}"version": 1,\n/);
  });

  it('throws on an invalid scenario: a bug in the caller, not user input', () => {
    expect(() => scenarioToJson({ ...valid(minimal()), seed: -1 })).toThrow('scenarioToJson: invalid scenario: seed: expected an unsigned 32-bit integer');
  });
});
