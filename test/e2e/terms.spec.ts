// The terms view in a real browser: the leader of term 1, split votes, selecting a term.
import { test, expect, fiveNodesTwoWrites, openWith, shot, traceEvents } from './fixtures';
import { makeScenario } from '../../src/scenario';
import type {} from '../../src/ui/automation';

const basic = fiveNodesTwoWrites();


/** Five nodes with near-equal election timeouts and slow links: two split votes, then a leader in term 3. */
const splitVotes = () =>
  makeScenario({ name: 'split votes', seed: 3, until: 3000, cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'], preVote: false, electionTimeout: [150, 180] }, network: { latency: [15, 25] } });

test('the terms timeline shows the leader of term 1 and its votes', async ({ explorer: page }) => {
  await openWith(page, basic);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  const events = await traceEvents(page);
  const leader = events.find((e) => e.ev === 'role' && e.role === 'leader' && e.term === 1);
  expect(leader).toBeDefined();
  const card = page.getByTestId('term-card-1');
  await expect(card).toHaveAttribute('data-leader', leader!.node);
  await expect(card).toHaveAttribute('data-outcome', 'leader');
  await expect(card).toContainText(`${leader!.node} led`);
  const voters = events.filter((e) => e.ev === 'vote' && e.term === 1 && e.for === leader!.node).map((e) => e.node);
  for (const v of voters) await expect(card.locator('.term-vote', { hasText: v })).toHaveCount(1);
  await page.getByTestId('terms-view').scrollIntoViewIfNeeded();
  await shot(page, 'terms-term1');
});

test('split votes are terms without a leader; clicking a term selects it and its entries', async ({ explorer: page }) => {
  await openWith(page, splitVotes());
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  const events = await traceEvents(page);
  const leaders = new Map(events.filter((e) => e.ev === 'role' && e.role === 'leader').map((e) => [e.term as number, e.node as string]));
  const terms = [...new Set(events.filter((e) => e.ev === 'role' && e.term > 0).map((e) => e.term as number))];
  expect(terms.some((t) => !leaders.has(t))).toBe(true);
  for (const t of terms) {
    const card = page.getByTestId(`term-card-${t}`);
    if (leaders.has(t)) await expect(card).toHaveAttribute('data-leader', leaders.get(t)!);
    else await expect(card).toHaveAttribute('data-outcome', 'split');
  }
  await page.getByTestId('terms-view').scrollIntoViewIfNeeded();
  await shot(page, 'terms-split');

  const led = [...leaders.keys()][0]!;
  await page.getByTestId(`term-card-${led}`).click();
  await expect(page.getByTestId(`term-card-${led}`)).toHaveClass(/is-selected/);
  // The log view picks out that term's entries and dims the others.
  await expect(page.locator(`.log-cell[data-term="${led}"]`).first()).not.toHaveClass(/is-dimmed/);
  await expect(page.locator(`.log-cell.is-dimmed:not([data-term="${led}"])`)).toHaveCount(await page.locator(`.log-cell:not([data-term="${led}"])`).count());
  await page.getByTestId('terms-view').scrollIntoViewIfNeeded();
  await shot(page, 'terms-selected');
  await page.getByTestId(`term-card-${led}`).click();
  await expect(page.locator('.log-cell.is-dimmed')).toHaveCount(0);
});

test('elections stay on the timeline after a long run and a seek backward', async ({ explorer: page }) => {
  const steps = [];
  for (let i = 0; i < 1500; i++) steps.push({ at: 400 + i * 5, do: 'client' as const, client: `c${(i % 16) + 1}`, op: { type: 'put' as const, key: `k${i % 5}`, value: String(i) } });
  steps.push({ at: 5000, do: 'crash' as const, node: 'leader' });
  await openWith(page, makeScenario({ name: 'busy', until: 9000, cluster: { nodes: ['n1', 'n2', 'n3'] }, steps }));
  await page.evaluate(() => window.raftExplorer!.runTo(9000));
  await expect(page.getByTestId('term-card-1')).toHaveAttribute('data-outcome', 'leader');
  await expect(page.getByTestId('term-card-2')).toHaveAttribute('data-outcome', 'leader');
  await expect(page.getByTestId('terms-view')).not.toContainText('no longer shown');
  // Back to 6 s: the same run, replayed; term 1's election is still known.
  const box = (await page.getByTestId('scrubber').boundingBox())!;
  await page.mouse.click(box.x + 10 + (box.width - 20) * (6000 / 9000), box.y + box.height / 2);
  await expect.poll(() => page.evaluate(() => window.raftExplorer!.time())).toBeLessThan(7000);
  await expect(page.getByTestId('term-card-1')).toHaveAttribute('data-outcome', 'leader');
  await expect(page.getByTestId('term-card-1').locator('.term-vote')).not.toHaveCount(0);
  await page.getByTestId('terms-view').scrollIntoViewIfNeeded();
  await shot(page, 'terms-after-seek');
});

test('the terms view in Chinese', async ({ explorer: page }) => {
  await openWith(page, splitVotes(), '&lang=zh-CN');
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  await expect(page.getByTestId('terms-view')).toContainText('任期');
  await expect(page.getByTestId('terms-view')).toContainText('选票分散');
  await page.getByTestId('terms-view').scrollIntoViewIfNeeded();
  await shot(page, 'terms-zh');
});
