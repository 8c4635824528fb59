// Fault controls in a real browser: the partition dialog, cutting a link, loss, settings.
import { test, expect, shot, traceEvents, openDefault } from './fixtures';
import type {} from '../../src/ui/automation';

interface Ev {
  t: number;
  ev: string;
  node?: string;
  role?: string;
  term?: number;
  from?: string;
  to?: string;
  state?: string;
}

/** Each node's role at the end of the trace. */
function rolesNow(events: Ev[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const e of events) if (e.ev === 'role') roles.set(e.node!, e.role!);
  return roles;
}

test('a partition made in the dialog leaves the minority without a leader', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('open-partition').click();
  const dialog = page.getByTestId('partition-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('preset-split').click();
  await expect(dialog.getByTestId('partition-summary')).toContainText('A: n1 n2');
  await shot(page, 'faults-partition-dialog');
  await dialog.getByTestId('partition-apply').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('group-0')).toBeVisible();
  // CheckQuorum: a leader in the minority steps down within an election timeout.
  await page.evaluate(() => window.raftExplorer!.runTo(4000));
  const roles = rolesNow(await traceEvents(page));
  for (const id of ['n1', 'n2']) {
    expect(roles.get(id)).not.toBe('leader');
    await expect(page.getByTestId(`node-${id}`)).not.toHaveAttribute('data-role', 'leader');
  }
  expect(['n3', 'n4', 'n5'].some((id) => roles.get(id) === 'leader')).toBe(true);
  const steps = ((await page.evaluate(() => window.raftExplorer!.scenario())) as { steps: { do: string; groups?: string[][] }[] }).steps;
  expect(steps.find((s) => s.do === 'partition')?.groups).toEqual([
    ['n1', 'n2'],
    ['n3', 'n4', 'n5'],
  ]);
  await shot(page, 'faults-partitioned');
});

test('clicking a line cuts one direction of that link, and it is drawn cut', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  await page.getByTestId('link-n1-n2').click();
  const menu = page.getByTestId('link-menu');
  await expect(menu).toBeVisible();
  await shot(page, 'faults-link-menu');
  await menu.getByTestId('link-toggle-n1-n2').click();
  await expect(menu).toBeHidden();
  await expect(page.getByTestId('cut-n1-n2')).toBeVisible();
  await expect(page.getByTestId('cut-n2-n1')).toHaveCount(0);
  await page.evaluate(() => window.raftExplorer!.runTo(1030));
  await shot(page, 'faults-link-cut');
  const events = await traceEvents(page);
  expect(events.some((e) => e.ev === 'link' && e.from === 'n1' && e.to === 'n2' && e.state === 'down')).toBe(true);
  // The same line offers to restore what is cut.
  await page.getByTestId('link-n1-n2').click();
  await expect(menu.getByTestId('link-toggle-n1-n2')).toHaveText(/restore/i);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.getByTestId('heal').click();
  await expect(page.getByTestId('cut-n1-n2')).toHaveCount(0);
});

test('message loss shows lost messages vanishing', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  const slider = page.getByTestId('loss-slider');
  await slider.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('loss-value')).toHaveText(/40/);
  // One keyboard gesture records one step, once the keys settle.
  const lossSteps = async () => ((await page.evaluate(() => window.raftExplorer!.scenario())) as { steps: { do: string; rate?: number }[] }).steps.filter((s) => s.do === 'loss');
  await expect.poll(async () => (await lossSteps()).map((s) => s.rate)).toEqual([0.4]);
  await expect(page.getByTestId('loss-value')).toHaveText(/40/);
  await page.evaluate(() => window.raftExplorer!.runTo(1400));
  // Somewhere in the next instants a message is lost: its burst is drawn.
  let bursts = 0;
  for (let t = 1410; t < 1700 && bursts === 0; t += 10) {
    await page.evaluate((ms) => window.raftExplorer!.runTo(ms), t);
    bursts = await page.getByTestId('drop-burst').count();
  }
  expect(bursts).toBeGreaterThan(0);
  await shot(page, 'faults-loss');
});

test('cluster settings: nine nodes with 3-3-3 partition; bad input is explained', async ({ explorer: page }) => {
  await openDefault(page);
  await page.getByTestId('fault-more').click(); // the advanced tools are folded under More
  await page.getByTestId('open-settings').click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.getByTestId('setting-electionMin').fill('400');
  await expect(dialog.getByRole('alert')).toContainText(/shorter|下限/);
  await expect(dialog.getByTestId('settings-apply')).toBeDisabled();
  await dialog.getByTestId('setting-electionMin').fill('150');
  await dialog.getByTestId('setting-size').fill('9');
  await shot(page, 'faults-settings');
  await dialog.getByTestId('settings-apply').click();
  await expect(page.getByTestId('node-n9')).toBeVisible();
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('open-partition').click();
  await page.getByTestId('preset-thirds').click();
  await page.getByTestId('partition-apply').click();
  await page.evaluate(() => window.raftExplorer!.runTo(2600));
  await shot(page, 'faults-nine-thirds');
  // No group of three has a majority of nine: no leader anywhere once CheckQuorum acts.
  await page.evaluate(() => window.raftExplorer!.runTo(3500));
  await expect(page.locator('[data-role="leader"]')).toHaveCount(0);
});
