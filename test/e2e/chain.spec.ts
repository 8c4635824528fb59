// The watch-chain tab in a real browser: three clients campaign from the clients panel and
// line up, each waiter pointing at the key just ahead; when the holder resigns the chain
// re-links and the next one holds.
import { test, expect, shot, openWith, openDefault } from './fixtures';
import type { Page } from '@playwright/test';
import { builtin } from '../../src/scenario/builtins';
import type {} from '../../src/ui/automation';

async function send(page: Page, client: string, fill: (page: Page) => Promise<void>): Promise<void> {
  await page.getByTestId('tab-clients').click();
  await page.getByTestId('field-client').selectOption(client);
  await fill(page);
  await page.getByTestId('client-send').click();
}

const campaign = (client: string) => async (page: Page) => {
  await page.getByTestId('field-op').selectOption('campaign');
  await page.getByTestId('field-election').fill('e');
  await page.getByTestId('field-value').fill(`v-${client}`);
};

const resign = async (page: Page) => {
  await page.getByTestId('field-op').selectOption('resign');
  await page.getByTestId('field-election').fill('e');
};

/** The chain as drawn once animations settle: keys top to bottom, the holder, the arrows. */
async function chainOf(page: Page) {
  const boxes = page.locator('[data-testid="chain-box"]:not([data-leaving])');
  const arrows = page.locator('[data-testid="chain-arrow"]:not([data-leaving])');
  const keys = await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
  const clients = await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('data-client')!));
  const holders = await page.locator('[data-testid="chain-box"][data-holder]:not([data-leaving])').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
  const links = await arrows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-from'), e.getAttribute('data-to')]));
  return { keys, clients, holders, links };
}

test('three campaigners build a chain; when the holder resigns it re-links and the next one holds', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  for (const c of ['c1', 'c2', 'c3']) await send(page, c, campaign(c));
  await page.evaluate(() => window.raftExplorer!.runTo(2500));
  await page.getByTestId('tab-chain').click();

  await expect(page.locator('[data-testid="chain-box"]:not([data-leaving])')).toHaveCount(3);
  const before = await chainOf(page);
  expect(before.keys.every((k) => k.startsWith('e/'))).toBe(true);
  expect([...before.clients].sort()).toEqual(['c1', 'c2', 'c3']);
  expect(before.holders).toEqual([before.keys[0]]);
  // Each waiter watches the key just ahead of it (no herd effect).
  expect(before.links).toEqual([
    [before.keys[1], before.keys[0]],
    [before.keys[2], before.keys[1]],
  ]);
  // The keys are in create-revision order, and the first one's client was elected with it.
  const trace = (await page.evaluate(() => window.raftExplorer!.trace())).trim().split('\n').map((l) => JSON.parse(l));
  const elected = trace.filter((e) => e.ev === 'elected');
  expect(elected).toHaveLength(1);
  expect(elected[0].key).toBe(before.keys[0]);
  expect(elected[0].client).toBe(before.clients[0]);
  await expect(page.getByTestId('chain')).toContainText(`waiting for ${before.keys[0]} to be deleted`);
  await shot(page, 'chain-three');

  await send(page, before.clients[0]!, resign);
  await page.evaluate(() => window.raftExplorer!.runTo(2700));
  await page.getByTestId('tab-chain').click();
  await expect(page.locator('[data-testid="chain-box"]:not([data-leaving])')).toHaveCount(2);
  const after = await chainOf(page);
  expect(after.keys).toEqual(before.keys.slice(1));
  expect(after.holders).toEqual([before.keys[1]]);
  expect(after.links).toEqual([[before.keys[2], before.keys[1]]]);
  await expect(page.locator(`[data-testid="chain-box"][data-key="${before.keys[1]}"]`)).toContainText('holds the election');
  await expect(page.locator('[data-testid="chain-box"][data-leaving]')).toHaveCount(0);
  await shot(page, 'chain-relinked');
});

test('a waiter in the middle crashing makes the next one re-link past it', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  for (const c of ['c1', 'c2', 'c3']) await send(page, c, campaign(c));
  await page.evaluate(() => window.raftExplorer!.runTo(2500));
  await page.getByTestId('tab-chain').click();
  const before = await chainOf(page);
  // The middle campaigner resigns while waiting: its key goes, the last one now watches the holder.
  await send(page, before.clients[1]!, resign);
  await page.evaluate(() => window.raftExplorer!.runTo(2800));
  await page.getByTestId('tab-chain').click();
  await expect(page.locator('[data-testid="chain-box"]:not([data-leaving])')).toHaveCount(2);
  const after = await chainOf(page);
  expect(after.keys).toEqual([before.keys[0], before.keys[2]]);
  expect(after.links).toEqual([[before.keys[2], before.keys[0]]]);
  expect(after.holders).toEqual([before.keys[0]]);
});

test('a crashed holder leaves an orphaned key that holds until its lease expires, then the chain moves on', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  for (const c of ['c1', 'c2', 'c3']) {
    await send(page, c, async (p) => {
      await campaign(c)(p);
      await p.getByTestId('field-sessionTtl').fill('2');
    });
  }
  await page.evaluate(() => window.raftExplorer!.runTo(2500));
  await page.getByTestId('tab-chain').click();
  const before = await chainOf(page);
  await page.getByTestId('tab-clients').click();
  await page.getByTestId(`client-crash-${before.clients[0]}`).click();
  await page.evaluate(() => window.raftExplorer!.runTo(2700));
  await page.getByTestId('tab-chain').click();
  const orphan = page.locator(`[data-testid="chain-box"][data-key="${before.keys[0]}"]:not([data-leaving])`);
  await expect(orphan).toHaveAttribute('data-kind', 'orphan');
  await expect(orphan).toHaveAttribute('data-holder', 'true');
  await expect(orphan).toContainText('orphaned, still holds until lease');
  await shot(page, 'chain-orphaned');

  await page.evaluate(() => window.raftExplorer!.runTo(6500));
  await page.getByTestId('tab-chain').click();
  await expect(page.locator('[data-testid="chain-box"]:not([data-leaving])')).toHaveCount(2);
  const after = await chainOf(page);
  expect(after.keys).toEqual(before.keys.slice(1));
  expect(after.holders).toEqual([before.keys[1]]);
});


test('the built-in watch-chain story: a crashed waiter’s key is orphaned, then the chain re-links past it', async ({ explorer: page }) => {
  await openWith(page, builtin('election-watch-chain')!);
  await page.evaluate(() => window.raftExplorer!.runTo(1600));
  await page.getByTestId('tab-chain').click();
  await expect(page.locator('[data-testid="chain-box"]:not([data-leaving])')).toHaveCount(3);
  const before = await chainOf(page);
  expect(before.clients).toEqual(['c1', 'c2', 'c3']);
  const middle = page.locator(`[data-testid="chain-box"][data-key="${before.keys[1]}"]`);
  await expect(middle).toHaveAttribute('data-kind', 'orphan');
  await expect(middle).toContainText('orphaned: lease');
  expect(before.links).toEqual([[before.keys[2], before.keys[1]]]);
  await shot(page, 'chain-builtin-orphan');

  await page.evaluate(() => window.raftExplorer!.runTo(3900));
  await expect(page.locator('[data-testid="chain-box"]:not([data-leaving])')).toHaveCount(2);
  const after = await chainOf(page);
  expect(after.links).toEqual([[before.keys[2], before.keys[0]]]);
  expect(after.holders).toEqual([before.keys[0]]);
  await shot(page, 'chain-builtin-relinked');
});
