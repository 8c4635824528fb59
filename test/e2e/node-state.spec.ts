// Issue 16 items 12, 7 and 8 in a real browser: a node's Figure 2 state on click (the repair
// of Figure 7 seen in the leader's nextIndex and matchIndex), selection and focus as a person
// expects around the node menu, and a request sent while paused that says how it gets answered.
import type { Page } from '@playwright/test';
import { test, expect, open, openWith, shot } from './fixtures';
import { builtin } from '../../src/scenario/builtins';
import { makeScenario } from '../../src/scenario';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).boundingBox())!;
const overlap = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** n1's row in n5's panel: nextIndex and matchIndex at virtual time `ms`. */
async function n1RowAt(page: Page, ms: number): Promise<{ next: number; match: number; state: string }> {
  await page.evaluate((t) => window.raftExplorer!.runTo(t), ms);
  const row = page.locator('[data-node-state="n5"] [data-peer="n1"]');
  await expect(row).toBeVisible();
  return { next: Number(await row.getAttribute('data-next')), match: Number(await row.getAttribute('data-match')), state: (await row.getAttribute('data-state'))! };
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`log repair (Figure 7) in the leader's Figure 2 panel, 1280x720 projector, ${lang}`, async ({ explorer: page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openWith(page, builtin('log-repair')!, `&lang=${lang}&projector=1`);
    // n5 has just won term 3 and assumes n1 has its whole log.
    await page.evaluate(() => window.raftExplorer!.runTo(2045));
    await page.locator('[data-testid="node-n5"] .node-shape').click();
    const panel = page.locator('[data-region="node-state"]');
    await expect(panel).toHaveAttribute('data-node-state', 'n5');
    await expect(panel).toContainText(lang === 'en' ? 'leader' : '领导者');
    await expect(panel).toContainText('nextIndex');

    const samples = [await n1RowAt(page, 2045), await n1RowAt(page, 2056)];
    await shot(page, `node-state-repair-${lang}`);
    samples.push(await n1RowAt(page, 2066));
    // n1 refused: nextIndex steps back (to after the last index of term 1), then the append
    // from there matches and matchIndex jumps up to the leader's log.
    expect(samples[1]!.next).toBeLessThan(samples[0]!.next);
    expect(samples[2]!.match).toBeGreaterThan(samples[1]!.match);
    expect(samples.map((s) => s.state)).toEqual(['probe', 'probe', 'replicate']);

    // The panel is on screen and leaves the lesson regions uncovered.
    const view = page.viewportSize()!;
    const box = await boxOf(page, '[data-region="node-state"]');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(view.width);
    expect(box.y + box.height).toBeLessThanOrEqual(view.height);
    for (const region of ['playback', 'cluster', 'logs', 'narration']) {
      expect(overlap(box, await boxOf(page, `[data-region="${region}"]`)), `node-state over ${region}`).toBe(false);
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(scroll).toBeLessThanOrEqual(view.height);

    // Esc closes it (and the menu), and Space then plays.
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.getByTestId('node-menu')).toHaveCount(0);
    await page.keyboard.press(' ');
    await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'true');
  });
}

test('a follower shows its Figure 2 state without leader columns; a crashed one says what it lost', async ({ explorer: page }) => {
  await openWith(page, builtin('log-repair')!);
  await page.evaluate(() => window.raftExplorer!.runTo(2066));
  await page.locator('[data-testid="node-n1"] .node-shape').click();
  const panel = page.locator('[data-node-state="n1"]');
  await expect(panel.locator('[data-field="currentTerm"]')).toHaveText('3');
  await expect(panel.locator('[data-field="votedFor"]')).toHaveText('n5');
  await expect(panel.locator('[data-peer]')).toHaveCount(0);
  await expect(panel).toContainText('Only a leader keeps nextIndex');
  // The panel stays open after a menu action (it shows what the action did).
  await page.getByTestId('node-action-crash').click();
  await expect(panel.locator('[data-field="commitIndex"]')).toHaveText('— (lost)');
  await page.getByTestId('node-state-close').click();
  await expect(panel).toHaveCount(0);
});

test('the panel leaves the side tabs in sight, and choosing a tab closes it', async ({ explorer: page }) => {
  await openWith(page, builtin('log-repair')!);
  await page.evaluate(() => window.raftExplorer!.runTo(2066));
  await page.locator('[data-testid="node-n5"] .node-shape').click();
  const panel = page.locator('[data-node-state="n5"]');
  await expect(panel).toBeVisible();
  // The tab row stays clickable above the panel: the tools are one click away.
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="node-n5"] .node-shape').click();
  await expect(panel).toBeVisible();
  await page.getByTestId('tab-kv').click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('panel-kv')).toBeVisible();
});

/** The default-sized cluster, quiet, after its first election. */
async function quietCluster(page: Page): Promise<void> {
  await openWith(page, makeScenario({ name: 'quiet', cluster: { nodes: ['n1', 'n2', 'n3'] }, until: 20_000 }));
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
}

test('after a menu action the node is deselected, and one click on another node opens its menu', async ({ explorer: page }) => {
  await quietCluster(page);
  const menu = page.getByTestId('node-menu');
  const node = (id: string) => page.locator(`[data-testid="node-${id}"] .node-shape`);
  await node('n1').click();
  await expect(menu).toContainText('n1');
  // Another node while a menu is open: one click opens that node's menu.
  await node('n3').click();
  await expect(menu).toContainText('n3');
  await expect(page.getByTestId('node-n3')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('node-action-crash').click();
  await expect(menu).toHaveCount(0);
  await expect(page.getByTestId('node-n3')).toHaveAttribute('aria-pressed', 'false');
  // The next click opens the menu at once, on the same node or on another one.
  await node('n3').click();
  await expect(menu).toContainText('n3');
  await page.getByTestId('node-action-restart').click();
  await expect(menu).toHaveCount(0);
  await node('n2').click();
  await expect(menu).toContainText('n2');
});

test('Esc closes the node menu and gives the focus back to the page: Space plays and pauses', async ({ explorer: page }) => {
  await quietCluster(page);
  const play = page.getByTestId('play-button');
  await page.locator('[data-testid="node-n1"] .node-shape').click();
  await expect(page.getByTestId('node-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('node-menu')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press(' ');
  await expect(play).toHaveAttribute('data-playing', 'true');
  // Space did not reopen the menu on the node that had the focus.
  await expect(page.getByTestId('node-menu')).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(play).toHaveAttribute('data-playing', 'false');
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a request sent while paused says how it will be answered, and Play answers it (${lang})`, async ({ explorer: page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, `#lang=${lang}`);
    await page.evaluate(() => window.raftExplorer!.runTo(1500));
    const unfold = page.getByTestId('client-form-toggle');
    if ((await unfold.getAttribute('aria-expanded')) === 'false') await unfold.click();
    await page.getByTestId('field-key').fill('paused');
    await page.getByTestId('field-value').fill('1');
    await page.getByTestId('client-send').click();
    const op = page.getByTestId('client-op').filter({ hasText: 'paused' }).first();
    await expect(op).toHaveAttribute('data-state', 'pending');
    const hint = op.getByTestId('client-paused-hint');
    await expect(hint).toContainText(lang === 'en' ? 'press Play (Space)' : '空格键');
    await shot(page, `clients-paused-hint-${lang}`);
    await op.getByTestId('client-paused-play').click();
    await expect(op).toHaveAttribute('data-state', 'ok');
    await expect(hint).toHaveCount(0);
  });
}
