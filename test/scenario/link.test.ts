import { describe, expect, it } from 'vitest';
import { defaultScenario, makeScenario } from '../../src/scenario';
import { decodeLink, encodeLink, fromBase64Url, toBase64Url, MAX_LINK_JSON_BYTES } from '../../src/scenario/link';
import { fuzzScenario } from '../../src/scenario/fuzz';
import type { Step } from '../../src/sim/scenario-types';
import { deflateSync, strToU8 } from 'fflate';
import { Rng } from '../../src/sim/prng';

describe('share link codec', () => {
  it('round-trips scenarios exactly, with time and view', () => {
    for (const s of [defaultScenario(), makeScenario({ cluster: { nodes: ['a', 'b', 'c'], preVote: false, bugs: ['forget-vote'] } }), fuzzScenario(3, { nodes: 9, clients: true }).scenario]) {
      const decoded = decodeLink(encodeLink(s, { time: 1234, view: { node: 'n2' } }));
      expect(decoded).toEqual({ ok: true, scenario: s, time: 1234, view: { node: 'n2' } });
    }
  });

  it('a 200-action scenario fits in about 2,000 characters', () => {
    const nodes = ['n1', 'n2', 'n3', 'n4', 'n5'];
    const steps: Step[] = [];
    const rng = new Rng(9, 'link-test');
    let at = 0;
    for (let i = 0; i < 200; i++) {
      at += rng.int(20, 900); // irregular, as a person clicking
      const k = i % 5;
      if (k === 0) steps.push({ at, do: 'client', client: `c${i % 3}`, op: { type: 'put', key: `k${rng.int(0, 20)}`, value: `v${rng.int(0, 9999)}` } });
      else if (k === 1) steps.push({ at, do: 'crash', node: nodes[i % 5] as string });
      else if (k === 2) steps.push({ at, do: 'restart', node: nodes[(i - 1) % 5] as string });
      else if (k === 3) steps.push({ at, do: 'client', client: 'c1', op: { type: 'get', key: `k${i % 7}` } });
      else steps.push({ at, do: 'link', from: nodes[i % 5] as string, to: nodes[(i + 1) % 5] as string, state: i % 2 ? 'down' : 'up' });
    }
    const s = makeScenario({ cluster: { nodes }, until: 200_000, steps });
    const link = encodeLink(s);
    expect(link.length).toBeLessThanOrEqual(2000);
    expect(decodeLink(link)).toMatchObject({ ok: true, scenario: s });
  });

  it('names the problem with a truncated, corrupted, future or oversized link', () => {
    const good = encodeLink(defaultScenario());
    const cases: [string, RegExp][] = [
      ['', /empty/],
      [good.slice(0, good.length - 12), /cut short|damaged/],
      [good.slice(0, 40) + '!!' + good.slice(42), /characters/],
      ['2' + good.slice(1), /newer Raft Explorer/],
      ['x' + good.slice(1), /format version/],
      ['1' + toBase64Url(deflateSync(strToU8('{"s":{"D":"x"}}'))), /damaged|invalid/],
    ];
    for (const [data, message] of cases) {
      const r = decodeLink(data);
      expect(r.ok, data.slice(0, 20)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('refuses a link that decompresses beyond the cap (a zip bomb)', async () => {
    const { LINK_DICTIONARY } = await import('../../src/scenario/link-dictionary');
    const huge = '{"s":{"A":"' + 'a'.repeat(MAX_LINK_JSON_BYTES + 10) + '"}}';
    const data = '1' + toBase64Url(deflateSync(strToU8(huge), { level: 9, dictionary: strToU8(LINK_DICTIONARY) }));
    expect(data.length).toBeLessThan(10_000);
    const r = decodeLink(data);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/too large/);
  });

  it('reports an invalid scenario with the field that is wrong', () => {
    const s = makeScenario({});
    const broken = { ...s, cluster: { ...s.cluster, nodes: ['N1'] } };
    const r = decodeLink(encodeLink(broken as never));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/cluster.nodes\[0\]/);
  });

  it('base64url round-trips every length', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37 + n) & 255);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
  });
});
