// A console session is part of the scenario and replays exactly (issue 9): typed lines are
// etcdctl steps; opening the session's link (its scenario, through the link format) prints
// the same transcript at the same virtual times, issues no step twice and gives the same
// trace; time travel neither repeats nor loses lines; acting in the past rebuilds it.

import { describe, expect, it } from 'vitest';
import { followWithConsole } from '../../src/cli/etcdctl';
import { makeScenario } from '../../src/scenario';
import { decodeLink, encodeLink } from '../../src/scenario/link';
import { createSimulation } from '../../src/sim/run';
import type { Scenario } from '../../src/sim/scenario-types';
import type { ConsoleLine } from '../../src/protocol';
import { WorkerConsole } from '../../src/worker/console';
import { Session } from '../../src/worker/session';
import { keptLines } from '../../src/ui/views/console/console-store';

/** A session with its console, collecting the transcript as the page would. */
class Page {
  readonly session: Session;
  readonly console: WorkerConsole;
  lines: ConsoleLine[] = [];

  constructor(scenario: Scenario) {
    this.session = new Session(scenario);
    this.console = new WorkerConsole(() => this.session);
  }

  /** Takes the console's message, as a frame does. */
  flush(): void {
    const out = this.console.output();
    if (!out) return;
    this.lines = [...keptLines(this.lines, out), ...out.lines];
  }

  type(line: string, endpoint?: string, client = 'etcdctl'): void {
    this.console.run({ type: 'console', line, client, ...(endpoint ? { endpoint } : {}) });
    this.flush();
  }

  runTo(t: number): void {
    this.session.runTo(t, false);
    this.flush();
  }

  text(): string[] {
    return this.lines.map((l) => `${l.t} ${l.kind} ${l.text}`);
  }
}

const BASE = makeScenario({ name: 'console', seed: 7, cluster: { nodes: ['n1', 'n2', 'n3'] }, until: 20_000 });

/** A live session touching every kind of console work: requests, streams, a txn, Ctrl+C. */
function liveSession(): Page {
  const page = new Page(BASE);
  page.runTo(1500);
  page.type('put foo bar');
  page.type('watch foo --prev-kv');
  page.type('get foo -w json');
  page.type('lease grant 30');
  page.runTo(3000);
  page.type('put foo baz --lease=f4241', 'n2');
  page.type('member list -w table');
  page.type('txn -i');
  page.type('value("foo") = "baz"');
  page.type('');
  page.type('put won yes');
  page.type('');
  page.type('');
  page.type('elect ring alice');
  page.type('lease keep-alive f4241');
  page.runTo(6000);
  page.console.stop('etcdctl');
  page.flush();
  page.type('endpoint status --cluster');
  page.type('get ring --prefix --keys-only');
  page.runTo(8000);
  return page;
}

function shared(scenario: Scenario): Scenario {
  const link = decodeLink(encodeLink(scenario));
  if (!link.ok) throw new Error(link.error);
  return link.scenario;
}

describe('a console session replays from its link', () => {
  const live = liveSession();
  const scenario = live.session.scenario();

  it('records each typed line as an etcdctl step, and its effects as client steps', () => {
    const typed = scenario.steps.filter((s) => s.do === 'etcdctl');
    expect(typed).toHaveLength(17);
    expect(typed[4]).toMatchObject({ do: 'etcdctl', client: 'etcdctl', line: 'put foo baz --lease=f4241', node: 'n2' });
    expect(typed.some((s) => 'interrupt' in s)).toBe(true);
    expect(live.text()).toContain('1501 in $ etcdctl put foo bar');
    expect(live.text().filter((l) => l.includes(' out OK')).length).toBeGreaterThanOrEqual(2);
  });

  it('prints the same transcript at the same times, issues nothing twice, and runs the same trace', () => {
    const replay = new Page(shared(scenario));
    replay.runTo(8000);
    expect(replay.text()).toEqual(live.text());
    expect(replay.session.scenario().steps).toHaveLength(scenario.steps.length);
    expect(replay.session.sim.recorder.toJsonl()).toBe(live.session.sim.recorder.toJsonl());
  });

  it('runs the same headless: `sim run` follows the etcdctl steps without adding any', () => {
    const sim = createSimulation(shared(scenario), { trace: true });
    followWithConsole(sim);
    sim.runUntil(8000);
    expect(sim.scenario.steps).toHaveLength(scenario.steps.length);
    expect(sim.recorder.toJsonl()).toBe(live.session.sim.recorder.toJsonl());
  });

  it('neither repeats nor loses lines when seeking back and playing on', () => {
    const replay = new Page(shared(scenario));
    replay.runTo(8000);
    const whole = replay.text();
    replay.session.seek(2000);
    replay.flush();
    replay.runTo(8000);
    expect(replay.text()).toEqual(whole);
  });

  it('reloading at a time restores the transcript up to it', () => {
    const reload = new Page(BASE);
    reload.session.load(shared(scenario), 4000);
    reload.flush();
    expect(reload.text()).toEqual(live.text().filter((l) => Number(l.split(' ')[0]) <= 4000));
  });

  it('typing in the past forks: the transcript up to then stays, later lines go, the new line runs', () => {
    const page = new Page(shared(scenario));
    page.runTo(8000);
    const before = page.text().filter((l) => Number(l.split(' ')[0]) <= 2000);
    page.session.seek(2000);
    page.flush();
    page.type('get foo --print-value-only');
    expect(page.text().slice(0, before.length)).toEqual(before);
    expect(page.text().slice(before.length)).toEqual(['2001 in $ etcdctl get foo --print-value-only', expect.stringMatching(/^20\d\d out bar$/)]);
    page.runTo(8000);
    expect(page.text().some((l) => l.includes('baz'))).toBe(false);
    // The watch typed before the fork still streams after it.
    page.type('put foo again');
    expect(page.text().slice(-7)).toEqual(['8001 in $ etcdctl put foo again', '8035 out PUT', '8035 out foo', '8035 out bar', '8035 out foo', '8035 out again', '8035 out OK']);
  });
});

describe('a console session typed at the front of a story', () => {
  it('takes its place among the story\'s later steps and replays the same', () => {
    const story: Scenario = { ...BASE, steps: [{ at: 7000, do: 'narrate', text: 'later' }] };
    const live = new Page(story);
    live.runTo(1500);
    live.type('watch k');
    live.type('put k 1');
    live.type('health');
    live.type('endpoint health --cluster');
    live.runTo(8000);
    const steps = live.session.scenario().steps;
    expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort((a, b) => a - b));
    expect(steps.at(-1)).toMatchObject({ do: 'narrate' });
    const replay = new Page(shared(live.session.scenario()));
    replay.runTo(8000);
    expect(replay.text()).toEqual(live.text());
    expect(replay.session.scenario().steps).toHaveLength(steps.length);
    expect(replay.session.sim.recorder.toJsonl()).toBe(live.session.sim.recorder.toJsonl());
  });
});

describe('the console across a fork it was idle for', () => {
  it('keeps its lines up to the fork and drops the later ones', () => {
    const page = new Page(BASE);
    page.runTo(1500);
    page.type('put a 1');
    page.runTo(3000);
    page.type('');
    page.runTo(4000);
    page.session.seek(2000);
    page.session.act({ do: 'crash', node: 'n3' });
    page.flush();
    expect(page.text().map((l) => l.split(' ').slice(1).join(' '))).toEqual(['in $ etcdctl put a 1', 'out OK']);
    page.type('get a --print-value-only');
    expect(page.text().slice(-1)[0]).toMatch(/^20\d\d out 1$/);
  });
});

describe('several clients at one console', () => {
  it('a stream belongs to the client that started it; Tab changes nothing the run depends on', () => {
    const page = new Page(BASE);
    page.runTo(1500);
    page.type('watch job --prefix', undefined, 'alice');
    page.type('lease grant 3', undefined, 'alice');
    page.type('lease keep-alive f4241', undefined, 'alice');
    expect(page.console.complete('get j', 'n2')).toEqual([]);
    page.type('put job/1 x', undefined, 'bob');
    page.runTo(4000);
    const out = page.text().map((l) => l.split(' ').slice(1).join(' '));
    expect(out).toEqual(expect.arrayContaining(['out PUT', 'out job/1', 'out x']));
    const renewals = page.session.scenario().steps.filter((s) => s.do === 'client' && s.op.type === 'lease-keepalive');
    expect(renewals.length).toBeGreaterThan(2);
    expect(renewals.every((s) => s.do === 'client' && s.client === 'alice')).toBe(true);
    const replay = new Page(shared(page.session.scenario()));
    replay.runTo(4000);
    expect(replay.text()).toEqual(page.text());
  });
});

describe('console lines written into a scenario by hand', () => {
  it('run in the page and headless alike, their client steps added as they go', () => {
    const written: Scenario = {
      ...BASE,
      until: 5000,
      steps: [
        { at: 1500, do: 'etcdctl', client: 'etcdctl', line: 'put greeting hello' },
        { at: 2000, do: 'etcdctl', client: 'etcdctl', line: 'get greeting -w fields', node: 'n3' },
      ],
    };
    const page = new Page(written);
    page.runTo(5000);
    expect(page.text().map((l) => l.replace(/^\d+ /, ''))).toEqual(expect.arrayContaining(['in $ etcdctl put greeting hello', 'out OK', '"Key" : "greeting"', '"Value" : "hello"'].map((x) => (x.startsWith('"') ? `out ${x}` : x))));
    const sim = createSimulation(structuredClone(written), { trace: true });
    followWithConsole(sim);
    sim.runUntil(5000);
    expect(sim.recorder.toJsonl()).toBe(page.session.sim.recorder.toJsonl());
  });
});
