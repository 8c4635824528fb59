// Challenges on the page: open a built-in, solve it through the UI, see Solved with the
// proving events, share the solved run, reload and find the progress kept; a teacher's
// challenge opens from a link; a bad challenge is refused with the field named.

import { expect, openDefault, openWith, shot, test, whenReady } from './fixtures';
import { makeScenario } from '../../src/scenario';

test.use({ viewport: { width: 1280, height: 720 } });

test('solve first-leader through the node menu, see Solved, reload and keep the progress', async ({ explorer: page }) => {
  await openDefault(page);
  await page.getByTestId('tab-challenges').click();
  await expect(page.getByTestId('challenges-progress')).toHaveText('0 of 10 solved');
  await page.getByTestId('challenge-open-first-leader').click();
  await expect(page.getByTestId('challenge-task')).toContainText('Make n1 the leader of term 1');
  await expect(page.getByTestId('challenge-actions')).toContainText('Actions left: 1 of 1');
  await expect(page.getByTestId('challenge-status')).toBeVisible();
  // A challenge has no story: the narration box repeats the task instead of saying "no story".
  await expect(page.getByTestId('narration-text')).toContainText('Challenge: Make n1 the leader of term 1');
  // The learner's action: trigger n1's election timeout at the start.
  await page.getByTestId('node-n1').locator('.node-shape').click();
  await page.getByTestId('node-action-timeout').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  // n1's Figure 2 panel opened with the click; the learner goes back to the challenge's tab.
  await page.getByTestId('tab-challenges').click();
  const solved = page.getByTestId('challenge-solved');
  await expect(solved).toContainText('Solved at');
  await expect(page.getByTestId('challenge-proof')).toContainText('node=n1 role=leader term=1');
  await expect(page.getByTestId('challenge-actions')).toContainText('Actions left: 0 of 1');
  await expect(page.getByTestId('challenges-progress')).toHaveText('1 of 10 solved');
  await shot(page, 'challenges-solved-1280');

  // The solved run as a link: the learner's timeout and the challenge travel in it.
  await page.getByTestId('challenge-share').click();
  const link = await page.evaluate(() => window.raftExplorer!.link());
  const shared = (await page.evaluate(() => window.raftExplorer!.scenario())) as { challenge?: unknown; steps: { do: string; node?: string }[] };
  expect(shared.challenge).toBeDefined();
  expect(shared.steps).toContainEqual(expect.objectContaining({ do: 'timeout', node: 'n1' }));

  await page.reload();
  await page.waitForFunction(() => window.raftExplorer !== undefined);
  await whenReady(page);
  await page.getByTestId('tab-challenges').click();
  await expect(page.getByTestId('challenges-progress')).toHaveText('1 of 10 solved');
  await expect(page.getByTestId('challenge-open-first-leader').locator('xpath=..')).toHaveAttribute('data-solved', 'true');

  // Opening the shared link in a fresh page plays the same solved run.
  const other = await page.context().newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await other.waitForFunction(() => window.raftExplorer !== undefined);
  await whenReady(other);
  await other.evaluate(() => window.raftExplorer!.runTo(1000));
  await expect(other.getByTestId('challenge-solved')).toBeVisible();
  await other.close();
});

test('a teacher’s challenge from a link, in Chinese; a broken limit says why', async ({ explorer: page }) => {
  const challenge = { task: { en: 'Get a leader elected, using only timeouts.', 'zh-CN': '只用超时，选出一个领导者。' }, goal: { leader: {} }, actions: { allow: ['timeout'], max: 2 } };
  const scenario = makeScenario({ name: { en: 'Crash nothing', 'zh-CN': '什么都不宕机' }, cluster: { nodes: ['n1', 'n2', 'n3'] }, until: 3000, challenge });
  await openWith(page, scenario, '&lang=zh-CN');
  await expect(page.getByTestId('challenge-task')).toHaveText('只用超时，选出一个领导者。');
  await expect(page.getByTestId('challenge-actions')).toContainText('剩余操作：2 / 2');
  // The page never lets the learner break the limit: crash is off, and says why.
  await page.getByTestId('node-n2').locator('.node-shape').click();
  await expect(page.getByTestId('node-action-crash')).toBeDisabled();
  await expect(page.getByTestId('node-action-crash')).toContainText('本挑战不允许“crash”（允许：timeout）');
  await expect(page.getByTestId('node-action-timeout')).toBeEnabled();
  // A run shared with a crash in it (made elsewhere) is graded broken, as before.
  const broken = makeScenario({ ...scenario, steps: [{ at: 1, do: 'crash', node: 'n2' }] });
  await openWith(page, broken, '&lang=zh-CN');
  await page.evaluate(() => window.raftExplorer!.runTo(2000));
  await page.getByTestId('tab-challenges').click();
  await expect(page.getByTestId('challenge-broken')).toContainText('不允许“crash”');
  await expect(page.getByTestId('challenge-solved')).toHaveCount(0);
  await shot(page, 'challenges-broken-zh-1280');
  await page.getByTestId('challenge-restart').click();
  await expect(page.getByTestId('challenge-broken')).toHaveCount(0);
  await page.evaluate(() => window.raftExplorer!.runTo(2000));
  await expect(page.getByTestId('challenge-solved')).toContainText('已在');
});

test('a challenge’s action limits turn the controls off with the reason, and the tab counts down', async ({ explorer: page }) => {
  const scenario = makeScenario({
    name: 'Two timeouts',
    cluster: { nodes: ['n1', 'n2', 'n3'] },
    until: 5000,
    challenge: { task: 'Make n3 lead, with at most two timeouts or partitions.', goal: { leader: { node: 'n3', termAtLeast: 5 } }, actions: { allow: ['timeout', 'partition'], max: 2 } },
  });
  await openWith(page, scenario, '&lang=en');
  await page.getByTestId('tab-challenges').click();
  await expect(page.getByTestId('challenge-actions')).toContainText('Actions left: 2 of 2');
  // Kinds the challenge does not allow are off everywhere, each with the reason.
  await expect(page.getByTestId('open-partition')).toBeEnabled();
  await expect(page.getByTestId('toolbar-gate')).toHaveText('Challenge: only timeout, partition');
  await expect(page.getByTestId('toolbar-gate')).toHaveAttribute('title', /does not allow “heal” \(allowed: timeout, partition\)/);
  await page.getByTestId('tab-clients').click();
  await page.getByTestId('client-form-toggle').click();
  await expect(page.getByTestId('client-send')).toBeDisabled();
  await expect(page.getByTestId('client-gate')).toContainText('does not allow “client”');
  await page.getByTestId('tab-console').click();
  await expect(page.getByTestId('console-run')).toBeDisabled();
  await expect(page.getByTestId('console-gate')).toContainText('does not allow “etcdctl”');
  await page.getByTestId('node-n1').locator('.node-shape').click();
  await expect(page.getByTestId('node-action-crash')).toBeDisabled();
  await expect(page.getByTestId('node-action-crash')).toHaveAttribute('data-gate', 'challenge');
  // Two timeouts use the two actions; the countdown follows.
  await page.getByTestId('node-action-timeout').click();
  await page.evaluate(() => window.raftExplorer!.runTo(600));
  await page.getByTestId('tab-challenges').click();
  await expect(page.getByTestId('challenge-actions')).toContainText('Actions left: 1 of 2');
  await page.getByTestId('node-n2').locator('.node-shape').click();
  await page.getByTestId('node-action-timeout').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1200));
  await page.getByTestId('tab-challenges').click();
  await expect(page.getByTestId('challenge-actions')).toContainText('Actions left: 0 of 2');
  await expect(page.getByTestId('challenge-actions')).toHaveAttribute('data-left', '0');
  // None left: even the allowed kinds are off, saying so.
  await expect(page.getByTestId('open-partition')).toBeDisabled();
  await expect(page.getByTestId('toolbar-gate')).toHaveText('Challenge: no actions left');
  await expect(page.getByTestId('toolbar-gate')).toHaveAttribute('title', /No actions left: this challenge allows 2/);
  await page.getByTestId('node-n3').locator('.node-shape').click();
  await expect(page.getByTestId('node-action-timeout')).toBeDisabled();
  await expect(page.getByTestId('node-action-timeout')).toContainText('No actions left');
  await shot(page, 'challenges-none-left-en');
  // In Chinese too.
  await page.getByTestId('lang').selectOption('zh-CN');
  await expect(page.getByTestId('node-action-timeout')).toContainText('没有剩余操作');
  await expect(page.getByTestId('toolbar-gate')).toHaveText('挑战：没有剩余操作');
  // The steps are the two timeouts: nothing slipped past the limits.
  const steps = ((await page.evaluate(() => window.raftExplorer!.scenario())) as { steps: { do: string }[] }).steps;
  expect(steps.map((s) => s.do)).toEqual(['timeout', 'timeout']);
  await page.keyboard.press('Escape');
  await page.getByTestId('tab-challenges').click();
  await expect(page.getByTestId('challenge-broken')).toHaveCount(0);
});

test('a challenge with a misspelled condition is refused naming the field; the page stays usable', async ({ explorer: page }) => {
  const scenario = { ...makeScenario({ cluster: { nodes: ['n1', 'n2', 'n3'] } }), challenge: { task: 'x', goal: { leadr: {} } } };
  // openWith encodes without validating: the page must refuse it.
  await openWith(page, scenario as never);
  await expect(page.getByTestId('error')).toContainText('challenge.goal.leadr: unknown condition "leadr"');
  await page.getByTestId('tab-challenges').click();
  await page.getByTestId('challenge-open-write-and-read').click();
  await expect(page.getByTestId('challenge-task')).toContainText('greeting = hello');
  // The Challenges tab is in sight at 1280x720 without scrolling the tab row.
  const row = (await page.locator('.side-tabs').boundingBox())!;
  const tab = (await page.getByTestId('tab-challenges').boundingBox())!;
  expect(tab.x).toBeGreaterThanOrEqual(row.x);
  expect(tab.x + tab.width).toBeLessThanOrEqual(row.x + row.width);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'challenges-open-1920');
});

test('a teacher’s challenge file opens through Scenarios ▸ Open a scenario file… and is solved', async ({ explorer: page }) => {
  await openDefault(page);
  const file = makeScenario({
    name: 'Teacher file',
    cluster: { nodes: ['n1', 'n2', 'n3'] },
    until: 3000,
    challenge: { task: 'Elect n2, with at most one action.', goal: { leader: { node: 'n2' } }, actions: { max: 1 } },
  });
  await page.getByTestId('scenario-menu').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'teacher.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('challenge-task')).toHaveText('Elect n2, with at most one action.');
  await page.getByTestId('node-n2').locator('.node-shape').click();
  await page.getByTestId('node-action-timeout').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await expect(page.getByTestId('challenge-solved')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('raft-explorer.challenges.v1'))).toMatch(/"file:[0-9a-f]{8}"/);
});
