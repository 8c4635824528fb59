// The log view in a real browser: entries and commit marks against the trace, selection,
// truncation, snapshots, crashed nodes, and a long log staying windowed.
import { test, expect, fiveNodesTwoWrites, openWith, shot, traceEvents } from './fixtures';
import type { Scenario } from '../../src/sim/scenario-types';
import { makeScenario } from '../../src/scenario';
import { runScenario } from '../../src/sim/run';
import type {} from '../../src/ui/automation';

const basic = fiveNodesTwoWrites();

/** Leader n1 is cut off right after its election, a new leader takes over; later crashes, restarts and snapshots. */
function conflictScenario(): Scenario {
  return makeScenario({
    name: 'conflict',
    until: 6000,
    cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'], preVote: false, checkQuorum: false, snapshotEntries: 3 },
    steps: [
      { at: 223, do: 'partition', groups: [['n1'], ['n2', 'n3', 'n4', 'n5']] },
      { at: 1500, do: 'heal' },
      { at: 2500, do: 'crash', node: 'leader' },
      { at: 3600, do: 'crash', node: 'leader' },
      { at: 4200, do: 'restart', node: 'n1' },
      { at: 4300, do: 'crash', node: 'leader' },
    ],
  });
}

test('committed entries and commit marks match the commit events of the trace', async ({ explorer: page }) => {
  await openWith(page, basic);
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  const events = await traceEvents(page);
  const lastCommit = new Map<string, number>();
  for (const e of events) if (e.ev === 'commit') lastCommit.set(e.node, e.index);
  expect(lastCommit.size).toBe(5);
  for (const [node, index] of lastCommit) {
    await expect(page.getByTestId(`commit-mark-${node}`)).toHaveAttribute('data-index', String(index));
    const row = page.getByTestId(`log-row-${node}`);
    await expect(row.locator(`.log-cell[data-index="${index}"]`)).toHaveClass(/is-committed/);
    await expect(row.locator('.log-cell.is-uncommitted')).toHaveCount(0);
    await expect(row.locator('.log-indexes')).toContainText(`commit ${index}`);
  }
  // The first entry of term 1 is the new leader's no-op (Raft §8).
  await expect(page.getByTestId('log-row-n1').locator('.log-cell[data-index="1"]')).toContainText('noop');
  await shot(page, 'logs-committed');
});

test('clicking an entry selects it and highlights the same entry in every row', async ({ explorer: page }) => {
  await openWith(page, basic);
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  await page.getByTestId('log-row-n2').locator('.log-cell[data-index="1"]').click();
  await expect(page.locator('.log-cell.is-selected')).toHaveCount(5);
  await page.getByTestId('log-row-n2').locator('.log-label').click();
  await expect(page.getByTestId('log-row-n2')).toHaveClass(/is-selected/);
  await page.getByTestId('log-row-n2').locator('.log-label').click();
  await expect(page.getByTestId('log-row-n2')).not.toHaveClass(/is-selected/);
});

test('a truncated entry fades out; snapshots and crashed nodes are drawn as such', async ({ explorer: page }) => {
  await openWith(page, conflictScenario());
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  const n1 = page.getByTestId('log-row-n1');
  // Cut off after its election, n1 holds an entry of term 1 nobody else has: never committed.
  await expect(n1.locator('.log-cell[data-index="1"]')).toHaveAttribute('data-term', '1');
  await expect(n1.locator('.log-cell[data-index="1"]')).toHaveClass(/is-uncommitted/);
  await expect(page.getByTestId('log-row-n2').locator('.log-cell[data-index="1"]')).toHaveAttribute('data-term', '2');
  await shot(page, 'logs-divergent');

  // After the heal, the new leader's entry replaces it (§5.3): the old one is seen leaving.
  // The run is deterministic: the headless simulation says when the truncation happens.
  const headless = runScenario(conflictScenario(), { trace: true }).recorder.events;
  const truncateAt = headless.find((e) => e.ev === 'truncate' && e.node === 'n1')?.t as number;
  expect(truncateAt).toBeGreaterThan(1500);
  await page.evaluate((t) => window.raftExplorer!.runTo(t), truncateAt);
  await expect(n1.locator('.log-cell.is-leaving')).toHaveCount(1);
  await expect(n1.locator('.log-cell.is-leaving')).toHaveText(/1\s*noop/);
  await expect(n1.locator('.log-cell[data-index="1"]:not(.is-leaving)')).toHaveAttribute('data-term', '2');
  await shot(page, 'logs-truncating');
  await expect(n1.locator('.log-cell.is-leaving')).toHaveCount(0, { timeout: 3000 });

  await page.evaluate(() => window.raftExplorer!.runTo(4600));
  await expect(n1.getByTestId('log-snapshot')).toContainText('3');
  const events = await traceEvents(page);
  const crashed = events.filter((e) => e.ev === 'crash').map((e) => e.node as string);
  const restarted = new Set(events.filter((e) => e.ev === 'restart').map((e) => e.node as string));
  for (const node of crashed.filter((n) => !restarted.has(n))) await expect(page.getByTestId(`log-row-${node}`)).toHaveClass(/is-down/);
  await shot(page, 'logs-snapshot-crashed');
});

test('thousands of entries stay windowed, follow the newest, and scroll back', async ({ explorer: page }) => {
  const steps = [];
  for (let i = 0; i < 2400; i++) steps.push({ at: 400 + i * 4, do: 'client' as const, client: `c${(i % 24) + 1}`, op: { type: 'put' as const, key: `k${i % 9}`, value: String(i) } });
  await openWith(page, makeScenario({ name: 'long', until: 11_000, cluster: { nodes: ['n1', 'n2', 'n3'], snapshotEntries: 5000 }, steps }));
  await page.evaluate(() => window.raftExplorer!.runTo(11_000));
  const last = Math.max(...(await traceEvents(page)).filter((e) => e.ev === 'append').map((e) => e.index as number));
  expect(last).toBeGreaterThan(2000);
  // Only the columns in view are in the DOM, and the newest entry is one of them.
  const cells = await page.locator('.log-cell').count();
  expect(cells).toBeLessThan(3 * 40);
  await expect(page.getByTestId('log-row-n1').locator(`.log-cell[data-index="${last}"]`)).toBeInViewport();
  await shot(page, 'logs-long-tail');

  await page.getByTestId('logs-scroll').evaluate((el) => (el.scrollLeft = 0));
  await expect(page.getByTestId('log-row-n1').locator('.log-cell[data-index="1"]')).toBeVisible();
  await expect(page.getByTestId('logs-newest')).toBeVisible();
  expect(await page.locator('.log-cell').count()).toBeLessThan(3 * 40);
  await shot(page, 'logs-long-start');
  await page.getByTestId('logs-newest').click();
  await expect(page.getByTestId('log-row-n1').locator(`.log-cell[data-index="${last}"]`)).toBeInViewport();
  await expect(page.getByTestId('logs-newest')).toHaveCount(0);
});

test('the log view in Chinese', async ({ explorer: page }) => {
  await openWith(page, basic, '&lang=zh-CN');
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  await expect(page.getByTestId('log-view')).toContainText('日志');
  await expect(page.getByTestId('log-view')).toContainText('提交');
  await expect(page.getByTestId('log-row-n1')).toContainText('应用');
  await shot(page, 'logs-zh');
});
