import type {} from '../../src/ui/automation';
import type { Page } from '@playwright/test';
import { test, expect, open, shot, openDefault, whenReady } from './fixtures';
import { defaultScenario } from '../../src/scenario';
import { builtin } from '../../src/scenario/builtins';
import { runScenario } from '../../src/sim/run';

test('the scenario menu opens a built-in, which runs as it does headless and pauses at its narrations', async ({ explorer: page }) => {
  await openDefault(page);
  await page.getByTestId('scenario-menu').click();
  await shot(page, 'scenario-menu');
  await page.getByTestId('builtin-split-vote').click();
  await page.waitForFunction(() => (window.raftExplorer!.scenario() as { name: { en: string } }).name.en?.startsWith('Split vote'));
  const scenario = builtin('split-vote')!;
  await page.evaluate(() => window.raftExplorer!.runTo(2000));
  const headless = runScenario(scenario, { trace: true }).recorder.toJsonl(2000);
  expect(await page.evaluate(() => window.raftExplorer!.trace())).toBe(headless);
});

test('a scenario can be saved and opened again; a broken file is refused with the reason', async ({ explorer: page }) => {
  await openDefault(page);
  await page.getByTestId('scenario-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-scenario').click()]);
  const text = await (await download.createReadStream()).toArray();
  const saved = JSON.parse(Buffer.concat(text).toString('utf8'));
  expect(saved.version).toBe(1);
  await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"seed":1,"cluster":{"nodes":["n1","n9","n9"]}}') });
  await expect(page.getByTestId('error')).toContainText('broken.json: cluster.nodes[2]');
  await page.getByTestId('import-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...saved, name: 'reopened' })) });
  await page.waitForFunction(() => (window.raftExplorer!.scenario() as { name: string }).name === 'reopened');
});

const openedName = (page: Page) => page.evaluate(() => (window.raftExplorer!.scenario() as { name: { en?: string } | string }).name);

test('a first visit opens the first lesson; a later visit restores what the user had', async ({ explorer: page }) => {
  // A fresh browser: nothing in localStorage, no link.
  await open(page);
  expect(await openedName(page)).toEqual(builtin('first-election')!.name);
  await expect(page.locator('[data-region="narration"]')).toContainText('no leader');
  // The newcomer moves on in the lesson; the next visit comes back to that point, not to the start.
  await page.evaluate(() => window.raftExplorer!.runTo(800));
  await page.waitForTimeout(1200); // the session is saved at most once a second
  await page.reload();
  await whenReady(page);
  expect(await openedName(page)).toEqual(builtin('first-election')!.name);
  expect(await page.evaluate(() => window.raftExplorer!.time())).toBe(800);
  // Choosing the default cluster is kept too: no lesson forced on a returning visitor.
  await page.getByTestId('scenario-menu').click();
  await page.getByText('New: a healthy five-node cluster').click();
  await page.waitForFunction(() => window.raftExplorer!.time() === 0);
  await page.waitForTimeout(1200);
  await page.reload();
  await whenReady(page);
  expect(await openedName(page)).toEqual(defaultScenario().name);
});

test('a returning visitor with nothing saved gets the default cluster; Start here opens the first lesson', async ({ explorer: page }) => {
  await openDefault(page, '#lang=zh-CN');
  expect(await openedName(page)).toEqual(defaultScenario().name);
  await page.getByTestId('scenario-menu').click();
  await expect(page.getByTestId('start-here')).toContainText('从这里开始');
  await expect(page.getByTestId('start-here')).toContainText('第一次选举');
  await shot(page, 'scenario-menu-start-here-zh');
  await page.getByTestId('start-here').click();
  await page.waitForFunction(() => (window.raftExplorer!.scenario() as { name: { en?: string } }).name.en === 'The first election');
  await expect(page.locator('[data-region="header"]')).toContainText('第一次选举');
});
