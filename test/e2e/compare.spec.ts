// A/B runs in a real browser: the same scenario and seed side by side with one setting
// changed, both moved by the one playback bar, and the differences marked.
import { test, expect, openWith, shot, openDefault } from './fixtures';
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
  await openDefault(page, '#lang=en&ab=nonsense');
  await expect(page.getByTestId('cluster-ring')).toBeVisible();
  await expect(page.getByTestId('compare')).toHaveCount(0);
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const apart = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) <= 0.5 || Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) <= 0.5;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

/** Each side's node glyphs (PAGE.md data-node) and the box of its ring, as drawn. */
const sideGlyphs = (page: Page, side: 'a' | 'b') =>
  page.evaluate((s) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const root = document.querySelector(`[data-testid="compare-${s}"]`)!;
    return { ring: box(root.querySelector('.cmp-ring')!), nodes: [...root.querySelectorAll('[data-node]')].map((el) => ({ id: el.getAttribute('data-node')!, box: box(el) })) };
  }, side);

for (const [lang, projector, label] of [
  ['en', false, 'Logs of side A'],
  ['en', true, 'Logs of side A'],
  ['zh-CN', true, '显示 A 侧的日志'],
] as const) {
  test(`at 1280x720 the two rings fit, nodes apart, and only the nodes that differ now are ringed: ${lang}${projector ? ' projector' : ''}`, async ({ explorer: page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openWith(page, builtin('prevote')!, `&lang=${lang}&ab=preVote&projector=${projector ? 1 : 0}`);
    // After the heal B has elected n4 in term 12: every node of B is in another term and
    // follows another leader than in A, yet only n1 and n4 play another part.
    await page.evaluate(() => window.raftExplorer!.runTo(3400));
    await bothAt(page, 3400);
    for (const side of ['a', 'b'] as const) {
      const { ring, nodes } = await sideGlyphs(page, side);
      expect(nodes).toHaveLength(5);
      for (const n of nodes) expect(inside(n.box, ring), `side ${side}: ${n.id} inside its ring ${JSON.stringify(n.box)} ${JSON.stringify(ring)}`).toBe(true);
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) expect(apart(nodes[i]!.box, nodes[j]!.box), `side ${side}: ${nodes[i]!.id} and ${nodes[j]!.id} apart`).toBe(true);
      }
      const marked = await page.locator(`[data-testid^="differs-${side}-"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice(10)).sort());
      expect(marked, `side ${side}: the nodes ringed`).toEqual(['n1', 'n4']);
    }
    // The summary is in sight inside the cluster area, not cut off below it.
    const cluster = (await page.locator('[data-region="cluster"]').boundingBox())!;
    const leaders = (await page.getByTestId('compare-leaders').boundingBox())!;
    expect(inside(leaders, cluster), 'the leaders line inside the cluster area').toBe(true);
    // The logs say whose they are, clear of the view switch and of the logs' title.
    const side = page.getByTestId('logs-side');
    await expect(side).toHaveText(label);
    const sideBox = (await side.boundingBox())!;
    for (const other of [page.locator('.st-switch'), page.locator('.logs-title')]) expect(apart(sideBox, (await other.boundingBox())!)).toBe(true);
    for (const item of await page.locator('.logs-legend li').all()) {
      const b = await item.boundingBox();
      // Items that do not fit wrap onto the legend's hidden second line; those in sight stay clear.
      if (b && b.y < sideBox.y + sideBox.height) expect(apart(sideBox, b), 'legend item clear of the side label').toBe(true);
    }
    if (lang === 'en' && projector) await shot(page, 'compare-1280-projector');
  });
}
