// Rule provenance in the browser: the "Why?" tab lists state changes; clicking one shows
// the rule of the paper that made it happen and the message that triggered it; an entry
// clicked in the logs is explained too.
import { test, expect, openWith, shot } from './fixtures';
import { builtin } from '../../src/scenario/builtins';
import type { Scenario } from '../../src/sim/scenario-types';

function quiet(id: string): Scenario {
  const s = builtin(id) as Scenario;
  return { ...s, steps: s.steps.filter((step) => step.do !== 'narrate') };
}

test('a granted vote is explained by Figure 2 with the RequestVote that asked for it', async ({ explorer: page }) => {
  await openWith(page, quiet('first-election'));
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('tab-why').click();
  await page.getByTestId('why-filter').selectOption('n3');
  const vote = page.locator('[data-testid="why-change"][data-rule="grant-vote"]').first();
  await vote.click();
  const card = page.getByTestId('rule-card');
  await expect(card).toHaveAttribute('data-rule', 'grant-vote');
  await expect(card).toContainText('Figure 2, RequestVote RPC');
  await expect(page.getByTestId('rule-trigger')).toContainText(/vote #\d+ from n1 to n3/);
  // The jump went back to the vote's time and selected it.
  await expect.poll(async () => Number(await page.getByTestId('time').getAttribute('data-time'))).toBeLessThan(1500);
  await expect(vote).toHaveClass(/is-selected/);
  await shot(page, 'provenance-vote');
});

test('a log entry clicked in the logs: where it came from (in Chinese)', async ({ explorer: page }) => {
  await openWith(page, quiet('log-repair'), '&lang=zh-CN');
  await page.evaluate(() => window.raftExplorer!.runTo(2500));
  await page.getByTestId('tab-why').click();
  await page.locator('[data-testid="log-row-n1"] .log-cell').first().click();
  const card = page.getByTestId('rule-card');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('data-rule', /leader-noop|client-append/);
  // A truncation in this story: explained by AppendEntries rule 3.
  const truncation = page.locator('[data-testid="why-change"][data-rule="conflict-truncate"]').first();
  await truncation.click();
  await expect(card).toHaveAttribute('data-rule', 'conflict-truncate');
  await expect(card).toContainText('接收者实现第 3 条');
  await shot(page, 'provenance-truncate-zh');
});
