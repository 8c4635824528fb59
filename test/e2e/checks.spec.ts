// Live safety checks in the browser: a scenario with a bug switched on (through a link)
// stops playback at the violation, names the property in words a student reads, and lists
// the events that break it (a click jumps there); a clean scenario plays to its end with
// the checks passing.
import { test, expect, openWith, shot } from './fixtures';
import type { Page } from '@playwright/test';
import { builtin } from '../../src/scenario/builtins';
import type { BugName, Scenario } from '../../src/sim/scenario-types';

/** A built-in without its narration (nothing else pauses playback) and with these bugs on. */
function quiet(id: string, bugs: BugName[]): Scenario {
  const s = builtin(id) as Scenario;
  return { ...s, cluster: { ...s.cluster, bugs }, steps: s.steps.filter((step) => step.do !== 'narrate') };
}

const time = async (page: Page) => Number(await page.getByTestId('time').getAttribute('data-time'));

async function playFast(page: Page): Promise<void> {
  await page.getByTestId('speed-preset-10').click();
  await page.getByTestId('play-button').click();
}

test('figure-8 with commit-old-term: playback stops and the violation is explained', async ({ explorer: page }) => {
  await openWith(page, quiet('figure-8', ['commit-old-term']));
  await expect(page.getByTestId('checks-status')).toHaveAttribute('data-state', 'ok');
  await playFast(page);
  await expect(page.getByTestId('checks-status')).toHaveAttribute('data-state', 'violated', { timeout: 20_000 });
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'false');
  await expect(page.getByTestId('pause-reason')).toHaveAttribute('data-reason', 'violation');
  const card = page.getByTestId('violation-card');
  await expect(card).toBeVisible();
  await expect(page.getByTestId('violation-property')).toContainText(/State Machine Safety|Leader Completeness/);
  await expect(card).toContainText('commit-old-term');
  const stoppedAt = await time(page);
  expect(stoppedAt).toBeLessThan(3000);
  await shot(page, 'checks-violation');

  // The first event it points at is earlier: a click jumps back there and selects it.
  const first = page.getByTestId('violation-event').first();
  await first.click();
  await expect(first).toHaveClass(/is-selected/);
  await expect.poll(() => time(page)).toBeLessThan(stoppedAt);
  // Back before the violation, the checks pass again; at the violation they fail.
  await expect(page.getByTestId('checks-status')).toHaveAttribute('data-state', 'ok');
});

test('the violation card in Chinese', async ({ explorer: page }) => {
  await openWith(page, quiet('figure-8', ['commit-old-term']), '&lang=zh-CN');
  await playFast(page);
  await expect(page.getByTestId('violation-card')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('violation-card')).toContainText('被破坏的性质');
  await shot(page, 'checks-violation-zh');
});

test('a clean figure-8 plays past its end with every check passing', async ({ explorer: page }) => {
  const scenario = quiet('figure-8', []);
  await openWith(page, scenario);
  await playFast(page);
  // Without narration it is no lesson: free play runs on past `until`; pause once beyond it.
  await expect.poll(() => time(page), { timeout: 20_000 }).toBeGreaterThan(scenario.until);
  await page.getByTestId('play-button').click();
  await expect(page.getByTestId('play-button')).toHaveAttribute('data-playing', 'false');
  const status = page.getByTestId('checks-status');
  await expect(status).toHaveAttribute('data-state', 'ok');
  await expect(status).toHaveAttribute('data-lin', 'ok');
  await expect(page.getByTestId('violation-card')).toHaveCount(0);
  await shot(page, 'checks-pass');
});

/** The pill stays inside the timeline column: it never runs under the speed control. */
async function expectPillInsideTimeline(page: Page): Promise<void> {
  const pill = await page.getByTestId('checks-status').boundingBox();
  const timeline = await page.locator('.pb-timeline').boundingBox();
  expect(pill && timeline && pill.x + pill.width <= timeline.x + timeline.width + 1).toBe(true);
}

/** Plays a quiet built-in past its end, pauses, and waits for the history's verdict. */
async function playPastEnd(page: Page, scenario: Scenario): Promise<void> {
  await openWith(page, scenario);
  await playFast(page);
  await expect.poll(() => time(page), { timeout: 20_000 }).toBeGreaterThan(scenario.until);
  await page.getByTestId('play-button').click();
  await expect(page.getByTestId('checks-status')).toHaveAttribute('data-lin', 'ok');
}

test('the checks pill says how many key-value calls the linearizability check judged', async ({ explorer: page }) => {
  await playPastEnd(page, quiet('figure-8', []));
  const judged = page.getByTestId('checks-lin-judged');
  await expect(judged).toHaveText(/^· (\d+)\/\1 judged$/);
  await expect(judged).not.toHaveAttribute('data-lin-partial');
  await shot(page, 'checks-judged');
});

test('a history mostly on leased keys: the pill marks the verdict as partial, in both languages', async ({ explorer: page }) => {
  const scenario = quiet('service-registry', []);
  await playPastEnd(page, scenario);
  const judged = page.getByTestId('checks-lin-judged');
  await expect(judged).toHaveText(/^· 0\/\d+ judged$/);
  await expect(judged).toHaveAttribute('data-lin-partial', 'true');
  await expect(judged).toHaveAttribute('title', /leases or elections/);
  await shot(page, 'checks-judged-partial');
  // The pill stays whole on the classroom screens (projector mode at 1280x720).
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await expect(judged).toBeVisible();
    await expectPillInsideTimeline(page);
    await shot(page, `checks-judged-partial-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId('projector-toggle').click();
  await expect(judged).toBeVisible();
  await expectPillInsideTimeline(page);
  await shot(page, 'checks-judged-partial-projector');
  await page.getByTestId('projector-toggle').click();
  await openWith(page, scenario, '&lang=zh-CN');
  await playFast(page);
  await expect.poll(() => time(page), { timeout: 20_000 }).toBeGreaterThan(scenario.until);
  await page.getByTestId('play-button').click();
  await expect(judged).toHaveText(/^· 已判定 0\/\d+$/);
  await expect(judged).toHaveAttribute('data-lin-partial', 'true');
  await shot(page, 'checks-judged-partial-zh');
});
