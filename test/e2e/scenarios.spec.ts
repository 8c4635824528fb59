import type {} from '../../src/ui/automation';
import { test, expect, open, shot } from './fixtures';
import { builtin } from '../../src/scenario/builtins';
import { runScenario } from '../../src/sim/run';

test('the scenario menu opens a built-in, which runs as it does headless and pauses at its narrations', async ({ explorer: page }) => {
  await open(page);
  await page.getByTestId('scenario-menu').click();
  await shot(page, 'scenario-menu');
  await page.getByTestId('builtin-split-vote').click();
  await page.waitForFunction(() => (window.raftExplorer!.scenario() as { name: { en: string } }).name.en?.startsWith('Split vote'));
  const scenario = builtin('split-vote')!;
  await page.evaluate(() => window.raftExplorer!.runTo(2000));
  const headless = runScenario(scenario, { trace: true }).recorder.toJsonl(2000);
  expect(await page.evaluate(() => window.raftExplorer!.trace())).toBe(headless);
});

test('a scenario can be saved and opened again; a broken file is refused with the reason', async ({ explorer: page }) => {
  await open(page);
  await page.getByTestId('scenario-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-scenario').click()]);
  const text = await (await download.createReadStream()).toArray();
  const saved = JSON.parse(Buffer.concat(text).toString('utf8'));
  expect(saved.version).toBe(1);
  await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"seed":1,"cluster":{"nodes":["n1","n9","n9"]}}') });
  await expect(page.getByTestId('error')).toContainText('broken.json: cluster.nodes[2]');
  await page.getByTestId('import-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...saved, name: 'reopened' })) });
  await page.waitForFunction(() => (window.raftExplorer!.scenario() as { name: string }).name === 'reopened');
});
