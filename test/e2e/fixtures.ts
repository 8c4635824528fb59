// Shared helpers for the browser tests: fail on console errors, wait for the explorer,
import type {} from '../../src/ui/automation';
// save screenshots to screenshots/ for people to look at.
import { test as base, expect, type Page } from '@playwright/test';
import { encodeLink } from '../../src/scenario/link';
import { VISITED_KEY } from '../../src/ui/first-visit';
import { makeScenario } from '../../src/scenario';
import type { Scenario } from '../../src/sim/scenario-types';

export const test = base.extend<{ explorer: Page }>({
  explorer: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(page);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

export async function open(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await page.waitForFunction(() => window.raftExplorer !== undefined);
  await whenReady(page);
}

/**
 * Waits for raftExplorer.ready through a flag the page sets, rather than by awaiting the
 * promise over the DevTools protocol: Chromium sometimes collects the protocol's handle on
 * a still-pending promise under load ("Resulting promise was garbage collected").
 */
export async function whenReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.raftExplorer !== undefined);
  await page.evaluate(() => {
    void window.raftExplorer!.ready.then(() => document.documentElement.setAttribute('data-test-ready', '1'));
  });
  await page.waitForFunction(() => document.documentElement.getAttribute('data-test-ready') === '1');
}

/**
 * Opens the page as a returning visitor with nothing saved: the default cluster, which most
 * view tests start from. (A first visit opens the first lesson instead: ../../src/ui/first-visit.ts.)
 */
export async function openDefault(page: Page, hash = ''): Promise<void> {
  await page.addInitScript((key) => localStorage.setItem(key, '1'), VISITED_KEY);
  await open(page, hash);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: false });
}

/** Opens the page on a scenario through a share link (PAGE.md). */
export async function openWith(page: Page, scenario: Scenario, hash = ''): Promise<void> {
  await open(page, `#s=${encodeLink(scenario)}${hash}`);
}

/** The page's trace, parsed. */
export async function traceEvents(page: Page): Promise<TraceEventLike[]> {
  const text = await page.evaluate(() => window.raftExplorer!.trace());
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TraceEventLike);
}

/** A trace event with the fields tests read (TRACE.md). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TraceEventLike = Record<string, any> & { t: number; ev: string };

/** Five nodes, an election and two writes: a small run most view tests start from. */
export function fiveNodesTwoWrites(): Scenario {
  return makeScenario({
    name: 'basic',
    until: 10_000,
    cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] },
    steps: [
      { at: 1000, do: 'client', client: 'c1', op: { type: 'put', key: 'greeting', value: 'hello' } },
      { at: 2000, do: 'client', client: 'c2', op: { type: 'put', key: 'a', value: '1' } },
    ],
  });
}
