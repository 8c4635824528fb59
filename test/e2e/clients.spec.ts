// The clients tab in a real browser: etcd's own answers (an empty key's error) show in red,
// inline validation stops what the scenario format cannot carry without sending anything,
// and a txn built in the form answers etcd-shaped.
import { test, expect, open, shot, openDefault } from './fixtures';
import { makeScenario } from '../../src/scenario';
import { encodeLink } from '../../src/scenario/link';

/** Five healthy nodes and nothing scripted: every request comes from the test. */
const QUIET_CLUSTER = `#s=${encodeLink(makeScenario({ name: 'quiet', cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] }, until: 20_000 }))}`;
import type { Page } from '@playwright/test';
import type {} from '../../src/ui/automation';

const clientSteps = async (page: Page) =>
  ((await page.evaluate(() => window.raftExplorer!.scenario())) as { steps: { do: string }[] }).steps.filter((s) => s.do === 'client').length;

test('an empty key goes to etcd, whose error shows in red; the latest answer sits under the form', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('field-key').fill('');
  await page.getByTestId('field-value').fill('v');
  await page.getByTestId('client-send').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1700));
  const latest = page.getByTestId('client-latest').getByTestId('client-op');
  await expect(latest).toHaveAttribute('data-state', 'error');
  await expect(latest).toContainText('etcdserver: key is not provided');
  await expect(latest.locator('.cl-op-error')).toHaveCSS('color', 'rgb(180, 35, 24)');
  await shot(page, 'clients-empty-key');
});

test('inline validation names the problem and sends nothing', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  const before = await clientSteps(page);

  await page.getByTestId('field-op').selectOption('lease-grant');
  await page.getByTestId('field-ttl').fill('1.5');
  await expect(page.getByTestId('problem-cl-ttl')).toHaveText('Give a whole number, not “1.5”.');
  await page.getByTestId('client-send').click();
  await expect(page.getByTestId('field-ttl')).toBeFocused();

  await page.getByTestId('field-op').selectOption('get');
  await page.getByTestId('field-revision').fill('-3');
  await expect(page.getByTestId('problem-cl-revision')).toHaveText('A revision cannot be negative (-3).');

  await page.getByTestId('field-key').fill('k'.repeat(257));
  await expect(page.getByTestId('problem-cl-key')).toHaveText('Too long: 257 characters; at most 256.');
  await page.getByTestId('client-send').click();
  await shot(page, 'clients-validation');
  expect(await clientSteps(page)).toBe(before);

  await page.getByTestId('field-client').selectOption('+new');
  await page.getByTestId('field-new-client').fill('Bad Name');
  await expect(page.getByTestId('problem-cl-new-client')).toContainText('“Bad Name” is not one');
  expect(await clientSteps(page)).toBe(before);
});

test('a txn from the builder answers with succeeded and its responses', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('field-op').selectOption('txn');
  // The default builder: if version(a) = 1 then put a=2 else get a. There is no a yet: version 0.
  await page.getByTestId('client-send').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1700));
  const latest = page.getByTestId('client-latest').getByTestId('client-op');
  await expect(latest).toHaveAttribute('data-state', 'ok');
  await expect(latest).toContainText('succeeded false');
  await expect(latest).toContainText('response 1');
  await shot(page, 'clients-txn');
});

test('the clients tab reads naturally in Chinese', async ({ explorer: page }) => {
  await openDefault(page, '#lang=zh-CN');
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('field-key').fill('x');
  await page.getByTestId('client-send').click();
  await page.evaluate(() => window.raftExplorer!.runTo(1700));
  await expect(page.getByTestId('client-latest')).toContainText('修订版本');
  await expect(page.getByTestId('tab-clients')).toHaveText('客户端');
  await shot(page, 'clients-zh');
});

test('each client lists its requests newest first with etcd-shaped answers; a campaign waits visibly', async ({ explorer: page }) => {
  await open(page, QUIET_CLUSTER); // no scripted requests of its own to mix with ours
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  const send = async (client: string, op: string, fields: Record<string, string> = {}, checks: string[] = []) => {
    await page.getByTestId('field-client').selectOption(client);
    await page.getByTestId('field-op').selectOption(op);
    for (const [name, value] of Object.entries(fields)) await page.getByTestId(`field-${name}`).fill(value);
    for (const id of checks) await page.locator(`#cl-${id}`).check();
    await page.getByTestId('client-send').click();
  };
  await send('c1', 'put', { key: 'a', value: '1' });
  await send('c1', 'put', { key: 'a', value: '2' }, ['prevKv']);
  await send('c1', 'get', { key: 'a', revision: '' });
  await send('c2', 'lease-grant', { ttl: '30' });
  await send('c2', 'campaign', { election: 'e', value: 'c2' });
  await send('c3', 'campaign', { election: 'e', value: 'c3' });
  await page.evaluate(() => window.raftExplorer!.runTo(2200));

  const c1 = page.getByTestId('client-ops-c1').getByTestId('client-op');
  await expect(c1).toHaveCount(3);
  await expect(c1.nth(0)).toHaveAttribute('data-op', 'get');
  await expect(c1.nth(0).getByTestId('result-kv')).toContainText('create_revision');
  await expect(c1.nth(1)).toContainText('prev_kv');
  await expect(page.getByTestId('client-ops-c2').getByTestId('client-op').nth(1)).toContainText('ID');
  // One campaigner holds; the other is still waiting: its campaign has not returned.
  await expect(page.getByTestId('client-history').locator('[data-testid="client-op"][data-op="campaign"][data-state="ok"]')).toHaveCount(1);
  const waiting = page.getByTestId('client-history').locator('[data-testid="client-op"][data-op="campaign"][data-state="pending"]');
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('waiting for e/');
  await page.getByTestId('client-ops-c1').scrollIntoViewIfNeeded();
  await shot(page, 'clients-history');
});
