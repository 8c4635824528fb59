import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioJson, scenarioToJson, type ParseResult } from '../../src/scenario';
import { Rng } from '../../src/sim/prng';
import { garbage, mangleText, mutate, validScenario } from './generate';
import { nestedTxn, withSteps } from './examples';

/** A result is either a scenario that survives a round trip unchanged, or one error line. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    const text = scenarioToJson(result.scenario);
    expect(parseScenarioJson(text)).toEqual(result);
    expect(parseScenario(result.scenario)).toEqual(result);
  } else {
    expect(result.error).toMatch(/^\S[^\n]*: \S[^\n]*$/);
  }
}

function forEachCase(count: number, stream: string, check: (rng: Rng) => void): void {
  for (let seed = 1; seed <= count; seed++) check(new Rng(seed, stream));
}

describe('properties over seeded random input', () => {
  it('accepts every generated valid scenario, keeping its steps in time order', () => {
    forEachCase(500, 'valid', (rng) => {
      const input = validScenario(rng);
      const result = parseScenario(input);
      if (!result.ok) throw new Error(`${result.error} in ${JSON.stringify(input)}`);
      expect(result.scenario).toEqual(input);
      expectWellFormed(result);
    });
  });

  it('never throws on mutated scenarios and gives the same answer for an object and its JSON', () => {
    let accepted = 0;
    forEachCase(3000, 'mutate', (rng) => {
      let input = validScenario(rng);
      for (let n = rng.int(1, 3); n > 0; n--) input = mutate(rng, input) as Record<string, unknown>;
      const result = parseScenario(input);
      expectWellFormed(result);
      if (result.ok) accepted++;
      const text = JSON.stringify(input);
      if (text !== undefined) expect(parseScenarioJson(text)).toEqual(result);
    });
    // The mutations must exercise both outcomes, or this test proves little.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2900);
  });

  it('never throws on garbage', () => {
    forEachCase(3000, 'garbage', (rng) => {
      const result = parseScenario(garbage(rng));
      expectWellFormed(result);
    });
  });

  it('never throws on mangled JSON text', () => {
    forEachCase(2000, 'text', (rng) => {
      expectWellFormed(parseScenarioJson(mangleText(rng, JSON.stringify(validScenario(rng)))));
    });
  });
});

describe('huge and hostile input', () => {
  it('refuses a million steps before reading them', () => {
    const steps = new Array<unknown>(1_000_000).fill({ at: 0, do: 'heal' });
    expect(parseScenario({ ...withSteps(), steps })).toEqual({ ok: false, error: 'steps: more than 10000 steps' });
  });

  it('accepts 10000 steps', () => {
    const steps = Array.from({ length: 10_000 }, (_, i) => ({ at: 10_000 - i, do: 'heal' }));
    const result = parseScenario(withSteps(...steps));
    expect(result.ok && result.scenario.steps[0]).toEqual({ at: 1, do: 'heal' });
  });

  it('stops at the nesting limit instead of exhausting the stack', () => {
    const result = parseScenario(withSteps({ at: 0, do: 'client', client: 'c1', op: nestedTxn(100_000) }));
    expect(result.ok).toBe(false);
    expect(parseScenario(withSteps({ at: 0, do: 'client', client: 'c1', op: nestedTxn(7) })).ok).toBe(true);
  });

  it('turns a getter that throws into an error line', () => {
    const hostile = { version: 1, get seed(): number { throw new Error('boom\nagain'); } };
    expect(parseScenario(hostile)).toEqual({ ok: false, error: 'scenario: could not be read (boom again)' });
  });

  it('reads a proxy that claims every key without crashing', () => {
    const proxy = new Proxy({}, { get: () => 1, has: () => true, ownKeys: () => ['version', 'x'], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }) });
    expect(parseScenario(proxy)).toEqual({ ok: false, error: 'x: unknown field' });
  });
});
