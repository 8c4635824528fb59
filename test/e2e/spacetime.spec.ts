// The space-time diagram in the browser: lanes per node, messages as arrows from send to
// receive (lost ones marked), marks for role changes and votes; it follows playback, zooms,
// and shares the selection; "Save as ShiViz log" downloads a log ShiViz parses.
import { test, expect, openWith, shot } from './fixtures';
import { builtin } from '../../src/scenario/builtins';
import type { Scenario } from '../../src/sim/scenario-types';

function quiet(id: string): Scenario {
  const s = builtin(id) as Scenario;
  return { ...s, steps: s.steps.filter((step) => step.do !== 'narrate') };
}

test('lanes, arrows and marks; a click selects; zoom; the trigger of a state change is highlighted', async ({ explorer: page }) => {
  await openWith(page, quiet('leader-crash'));
  await page.evaluate(() => window.raftExplorer!.runTo(400));
  await page.getByTestId('bottom-spacetime').click();
  const diagram = page.getByTestId('spacetime');
  await expect(diagram).toBeVisible();
  await expect(diagram.locator('[data-testid="st-arrow"][data-type="vote"]').first()).toBeVisible();
  await expect(diagram.locator('[data-testid="st-mark"][data-kind="leader"]')).toHaveCount(1);
  // Zoom out shows more time.
  await expect(page.getByTestId('st-span')).toContainText('1 s');
  await page.getByTestId('st-zoom-out').click();
  await expect(page.getByTestId('st-span')).toContainText('2 s');
  // A click on the leader mark selects that node in every view (the cluster ring too).
  await diagram.locator('[data-testid="st-mark"][data-kind="leader"]').click();
  await expect(diagram.locator('[data-testid="st-mark"][data-kind="leader"]')).toHaveClass(/is-selected/);
  // The Why? tab explains it, and the vote reply that completed the majority is highlighted in the diagram.
  await page.getByTestId('tab-why').click();
  await expect(page.getByTestId('rule-card')).toHaveAttribute('data-rule', 'won-election');
  const trigger = await page.getByTestId('rule-trigger').getAttribute('data-message');
  await expect(diagram.locator(`[data-testid="st-arrow"][data-id="${trigger}"]`)).toHaveClass(/is-trigger/);
  await shot(page, 'spacetime-election');
});

test('lost messages are marked; the diagram follows playback', async ({ explorer: page }) => {
  const s = quiet('check-quorum');
  await openWith(page, s, '&lang=zh-CN');
  await page.getByTestId('bottom-spacetime').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1300));
  const diagram = page.getByTestId('spacetime');
  await expect(diagram.locator('[data-testid="st-arrow"][data-end="drop"]').first()).toBeAttached();
  await shot(page, 'spacetime-drops-zh');
});

test('Save as ShiViz log: the header ShiViz reads, then one event per line with vector clocks', async ({ explorer: page }) => {
  await openWith(page, quiet('first-election'));
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('bottom-spacetime').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('st-shiviz').click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = text.split('\n');
  expect(lines[0]).toBe('(?<host>\\S+) (?<clock>\\{.*?\\}) (?<event>.*)');
  expect(lines[1]).toBe('');
  const re = new RegExp(`^${lines[0]}$`);
  const events = lines.slice(2).filter((l) => l !== '');
  expect(events.length).toBeGreaterThan(100);
  for (const l of events) expect(re.test(l), l).toBe(true);
  expect(events[0]).toMatch(/^n\d \{"n\d":1\} /);
});
