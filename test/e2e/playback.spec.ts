// The playback bar in a real browser: play/pause, stepping, speed, the scrubber, pause
// reasons, the hidden-tab pause, keyboard shortcuts and their help.
import { test, expect, open, shot } from './fixtures';
import type { Page } from '@playwright/test';
import { makeScenario } from '../../src/scenario';
import { encodeLink } from '../../src/scenario/link';
import type {} from '../../src/ui/automation';

/** Five nodes, an election, a few writes; no narration, so nothing pauses playback but the end. */
const basic = makeScenario({
  name: 'playback test',
  until: 10_000,
  cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] },
  steps: [
    { at: 1000, do: 'client', client: 'c1', op: { type: 'put', key: 'a', value: '1' } },
    { at: 2500, do: 'client', client: 'c1', op: { type: 'put', key: 'b', value: '2' } },
  ],
});

const openBasic = (page: Page, hash = '') => open(page, `#s=${encodeLink(basic)}${hash}`);

const time = async (page: Page) => Number(await page.getByTestId('time').getAttribute('data-time'));
const traceLines = async (page: Page) => (await page.evaluate(() => window.raftExplorer!.trace())).trim().split('\n');

/** What the page shows that is derived from node state: each log row's commit and apply index. */
async function shownState(page: Page): Promise<string> {
  const rows = page.locator('[data-testid^="log-row-"]');
  const n = await rows.count();
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows.nth(i);
    parts.push(`${await r.getAttribute('data-testid')}:${await r.getAttribute('data-commit')}/${await r.getAttribute('data-applied')}:${await r.locator('.log-role').textContent()}`);
  }
  return parts.join(' ');
}

test('play then pause advances virtual time, and the bar shows it', async ({ explorer: page }) => {
  // Long enough that a slow, busy machine cannot reach the end (and its Replay button) first.
  await open(page, `#s=${encodeLink({ ...basic, until: 600_000 })}`);
  expect(await time(page)).toBe(0);
  await page.getByTestId('play-button').click();
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'true');
  await page.waitForTimeout(600);
  // Pause with the keyboard: a busy machine may never let a moving page look "stable" enough to click.
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'false');
  const t = await time(page);
  expect(t).toBeGreaterThan(100);
  await page.waitForTimeout(300);
  expect(await time(page)).toBe(t);
  await expect(page.getByTestId('time')).toContainText(`${(t / 1000).toFixed(2)} s`);
  await shot(page, 'playback-paused');
});

test('step runs exactly to the next event; next delivery runs to a message arrival', async ({ explorer: page }) => {
  await openBasic(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  const before = await traceLines(page);
  await page.getByTestId('step-event').click();
  await expect.poll(async () => (await traceLines(page)).length).toBeGreaterThan(before.length);
  const after = await traceLines(page);
  expect(after.slice(0, before.length)).toEqual(before);
  const fresh = after.slice(before.length).map((l) => JSON.parse(l));
  // One step is one event of the queue: everything it recorded happened at one instant.
  expect(new Set(fresh.map((e) => e.t)).size).toBe(1);
  expect(await time(page)).toBe(fresh[0].t);

  const n = after.length;
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await traceLines(page)).length).toBeGreaterThan(n);
  const delivered = (await traceLines(page)).slice(n).map((l) => JSON.parse(l));
  expect(delivered.some((e) => e.ev === 'recv' || e.ev === 'drop')).toBe(true);
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'false');
});

test('step back returns to the previous event: the same time and the same trace', async ({ explorer: page }) => {
  await openBasic(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  const t0 = await time(page);
  const before = await traceLines(page);
  const state = await shownState(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await traceLines(page)).length).toBeGreaterThan(before.length);
  for (let i = 0; i < 3; i++) await page.getByTestId('step-back').click();
  await expect.poll(async () => (await traceLines(page)).length).toBe(before.length);
  expect(await traceLines(page)).toEqual(before);
  expect(await time(page)).toBe(t0);
  expect(await shownState(page)).toBe(state);
  // And the left arrow does the same.
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await traceLines(page)).length).toBeGreaterThan(before.length);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await traceLines(page)).length).toBe(before.length);
});

test('speed: presets, the + and - keys, and the slider', async ({ explorer: page }) => {
  await openBasic(page);
  await expect(page.getByTestId('speed-value')).toHaveText('1×');
  await page.getByTestId('speed-preset-10').click();
  await expect(page.getByTestId('speed-value')).toHaveText('10×');
  await expect(page.getByTestId('speed-preset-10')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('+');
  await expect(page.getByTestId('speed-value')).toHaveText('25×');
  await page.keyboard.press('-'); // two presses before the worker answers both count
  await page.keyboard.press('-');
  await expect(page.getByTestId('speed-value')).toHaveText('5×');
  await page.getByTestId('speed-preset-0.1').click();
  await expect(page.getByTestId('speed-value')).toHaveText('0.1×');
  // Arrow keys on the focused slider move it (and do not step the simulation).
  await page.getByTestId('speed-slider').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('speed-value')).not.toHaveText('0.1×');
  expect(await time(page)).toBe(0);
  // Faster playback really runs faster: 100x covers seconds of virtual time in a moment
  // (at 1x, 400 ms of wall time would be about 400 ms of virtual time).
  await page.getByTestId('speed-preset-100').click();
  await page.getByTestId('play-button').click();
  await page.waitForTimeout(400);
  if ((await page.getByTestId('play-button').getAttribute('data-playing')) === 'true') await page.keyboard.press(' ');
  expect(await time(page)).toBeGreaterThan(1000);
  await shot(page, 'playback-speed');
});

test('the scrubber seeks back and forth and the page shows the same state at the same time', async ({ explorer: page }) => {
  await openBasic(page);
  await page.evaluate(() => window.raftExplorer!.runTo(4000));
  const box = (await page.getByTestId('scrubber').boundingBox())!;
  const y = box.y + box.height / 2;
  const at = (f: number) => box.x + 10 + (box.width - 20) * f;

  // Drag from the current position back to ~30%, passing through the positions between.
  await page.mouse.move(at(0.4), y);
  await page.mouse.down();
  for (let f = 0.4; f >= 0.3; f -= 0.02) await page.mouse.move(at(f), y);
  await page.mouse.move(at(0.3), y);
  await page.mouse.up();
  await expect.poll(() => time(page)).toBeLessThan(4000);
  await page.waitForTimeout(300);
  const t1 = await time(page);
  const state1 = await shownState(page);
  const trace1 = await traceLines(page);
  expect(trace1.every((l) => JSON.parse(l).t <= t1)).toBe(true);

  // Forward to ~80%, then back to the same spot.
  await page.mouse.click(at(0.8), y);
  await expect.poll(() => time(page)).toBeGreaterThan(t1);
  const trace2 = await traceLines(page);
  expect(trace2.slice(0, trace1.length)).toEqual(trace1);
  await page.mouse.click(at(0.3), y);
  await expect.poll(() => time(page)).toBe(t1);
  await page.waitForTimeout(300);
  expect(await shownState(page)).toBe(state1);
  expect(await traceLines(page)).toEqual(trace1);
  await shot(page, 'playback-scrubbed');
});

test('the bar says why playback stopped: the end, a hidden tab', async ({ explorer: page }) => {
  await openBasic(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1e9));
  await expect(page.getByTestId('pause-reason')).toHaveAttribute('data-reason', 'end');
  // Free play: at the end Play runs on, so faults can still be added.
  await expect(page.getByTestId('play-button')).toHaveText(/Play/);
  await shot(page, 'playback-end');
  // Seeking back: the run has not ended there, so the reason goes away.
  const box = (await page.getByTestId('scrubber').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('pause-reason')).toHaveCount(0);
  await expect(page.getByTestId('play-button')).toHaveText(/Play/);
  await page.evaluate(() => window.raftExplorer!.runTo(1e9));
  await expect(page.getByTestId('pause-reason')).toHaveAttribute('data-reason', 'end');

  // Play at the end runs on past it (free play) instead of ending.
  const end = await time(page);
  await page.getByTestId('speed-preset-1').click();
  await page.getByTestId('play-button').click();
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'true');
  await expect.poll(() => time(page)).toBeGreaterThan(end);

  // Hiding the tab pauses the worker's loop.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'false');
  await expect(page.getByTestId('pause-reason')).toHaveAttribute('data-reason', 'hidden');
  const t = await time(page);
  await page.waitForTimeout(300);
  expect(await time(page)).toBe(t);
});

test('a narration that asks for it pauses playback, and the bar says so', async ({ explorer: page }) => {
  const narrated = makeScenario({ name: 'narrated', until: 3000, steps: [{ at: 300, do: 'narrate', text: 'Look at the votes.', pause: true }] });
  await open(page, `#s=${encodeLink(narrated)}`);
  // A lesson opens in slow motion; real time keeps the test short.
  await page.getByTestId('speed-preset-1').click();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('pause-reason')).toHaveAttribute('data-reason', 'narration');
  expect(await time(page)).toBe(300);
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'false');
  // Stepping on moves away from the narration: the reason no longer applies.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('pause-reason')).toHaveCount(0);
});

test('keyboard: Space plays and pauses, ? opens the help, nothing fires while typing', async ({ explorer: page }) => {
  await openBasic(page);
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('Step to the next message delivery');
  await shot(page, 'help-overlay');
  // Keys other than close do nothing behind the help.
  await page.keyboard.press('ArrowRight');
  expect(await time(page)).toBe(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toHaveCount(0);

  // Space on a focused button still means play/pause, not a second click.
  await page.getByTestId('step-event').focus();
  const stepped = await time(page);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'true');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'false');
  expect(await time(page)).toBeGreaterThanOrEqual(stepped);

  // Typing in a text field never triggers a shortcut.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'typing-test';
    document.body.appendChild(input);
  });
  await page.locator('#typing-test').focus();
  const t = await time(page);
  await page.keyboard.type(' ?+-');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('help-overlay')).toHaveCount(0);
  await expect(page.getByTestId('speed-value')).toHaveText('1×');
  expect(await time(page)).toBe(t);
  await expect(page.locator('#typing-test')).toHaveValue(' ?+-');
});

test('the bar in Chinese', async ({ explorer: page }) => {
  await openBasic(page, '&lang=zh-CN');
  await expect(page.getByTestId('play-button')).toHaveText(/播放/);
  await expect(page.getByTestId('step-event')).toHaveText(/单步/);
  await page.evaluate(() => window.raftExplorer!.runTo(2500));
  await expect(page.getByTestId('time')).toContainText('毫秒');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toContainText('键盘快捷键');
  await shot(page, 'help-overlay-zh');
});

test('automation: speed(), setSpeed() clamped as the control, play() and pause()', async ({ explorer: page }) => {
  await openBasic(page);
  await page.evaluate(() => window.raftExplorer!.setSpeed(1000));
  await expect.poll(() => page.evaluate(() => window.raftExplorer!.speed())).toBe(100);
  await page.evaluate(() => window.raftExplorer!.setSpeed(0.0001));
  await expect.poll(() => page.evaluate(() => window.raftExplorer!.speed())).toBe(0.01);
  await page.evaluate(() => window.raftExplorer!.setSpeed(1));
  await page.evaluate(() => window.raftExplorer!.play());
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'true');
  await page.evaluate(() => window.raftExplorer!.pause());
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'false');
});
