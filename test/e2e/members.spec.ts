// Membership and snapshots in a real browser: add a node from the page and watch it become a
// voter; a learner drawn distinctly and promoted from the node menu; an InstallSnapshot on its
// way, labelled on the ring and in the log view.
import { test, expect, open, openWith, shot, traceEvents } from './fixtures';
import { makeScenario } from '../../src/scenario';
import { builtin } from '../../src/scenario/builtins';
import type {} from '../../src/ui/automation';

const threeNodes = makeScenario({ name: 'three', until: 20_000, cluster: { nodes: ['n1', 'n2', 'n3'], snapshotEntries: 5 } });

test('add a node from the page: it joins empty, catches up and becomes a voter', async ({ explorer: page }) => {
  await openWith(page, threeNodes);
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  await expect(page.getByTestId('config-voters')).toHaveText('voters n1 n2 n3');
  await expect(page.getByTestId('add-node')).toHaveAttribute('title', /Add n4 as a voter/);
  await page.getByTestId('fault-more').click(); // the advanced tools are folded under More
  await page.getByTestId('add-node').click();
  await expect(page.getByTestId('node-n4')).toBeVisible();
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await expect(page.getByTestId('config-voters')).toHaveText('voters n1 n2 n3 n4');
  // The majority comes with the frame (src/raft/quorum.ts), not from a formula in the view.
  await expect(page.locator('.config-majority')).toHaveText('majority 3 of 4');
  await expect(page.getByTestId('log-row-n4')).toBeVisible();
  const events = await traceEvents(page);
  expect(events.filter((e) => e.ev === 'member')).toMatchObject([{ node: 'n4', change: 'add' }]);
  expect(events.some((e) => e.ev === 'join' && e.node === 'n4')).toBe(true);
  const steps = ((await page.evaluate(() => window.raftExplorer!.scenario())) as { steps: { do: string; node?: string }[] }).steps;
  expect(steps).toContainEqual(expect.objectContaining({ do: 'add-node', node: 'n4' }));
  await shot(page, 'members-added-voter');
});

test("a change etcd's strict reconfiguration check refuses says why, in etcd's words", async ({ explorer: page }) => {
  await openWith(page, { ...threeNodes, steps: [{ at: 800, do: 'crash', node: 'n3' }] });
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  await page.getByTestId('fault-more').click(); // the advanced tools are folded under More
  await page.getByTestId('add-node').click();
  await expect(page.getByRole('status').filter({ hasText: 'etcdserver: unhealthy cluster' })).toContainText('The add-node step did nothing: etcdserver: unhealthy cluster — the leader does not reach n3');
  await expect(page.getByTestId('node-n4')).toHaveCount(0);
  await expect(page.getByTestId('config-voters')).toHaveText('voters n1 n2 n3');
});

test('add a learner: drawn dashed, promoted from its menu, then a voter; removing it from the menu', async ({ explorer: page }) => {
  await openWith(page, threeNodes);
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  await page.getByTestId('fault-more').click(); // the advanced tools are folded under More
  await page.getByTestId('add-learner').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1600));
  await expect(page.getByTestId('config-learners')).toHaveText('learners n4');
  await expect(page.getByTestId('node-n4')).toHaveClass(/look-learner/);
  await shot(page, 'members-learner');
  await page.getByTestId('node-n4').locator('.node-shape').click();
  await expect(page.getByTestId('node-action-promote')).toBeEnabled();
  await shot(page, 'members-node-menu');
  await page.getByTestId('node-action-promote').click();
  await page.evaluate(() => window.raftExplorer!.runTo(2200));
  await expect(page.getByTestId('config-voters')).toHaveText('voters n1 n2 n3 n4');
  await expect(page.getByTestId('node-n4')).not.toHaveClass(/look-learner/);
  // n4 is still selected from the first click: the next click deselects, the one after opens its menu.
  await page.getByTestId('node-n4').locator('.node-shape').click();
  if (!(await page.getByTestId('node-menu').isVisible())) await page.getByTestId('node-n4').locator('.node-shape').click();
  await page.getByTestId('node-action-remove').click();
  await page.evaluate(() => window.raftExplorer!.runTo(2800));
  await expect(page.getByTestId('node-n4')).toHaveCount(0);
  await expect(page.getByTestId('config-voters')).toHaveText('voters n1 n2 n3');
  const changes = (await traceEvents(page)).filter((e) => e.ev === 'member').map((e) => `${e.change} ${e.node}`);
  expect(changes).toEqual(['add-learner n4', 'promote n4', 'remove n4']);
});

test('snapshot-catch-up: the InstallSnapshot in flight is labelled on the ring and in the log view (in Chinese too)', async ({ explorer: page }) => {
  await openWith(page, builtin('snapshot-catch-up')!);
  await page.evaluate(() => window.raftExplorer!.runTo(2447));
  await expect(page.getByTestId('snapshot-label')).toHaveText('snapshot ≤ 10');
  const incoming = page.getByTestId('log-incoming-snapshot');
  await expect(incoming).toHaveText('InstallSnapshot ≤ 10 on its way');
  await expect(page.getByTestId('log-row-n1').getByTestId('log-incoming-badge')).toHaveText('⇣ snapshot ≤ 10 arriving');
  // The compacted prefix is at the start of the row: the log view, sharing its row with the
  // terms timeline, scrolls back to it.
  await page.getByTestId('logs-scroll').evaluate((el) => el.scrollTo({ left: 0 }));
  await expect(page.getByTestId('log-row-n3').getByTestId('log-snapshot')).toHaveText('snapshot ≤ 10');
  await shot(page, 'members-snapshot-in-flight');
  await open(page, `${page.url().slice(page.url().indexOf('#'))}&lang=zh-CN`);
  await page.evaluate(() => window.raftExplorer!.runTo(2447));
  await expect(page.getByTestId('log-incoming-snapshot')).toHaveText('InstallSnapshot ≤ 10 传输中');
  await shot(page, 'members-snapshot-in-flight-zh');
});

test('grow-cluster: n4 drawn as a learner while it catches up, five voters at the end', async ({ explorer: page }) => {
  await openWith(page, builtin('grow-cluster')!);
  await page.evaluate(() => window.raftExplorer!.runTo(1300));
  await expect(page.getByTestId('config-learners')).toHaveText('learners n4');
  await expect(page.getByTestId('node-n4')).toHaveClass(/look-learner/);
  await shot(page, 'members-grow-learner');
  await page.evaluate(() => window.raftExplorer!.runTo(3300));
  await expect(page.getByTestId('config-voters')).toHaveText('voters n1 n2 n3 n4 n5');
  await expect(page.locator('.config-majority')).toHaveText('majority 3 of 5');
  await shot(page, 'members-grow-five');
});
