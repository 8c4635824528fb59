// A client's broken connection on the page (issue 15): the ring draws it red and dashed with
// its cause, the Clients tab says where the client reconnects and from which revision its
// watch resumed; a crashed client is greyed and crossed. At a projector's 1280x720.

import { makeScenario } from '../../src/scenario';
import { expect, openWith, shot, test } from './fixtures';

const scenario = makeScenario({
  name: 'broken connection',
  seed: 1,
  until: 8000,
  cluster: { nodes: ['n1', 'n2', 'n3'] },
  steps: [
    { at: 300, do: 'client', client: 'w', node: 'n2', op: { type: 'watch', key: 'a' } },
    { at: 400, do: 'client', client: 'p', node: 'n1', op: { type: 'put', key: 'a', value: '1' } },
    { at: 500, do: 'client', client: 'p', node: 'n1', op: { type: 'put', key: 'a', value: '2' } },
    // The watch's endpoint goes down: its stream breaks and the watch resumes elsewhere.
    { at: 1500, do: 'crash', node: 'n2' },
    { at: 1600, do: 'client', client: 'p', node: 'n1', op: { type: 'put', key: 'a', value: '3' } },
    { at: 1700, do: 'client-crash', client: 'p' },
  ],
});

for (const [lang, tab, broken, resumed] of [
  ['en', /Clients/, /connection to n2 broken \(n2 crashed\) → reconnecting to n\d/, /watch resumed from rev \d+ on n\d/],
  ['zh-CN', /客户端/, /与 n2 的连接已断开（n2 宕机了）→ 正在重连到 n\d/, /监听从修订版本 \d+ 起在 n\d 上恢复/],
] as const) {
  test(`a broken client connection: a dashed link with its cause, and the Clients rows (${lang})`, async ({ explorer: page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openWith(page, scenario, `&lang=${lang}`);
    await page.evaluate(() => window.raftExplorer!.runTo(1800));
    const link = page.getByTestId('broken-link-w-n2');
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('data-reason', 'crashed');
    await expect(link.locator('title')).toHaveText(lang === 'en' ? /connection of w to n2 broke at 1500 ms: n2 crashed/ : /w 到 n2 的连接在 1500 毫秒断开：n2 宕机了/);
    await expect(link.locator('line')).toHaveCSS('stroke-dasharray', /\d/);
    // The crashed client: greyed and crossed, no broken links of its own.
    await expect(page.getByTestId('client-p')).toHaveAttribute('data-crashed', 'true');
    await expect(page.locator('[data-testid^="broken-link-p-"]')).toHaveCount(0);

    await page.getByRole('tab', { name: tab }).click();
    const w = page.getByTestId('client-ops-w');
    await expect(w.getByTestId('client-conn-note')).toHaveText(broken);
    await expect(w.getByTestId('client-watch-note')).toHaveText(resumed);
    await page.getByTestId('projector-toggle').click();
    await expect(page.getByTestId('app')).toHaveClass(/projector/);
    await expect(link).toBeVisible();
    await w.getByTestId('client-conn-note').scrollIntoViewIfNeeded();
    await shot(page, `client-connection-broken-${lang}-1280-projector`);
  });
}

test('the broken link goes once the client has long noticed and moved on', async ({ explorer: page }) => {
  await openWith(page, scenario);
  await page.evaluate(() => window.raftExplorer!.runTo(1800));
  await expect(page.getByTestId('broken-link-w-n2')).toBeVisible();
  await page.evaluate(() => window.raftExplorer!.runTo(4000));
  await expect(page.getByTestId('broken-link-w-n2')).toHaveCount(0);
  // The row keeps the story.
  await expect(page.getByTestId('client-ops-w').getByTestId('client-conn-note')).toHaveCount(1);
});
