// A/B runs in a real browser: the same scenario and seed side by side with one setting
// changed, both moved by the one playback bar, and the differences marked.
import { test, expect, open, openWith, shot } from './fixtures';
import type { Page } from '@playwright/test';
import { builtin } from '../../src/scenario/builtins';
import type {} from '../../src/ui/automation';

/** Waits until side B has followed side A to A's current time. */
async function bothAt(page: Page, time: number): Promise<void> {
  await expect(page.getByTestId('compare-a')).toHaveAttribute('data-time', String(time));
  await expect(page.getByTestId('compare-b')).toHaveAttribute('data-time', String(time));
}

test('ab=preVote on the prevote built-in: B (PreVote off) loses its leader when n3 returns', async ({ explorer: page }) => {
  await openWith(page, builtin('prevote')!, '&lang=en&ab=preVote');
  // The logs below the two rings say which side they show.
  await expect(page.getByTestId('logs-side')).toHaveText('Logs of side A');
  await expect(page.getByTestId('compare')).toBeVisible();
  await expect(page.getByTestId('compare-a')).toContainText('on');
  await expect(page.getByTestId('compare-b')).toContainText('off');
  // Before n3 returns the two runs elect the same leader and commit the same entries.
  await page.evaluate(() => window.raftExplorer!.runTo(2000));
  await bothAt(page, 2000);
  await expect(page.getByTestId('compare-same')).toBeVisible();
  // n3 is the one node that differs: a pre-candidate of term 1 in A, a candidate of a high term in B.
  await expect(page.getByTestId('differs-b-n3')).toHaveCount(1);
  await expect(page.getByTestId('compare-nodes').locator('tr[data-node="n3"]')).toContainText('term 1');
  // After the heal: A still led by n1 in term 1; B had a new election.
  await page.evaluate(() => window.raftExplorer!.runTo(3400));
  await bothAt(page, 3400);
  const leaders = page.getByTestId('compare-leaders');
  await expect(leaders).toContainText('n1 (term 1)');
  await expect(leaders).toContainText('n4 (term 12)');
  const diverged = page.getByTestId('compare-diverged');
  await expect(diverged).toContainText('became leader of term 12');
  const at = Number(await diverged.getAttribute('data-at'));
  expect(at).toBeGreaterThan(2500);
  expect(at).toBeLessThan(3000);
  await expect(page.getByTestId('differs-a-n1')).toHaveCount(1);
  await shot(page, 'compare-prevote-en');
  // Seeking moves both runs: "Go there" takes both to the first difference.
  await page.getByTestId('compare-go').click();
  await bothAt(page, at);
  // The share link carries the comparison.
  expect(await page.evaluate(() => window.raftExplorer!.link())).toContain('&ab=preVote');
  await page.getByTestId('compare-stop').click();
  await expect(page.getByTestId('compare')).toHaveCount(0);
  await expect(page.getByTestId('cluster-ring')).toBeVisible();
});

test('Compare A/B… from the header, in Chinese: serializable reads return the stale value', async ({ explorer: page }) => {
  await openWith(page, builtin('stale-leader')!, '&lang=zh-CN');
  await page.getByTestId('compare-open').click();
  await page.getByTestId('compare-setting').selectOption('serializable');
  await expect(page.getByTestId('compare-dialog')).toContainText('B：串行化读');
  await page.getByTestId('compare-start').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1800));
  await bothAt(page, 1800);
  // c4's read at the stale leader: no answer yet in A (ReadIndex), the old value at once in B.
  const diverged = page.getByTestId('compare-diverged');
  await expect(diverged).toContainText('c4#1：读到 x=old');
  await expect(diverged).toContainText('尚未发生');
  await shot(page, 'compare-reads-zh');
});

test('a link with an unknown A/B setting opens the run without a comparison', async ({ explorer: page }) => {
  await open(page, '#lang=en&ab=nonsense');
  await expect(page.getByTestId('cluster-ring')).toBeVisible();
  await expect(page.getByTestId('compare')).toHaveCount(0);
});
