// Time travel verifies itself (issue 15 item 9): when a seek back replays something other
// than the recorded run, the page says so with a badge instead of silently showing another
// past. The worker's checkpoints are broken on purpose through a test-only hook.

import { BUILTINS } from '../../src/scenario/builtins';
import { expect, openWith, shot, test } from './fixtures';

const chain = BUILTINS.find((b) => b.id === 'election-watch-chain')!.scenario;

for (const [lang, text] of [
  ['en', /Replay diverged at \d+ ms: \w+\.\S+: recorded .+, replayed/],
  ['zh-CN', /回放在 \d+ 毫秒处与原运行不一致：\w+\.\S+: recorded/],
] as const) {
  test(`a replay that diverges shows the badge (${lang})`, async ({ explorer: page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openWith(page, chain, `&lang=${lang}`);
    await expect(page.getByTestId('replay-diverged')).toHaveCount(0);
    await page.evaluate(() => window.raftExplorer!.breakReplayForTest());
    await page.evaluate(() => window.raftExplorer!.runTo(6000));
    // Nothing replayed yet: running forward is the run itself.
    await expect(page.getByTestId('replay-diverged')).toHaveCount(0);
    await page.getByTestId('step-back').click();
    const badge = page.getByTestId('replay-diverged');
    await expect(badge).toBeVisible();
    await expect(page.getByTestId('replay-diverged-text')).toHaveText(text);
    // It sits in the cluster area, whole (not cut off) at a projector's 1280x720.
    await expect(page.locator('[data-region="cluster"]').getByTestId('replay-diverged')).toBeVisible();
    const box = (await badge.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    const at = Number(await badge.getAttribute('data-at'));
    expect(at).toBeGreaterThanOrEqual(5000);
    expect(at).toBeLessThanOrEqual(6000);
    await expect(badge).toHaveAttribute('title', /.+/);
    // The page stays usable: the checks indicator is still there, playback still works.
    await expect(page.getByTestId('checks-status')).toBeVisible();
    // Projector mode (larger everything): the banner still reads whole.
    await page.getByTestId('projector-toggle').click();
    await expect(page.getByTestId('app')).toHaveClass(/projector/);
    await expect(badge).toBeVisible();
    await shot(page, `replay-diverged-${lang}-1280-projector`);
  });
}

test('ordinary seeks back never show the badge', async ({ explorer: page }) => {
  await openWith(page, chain);
  await page.evaluate(() => window.raftExplorer!.runTo(6000));
  await page.getByTestId('step-back').click();
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('time')).not.toHaveAttribute('data-time', '6000');
  await expect(page.getByTestId('replay-diverged')).toHaveCount(0);
});
