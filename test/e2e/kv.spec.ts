// The key-value tab in a real browser: a put sent from the clients panel is committed (the
// trace applies it on a majority) and shows in the store with etcd's revisions; a second put
// moves mod revision and version; a follower's store can be picked and compared.
import { test, expect, open, shot, openWith, openDefault } from './fixtures';
import { makeScenario } from '../../src/scenario';
import { encodeLink } from '../../src/scenario/link';

/** Five healthy nodes and nothing scripted: every request comes from the test. */
const QUIET_CLUSTER = `#s=${encodeLink(makeScenario({ name: 'quiet', cluster: { nodes: ['n1', 'n2', 'n3', 'n4', 'n5'] }, until: 20_000 }))}`;
import type { Page } from '@playwright/test';
import { builtin } from '../../src/scenario/builtins';
import type {} from '../../src/ui/automation';

interface Ev {
  t: number;
  ev: string;
  [k: string]: unknown;
}

const traceEvents = async (page: Page): Promise<Ev[]> =>
  (await page.evaluate(() => window.raftExplorer!.trace()))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Ev);

async function sendPut(page: Page, key: string, value: string): Promise<void> {
  await page.getByTestId('tab-clients').click();
  await page.getByTestId('field-op').selectOption('put');
  await page.getByTestId('field-key').fill(key);
  await page.getByTestId('field-value').fill(value);
  await page.getByTestId('client-send').click();
}

/** The revision of the put's answer, once the trace has it. */
async function putRevision(page: Page, key: string, value: string): Promise<number> {
  const events = await traceEvents(page);
  const invoke = events.find((e) => e.ev === 'invoke' && (e.op as { type: string; key: string; value: string }).key === key && (e.op as { value: string }).value === value);
  expect(invoke, `invoke of put ${key}=${value}`).toBeTruthy();
  const ret = events.find((e) => e.ev === 'return' && e.client === invoke!.client && e.id === invoke!.id);
  expect(ret?.ok).toBe(true);
  return (ret!.result as { header: { revision: number } }).header.revision;
}

test('a put from the clients panel is committed and shows in the store with create = mod = its revision, version 1', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await sendPut(page, 'x', '1');
  await page.evaluate(() => window.raftExplorer!.runTo(1800));

  const events = await traceEvents(page);
  const appliedOn = new Set(events.filter((e) => e.ev === 'apply' && String(e.entry).includes('put x=1')).map((e) => e.node));
  expect(appliedOn.size).toBeGreaterThanOrEqual(3);
  const rev = await putRevision(page, 'x', '1');

  const op = page.getByTestId('client-ops-c1').getByTestId('client-op').first();
  await expect(op).toHaveAttribute('data-state', 'ok');
  await expect(op).toContainText('put x 1');
  await shot(page, 'clients-put-answered');

  await page.getByTestId('tab-kv').click();
  const row = page.locator('[data-testid="kv-row"][data-key="x"]');
  await expect(row).toHaveAttribute('data-create', String(rev));
  await expect(row).toHaveAttribute('data-mod', String(rev));
  await expect(row).toHaveAttribute('data-version', '1');
  await expect(page.getByTestId('kv-revision')).toHaveText(String(rev));
  await expect(page.locator(`[data-testid="kv-history-row"][data-revision="${rev}"]`)).toContainText('PUT x = 1');
  await shot(page, 'kv-first-put');

  await sendPut(page, 'x', '2');
  await page.evaluate(() => window.raftExplorer!.runTo(2100));
  const rev2 = await putRevision(page, 'x', '2');
  expect(rev2).toBeGreaterThan(rev);
  await page.getByTestId('tab-kv').click();
  await expect(row).toHaveAttribute('data-create', String(rev));
  await expect(row).toHaveAttribute('data-mod', String(rev2));
  await expect(row).toHaveAttribute('data-version', '2');
  await shot(page, 'kv-second-put');
});

test('picking a node shows its store, and clicking a key selects it everywhere', async ({ explorer: page }) => {
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(2500));
  await page.getByTestId('tab-kv').click();
  const view = page.getByTestId('kv-view');
  const leader = await page.locator('.kv-chip.is-leader').getAttribute('data-testid');
  const follower = (await page.locator('.kv-chip:not(.is-leader)').first().getAttribute('data-testid'))!.replace('kv-chip-', '');
  expect(leader).toBeTruthy();
  await page.getByTestId(`kv-chip-${follower}`).click();
  await expect(view).toHaveAttribute('data-node', follower);
  await expect(page.getByTestId(`kv-chip-${follower}`)).toHaveAttribute('aria-pressed', 'true');

  await page.locator('[data-testid="kv-row"][data-key="greeting"] .kv-key').click();
  await expect(page.locator('[data-testid="kv-row"][data-key="greeting"]')).toHaveClass(/is-selected/);
  await expect(page.locator('[data-testid="kv-history-row"].is-selected')).toContainText('PUT greeting = hello');
  await shot(page, 'kv-follower-selected-key');
});

test('put, put, delete, put, txn, compaction: create / mod revision and version move as etcd moves them', async ({ explorer: page }) => {
  await open(page, QUIET_CLUSTER); // no scripted requests of its own to mix with ours
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  const op = (type: string) => page.getByTestId('field-op').selectOption(type);
  const send = () => page.getByTestId('client-send').click();
  await sendPut(page, 'a', '1');
  await sendPut(page, 'a', '2');
  await op('delete');
  await page.getByTestId('field-key').fill('a');
  await send();
  await sendPut(page, 'a', '3');
  // The form's default txn: if ver(a) = 1 then put a 2 else get a.
  await op('txn');
  await send();
  await page.evaluate(() => window.raftExplorer!.runTo(2500));

  const events = (await traceEvents(page)).filter((e) => e.ev === 'return' && e.client === 'c1');
  expect(events.map((e) => e.ok)).toEqual([true, true, true, true, true]);
  const [r1, r2, r3, r4, r5] = events.map((e) => (e.result as { header: { revision: number } }).header.revision) as [number, number, number, number, number];
  expect([r2 - r1, r3 - r2, r4 - r3, r5 - r4]).toEqual([1, 1, 1, 1]);

  await page.getByTestId('tab-kv').click();
  const row = page.locator('[data-testid="kv-row"][data-key="a"]');
  // Recreated by the put after the delete: a new create revision; the txn wrote it once more.
  await expect(row).toHaveAttribute('data-create', String(r4));
  await expect(row).toHaveAttribute('data-mod', String(r5));
  await expect(row).toHaveAttribute('data-version', '2');
  const history = page.getByTestId('kv-history');
  await expect(history.locator(`[data-revision="${r3}"]`)).toContainText('DELETE a');
  await expect(history.locator(`[data-revision="${r5}"]`)).toContainText('PUT a = 2');
  await shot(page, 'kv-lifecycle');

  await page.getByTestId('tab-clients').click();
  await op('compact');
  await page.getByTestId('field-revision').fill(String(r3));
  await send();
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  await page.getByTestId('tab-kv').click();
  await expect(page.getByTestId('kv-compact-revision')).toHaveText(String(r3));
  await expect(page.getByTestId('kv-compacted-note')).toContainText(`Compacted at revision ${r3}`);
  // Compaction is not a revision of its own, and the key keeps its numbers.
  await expect(page.getByTestId('kv-revision')).toHaveText(String(r5));
  await expect(row).toHaveAttribute('data-mod', String(r5));
  await shot(page, 'kv-compacted');
});


test('the built-in revisions story reads the same in the store view as in its narration, in Chinese', async ({ explorer: page }) => {
  await openWith(page, builtin('etcd-revisions')!, '&lang=zh-CN');
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('tab-kv').click();
  // "foo: create 5, mod 6, version 2. bar: create 6, mod 6, version 1."
  const foo = page.locator('[data-testid="kv-row"][data-key="foo"]');
  const bar = page.locator('[data-testid="kv-row"][data-key="bar"]');
  await expect(foo).toHaveAttribute('data-create', '5');
  await expect(foo).toHaveAttribute('data-mod', '6');
  await expect(foo).toHaveAttribute('data-version', '2');
  await expect(bar).toHaveAttribute('data-create', '6');
  await expect(bar).toHaveAttribute('data-version', '1');
  // One revision for both puts of the txn, with what each left.
  const txn = page.locator('[data-testid="kv-history-row"][data-revision="6"]');
  await expect(txn).toContainText('事务');
  await expect(txn).toContainText('PUT foo = 4');
  await expect(txn).toContainText('创建版本 5 · 版本号 2');
  await expect(page.locator('[data-testid="kv-history-row"][data-revision="4"]')).toContainText('DELETE foo');
  await shot(page, 'kv-builtin-zh');

  await page.evaluate(() => window.raftExplorer!.runTo(2000));
  await expect(page.getByTestId('kv-compact-revision')).toHaveText('5');
  await expect(page.getByTestId('kv-revision')).toHaveText('6');
  await expect(page.getByTestId('kv-compacted-note')).toContainText('已压缩到修订版本 5');
  await shot(page, 'kv-builtin-compacted-zh');
});
