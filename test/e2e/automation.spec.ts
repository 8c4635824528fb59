import { test, expect, shot, openDefault } from './fixtures';
import type {} from '../../src/ui/automation';

test('the page loads with no console errors and exposes window.raftExplorer', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  const time = await page.evaluate(() => window.raftExplorer!.time());
  expect(time).toBe(1500);
  const trace = await page.evaluate(() => window.raftExplorer!.trace());
  const lines = trace.trim().split('\n').map((l) => JSON.parse(l));
  expect(lines[0].ev).toBe('start');
  expect(lines.some((e) => e.ev === 'role' && e.role === 'leader')).toBe(true);
  expect(lines.every((e) => e.t <= 1500)).toBe(true);
  await shot(page, 'automation-loaded');
});
