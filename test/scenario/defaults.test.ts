import { describe, expect, it } from 'vitest';
import { defaultScenario, localizedText, makeScenario, parseScenario, scenarioToJson } from '../../src/scenario';

describe('localizedText', () => {
  const both = { en: 'Leader crash', 'zh-CN': '领导者宕机' };

  it('shows a plain string in every language', () => {
    expect(localizedText('n3 leads', 'zh-CN')).toBe('n3 leads');
  });

  it('picks the language, else English, else any language it has', () => {
    expect(localizedText(both, 'zh-CN')).toBe('领导者宕机');
    expect(localizedText(both, 'en')).toBe('Leader crash');
    expect(localizedText(both, 'fr')).toBe('Leader crash');
    expect(localizedText({ 'zh-CN': '只有中文' }, 'en')).toBe('只有中文');
  });

  it('never takes an inherited property for a language', () => {
    expect(localizedText(both, 'constructor')).toBe('Leader crash');
    expect(localizedText({ 'zh-CN': 'x' }, '__proto__')).toBe('x');
  });

  it('gives the empty string for absent text', () => {
    expect(localizedText(undefined, 'en')).toBe('');
    expect(localizedText({}, 'en')).toBe('');
  });
});

describe('defaultScenario', () => {
  it('is a valid, canonical, healthy five-node cluster with seed 1', () => {
    const scenario = defaultScenario();
    expect(parseScenario(scenario)).toEqual({ ok: true, scenario });
    expect(scenario.seed).toBe(1);
    expect(scenario.cluster.nodes).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(scenario.cluster.bugs).toEqual([]);
    expect(scenario.steps.some((s) => s.do === 'crash' || s.do === 'partition' || s.do === 'isolate')).toBe(false);
  });

  it('speaks both languages, as every built-in does', () => {
    const scenario = defaultScenario();
    const texts = [scenario.name, scenario.description, ...scenario.steps.flatMap((s) => (s.do === 'narrate' ? [s.text] : []))];
    for (const text of texts) expect(Object.keys(text ?? {}).sort()).toEqual(['en', 'zh-CN']);
  });

  it('is a fresh object on every call', () => {
    const first = defaultScenario();
    first.cluster.nodes.pop();
    expect(defaultScenario().cluster.nodes).toHaveLength(5);
    expect(scenarioToJson(defaultScenario())).toBe(scenarioToJson(defaultScenario()));
  });
});

describe('makeScenario', () => {
  it('fills three nodes, seed 1 and the defaults', () => {
    expect(makeScenario()).toMatchObject({ version: 1, seed: 1, cluster: { nodes: ['n1', 'n2', 'n3'], heartbeatInterval: 50 }, until: 10000, steps: [] });
  });

  it('merges cluster and network overrides into the defaults', () => {
    const scenario = makeScenario({ seed: 9, cluster: { bugs: ['forget-vote'] }, network: { loss: 0.1 }, steps: [{ at: 5, do: 'heal' }] });
    expect(scenario.cluster).toMatchObject({ nodes: ['n1', 'n2', 'n3'], bugs: ['forget-vote'] });
    expect(scenario.network).toEqual({ latency: [5, 15], loss: 0.1 });
    expect(scenario.steps).toEqual([{ at: 5, do: 'heal' }]);
  });

  it('throws with the validation error when the result is invalid', () => {
    expect(() => makeScenario({ steps: [{ at: 0, do: 'crash', node: 'n7' }] })).toThrow('makeScenario: steps[0].node: unknown node "n7" (nodes are n1, n2, n3)');
  });
});
