// Bug toggles and the counterexample search in a real browser: switching a rule off marks
// the run as broken on purpose; the search runs in its own worker with progress and a
// cancel, then loads the shrunk failing run and names the property it breaks.
import { test, expect, openWith, shot, openDefault } from './fixtures';
import { makeScenario } from '../../src/scenario';
import type {} from '../../src/ui/automation';

test('a bug switched on restarts the run marked as broken on purpose', async ({ explorer: page }) => {
  await openDefault(page);
  await expect(page.getByTestId('broken-banner')).toHaveCount(0);
  await page.getByTestId('fault-more').click(); // the advanced tools are folded under More
  await page.getByTestId('open-bugs').click();
  const dialog = page.getByTestId('bugs-dialog');
  await expect(dialog.getByTestId('bug-forget-vote')).toContainText('votedFor is not persisted');
  await expect(dialog.getByTestId('find-forget-vote')).toBeDisabled();
  await dialog.getByTestId('bug-switch-forget-vote').check();
  await expect(dialog.getByTestId('find-forget-vote')).toBeEnabled();
  await shot(page, 'bugs-dialog');
  await dialog.getByTestId('bugs-apply').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('broken-banner')).toContainText('forget-vote');
  const scenario = (await page.evaluate(() => window.raftExplorer!.scenario())) as { cluster: { bugs: string[] }; steps: unknown[] };
  expect(scenario.cluster.bugs).toEqual(['forget-vote']);
  expect(scenario.steps.length).toBeGreaterThan(0); // the default scenario's steps are kept
});

test('find a counterexample: progress, then the shortest failing run is loaded with its broken property', async ({ explorer: page }) => {
  await openWith(page, makeScenario({ name: 'buggy', cluster: { nodes: ['n1', 'n2', 'n3'], bugs: ['commit-old-term'] } }));
  await expect(page.getByTestId('broken-banner')).toContainText('commit-old-term');
  await page.getByTestId('broken-change').click();
  const dialog = page.getByTestId('bugs-dialog');
  await dialog.getByTestId('find-commit-old-term').click();
  // commit-old-term needs 7 seeds and some shrinking from seed 1: long enough to see the bar.
  await expect(dialog.getByTestId('search-progress-text')).toHaveText(/Seed [1-9]\d* of 50|shrinking/, { timeout: 20_000 });
  await shot(page, 'bugs-search-progress');
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  const banner = page.getByTestId('counterexample');
  await expect(banner).toContainText('seed 7');
  await expect(banner).toContainText('Leader Completeness fails');
  const scenario = (await page.evaluate(() => window.raftExplorer!.scenario())) as { name: { en: string }; cluster: { bugs: string[] }; until: number };
  expect(scenario.name.en).toContain('Counterexample: commit-old-term breaks Leader Completeness');
  expect(scenario.cluster.bugs).toEqual(['commit-old-term']);
  // The loaded run is the current scenario: it plays to the violation and shares as a link.
  await page.evaluate((until) => window.raftExplorer!.runTo(until), scenario.until);
  expect(await page.evaluate(() => window.raftExplorer!.link())).toContain('#s=');
  await shot(page, 'bugs-counterexample');
});

test('a search can be canceled; the simulation runs meanwhile; keep-commit-on-restart finds nothing and says why', async ({ explorer: page }) => {
  test.setTimeout(120_000);
  await openWith(page, makeScenario({ name: 'safe toggle', until: 600_000, cluster: { bugs: ['keep-commit-on-restart'] } }));
  await page.getByTestId('broken-change').click();
  const dialog = page.getByTestId('bugs-dialog');
  const find = dialog.getByTestId('find-keep-commit-on-restart');
  await find.click();
  await expect(dialog.getByTestId('search-progress-text')).toHaveText(/Seed [1-9]\d* of 200/, { timeout: 20_000 });
  await dialog.getByTestId('search-cancel').click();
  await expect(dialog.getByTestId('search-result')).toContainText(/Search cancelled after \d+ seeds/);
  // The search has a worker of its own: the simulation worker still runs meanwhile.
  await find.click();
  await expect(dialog.getByTestId('search-progress-text')).toHaveText(/Seed [1-9]\d* of 200/, { timeout: 20_000 });
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  expect(await page.evaluate(() => window.raftExplorer!.time())).toBe(3000);
  await expect(dialog.getByTestId('search-progress-text')).toBeVisible();
  await expect(dialog.getByTestId('search-result')).toContainText('No violation in 200 seeds', { timeout: 90_000 });
  await expect(dialog.getByTestId('search-safe')).toContainText('HardState');
  await shot(page, 'bugs-safe-toggle');
});

test('在中文界面中：开关、说明和标记', async ({ explorer: page }) => {
  await openWith(page, makeScenario({ name: 'buggy', cluster: { bugs: ['stale-leader-read'] } }), '&lang=zh-CN');
  await expect(page.getByTestId('broken-banner')).toContainText('故意破坏');
  await page.getByTestId('broken-change').click();
  await expect(page.getByTestId('bug-stale-leader-read')).toContainText('领导者不确认自己仍是领导者');
  await shot(page, 'bugs-dialog-zh');
});
