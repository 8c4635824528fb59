// The cluster view in a real browser: the ring follows the trace, node menus act on the
// simulation, messages move with virtual time.
import { test, expect, shot, traceEvents, openDefault } from './fixtures';
import type { Page } from '@playwright/test';
import type {} from '../../src/ui/automation';

interface Ev {
  t: number;
  ev: string;
  node?: string;
  role?: string;
  term?: number;
}

/** The leader of the highest term according to the trace, and that term. */
function leaderOf(events: Ev[]): { node: string; term: number } | undefined {
  let best: { node: string; term: number } | undefined;
  for (const e of events) if (e.ev === 'role' && e.role === 'leader' && (!best || (e.term ?? 0) >= best.term)) best = { node: e.node!, term: e.term! };
  return best;
}

test('a leader appears on the ring, drawn as the trace says', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  const leader = leaderOf(await traceEvents(page));
  expect(leader).toBeDefined();
  const glyph = page.getByTestId(`node-${leader!.node}`);
  await expect(glyph).toHaveAttribute('data-role', 'leader');
  await expect(glyph).toHaveAttribute('data-term', String(leader!.term));
  await expect(page.locator('[data-role="leader"]')).toHaveCount(1);
  await shot(page, 'cluster-leader');
});

test('killing the leader from its node menu brings a new leader with a higher term', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  const old = leaderOf(await traceEvents(page))!;
  await page.getByTestId(`node-${old.node}`).locator('.node-shape').click();
  await expect(page.getByTestId('node-menu')).toBeVisible();
  await shot(page, 'cluster-node-menu');
  await page.getByTestId('node-action-crash').click();
  await expect(page.getByTestId(`node-${old.node}`)).toHaveAttribute('data-role', 'crashed');
  await page.evaluate(() => window.raftExplorer!.runTo(3500));
  const next = leaderOf(await traceEvents(page))!;
  expect(next.node).not.toBe(old.node);
  expect(next.term).toBeGreaterThan(old.term);
  await expect(page.getByTestId(`node-${next.node}`)).toHaveAttribute('data-role', 'leader');
  const steps = (await page.evaluate(() => window.raftExplorer!.scenario())) as { steps: { do: string; node?: string }[] };
  expect(steps.steps.some((s) => s.do === 'crash' && s.node === old.node)).toBe(true);
  await shot(page, 'cluster-new-leader');
});

test('messages move with virtual time', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1203));
  const first = await positions(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1206));
  const second = await positions(page);
  const common = Object.keys(first).filter((id) => id in second);
  expect(common.length).toBeGreaterThan(0);
  expect(common.some((id) => first[id] !== second[id])).toBe(true);
  await shot(page, 'cluster-messages');
});

async function positions(page: Page): Promise<Record<string, string>> {
  return page.getByTestId('message').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-id'), `${e.getAttribute('data-x')},${e.getAttribute('data-y')}`])));
}

test('the ring speaks Chinese', async ({ explorer: page }) => {
  await openDefault(page, '#lang=zh-CN');
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  const leader = leaderOf(await traceEvents(page))!;
  await expect(page.getByTestId(`node-${leader.node}`).locator('.node-label')).toContainText('领导者');
  await expect(page.getByTestId('cluster-legend')).toContainText('跟随者');
  await expect(page.getByTestId('fault-toolbar')).toContainText('网络分区');
  await page.getByTestId(`node-${leader.node}`).locator('.node-shape').click();
  await expect(page.getByTestId('node-menu')).toContainText('宕机');
  await shot(page, 'cluster-zh');
});

test('clicking a message shows its fields', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1203));
  const message = page.getByTestId('message').first();
  const id = await message.getAttribute('data-id');
  await message.locator('.message-hit').click();
  const card = page.getByTestId('message-popover');
  await expect(card).toBeVisible();
  await expect(card).toContainText('→');
  await expect(card).toContainText(/term/);
  await expect(page.locator(`[data-testid="message"][data-id="${id}"] .message-halo`)).toHaveCount(1);
  await shot(page, 'cluster-message-card');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});
