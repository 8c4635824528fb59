import { createHash } from 'node:crypto';
import type {} from '../../src/ui/automation';
import { test, expect, open, shot, openDefault, whenReady } from './fixtures';
import { encodeLink } from '../../src/scenario/link';
import { makeScenario } from '../../src/scenario';
import { runScenario } from '../../src/sim/run';

const scenario = makeScenario({
  name: 'link test',
  seed: 21,
  cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] },
  until: 8000,
  steps: [
    { at: 1500, do: 'client', client: 'c1', op: { type: 'put', key: 'a', value: '1' } },
    { at: 2500, do: 'crash', node: 'leader' },
    { at: 4000, do: 'client', client: 'c1', op: { type: 'put', key: 'a', value: '2' } },
  ],
});

test('a share link opens the same run, to the same time, as the headless runner', async ({ explorer: page }) => {
  await open(page, `#s=${encodeLink(scenario, { time: 5000 })}&lang=en`);
  expect(await page.evaluate(() => window.raftExplorer!.time())).toBe(5000);
  const headless = runScenario({ ...scenario, until: 8000 }, { trace: true }).recorder.events.filter((e) => e.t <= 5000);
  const expected = headless.map((e) => JSON.stringify(e) + '\n').join('');
  expect(await page.evaluate(() => window.raftExplorer!.trace())).toBe(expected);
  expect(await page.evaluate(() => window.raftExplorer!.error())).toBeNull();
  await shot(page, 'link-opened');
});

// A link into a long run (issue 17): the page shows the run's start at once and says that it
// replays to the link's moment; ready (PAGE.md) still waits for that moment.
test('a link into a long run shows its start at once, says how far the replay got, then opens at the moment', async ({ explorer: page }) => {
  const steps = Array.from({ length: 2400 }, (_, i) => ({ at: 500 + i * 40, do: 'client' as const, client: `c${i % 4}`, op: { type: 'put' as const, key: `k${i % 30}`, value: String(i) } }));
  const long = makeScenario({ name: 'long link', seed: 5, cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] }, until: 100_000, steps });
  await page.goto(`/#s=${encodeLink(long, { time: 95_000 })}&lang=en`);
  const banner = page.getByTestId('opening');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Opening the run at 95.0 s');
  expect(Number(await banner.getAttribute('data-reached'))).toBeLessThan(95_000);
  await shot(page, 'link-opening');
  await page.waitForFunction(() => window.raftExplorer !== undefined);
  await whenReady(page);
  await expect(banner).toBeHidden();
  expect(await page.evaluate(() => window.raftExplorer!.time())).toBe(95_000);
  const headless = runScenario(long, { trace: true }).recorder.events.filter((e) => e.t <= 95_000);
  const digest = await page.evaluate(async () => {
    const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(window.raftExplorer!.trace()));
    return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
  });
  expect(digest).toBe(createHash('sha256').update(headless.map((e) => JSON.stringify(e) + '\n').join('')).digest('hex'));
});

test('link() reproduces the current scenario, time and selection', async ({ explorer: page }) => {
  await open(page, `#s=${encodeLink(scenario, { view: { node: 'n3' } })}`);
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  const link = await page.evaluate(() => window.raftExplorer!.link());
  expect(link).toContain('#s=1');
  expect(link).toContain('lang=');
  const trace = await page.evaluate(() => window.raftExplorer!.trace());
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await whenReady(page);
  expect(await page.evaluate(() => window.raftExplorer!.time())).toBe(3000);
  expect(await page.evaluate(() => window.raftExplorer!.trace())).toBe(trace);
  const { decodeLink } = await import('../../src/scenario/link');
  const decoded = decodeLink(new URLSearchParams(link.split('#')[1]).get('s')!);
  expect(decoded.ok && decoded.view).toEqual({ node: 'n3' });
});

test('a corrupted link shows a message naming the problem and the page stays usable', async ({ explorer: page }) => {
  const good = encodeLink(scenario);
  await open(page, `#s=${good.slice(0, good.length - 15)}`);
  const error = await page.evaluate(() => window.raftExplorer!.error());
  expect(error).toMatch(/cut short|damaged/);
  await expect(page.getByTestId('error')).toBeVisible();
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  expect(await page.evaluate(() => window.raftExplorer!.time())).toBe(1000);
  await shot(page, 'link-corrupted');
});

test('a link from a future version says so', async ({ explorer: page }) => {
  await open(page, `#s=2${encodeLink(scenario).slice(1)}`);
  expect(await page.evaluate(() => window.raftExplorer!.error())).toMatch(/newer Raft Explorer/);
});

test('reload keeps the session, user actions included', async ({ explorer: page }) => {
  await open(page, `#s=${encodeLink(scenario)}`);
  await page.evaluate(() => window.raftExplorer!.runTo(2000));
  await page.evaluate(() => history.replaceState(null, '', '/'));
  await page.waitForTimeout(1200);
  const before = await page.evaluate(() => JSON.stringify(window.raftExplorer!.scenario()));
  await page.reload();
  await whenReady(page);
  expect(await page.evaluate(() => JSON.stringify(window.raftExplorer!.scenario()))).toBe(before);
  expect(await page.evaluate(() => window.raftExplorer!.time())).toBe(2000);
});

test('a link pasted into an open page loads its scenario and language', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate((hash) => (location.hash = hash), `#s=${encodeLink(scenario, { time: 3000 })}&lang=zh-CN`);
  await page.waitForFunction(() => window.raftExplorer!.time() === 3000);
  expect(await page.evaluate(() => window.raftExplorer!.lang())).toBe('zh-CN');
  expect(await page.evaluate(() => (window.raftExplorer!.scenario() as { name: string }).name)).toBe('link test');
  await shot(page, 'link-pasted-zh');
});
