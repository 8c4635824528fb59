// The etcdctl console in a real browser: commands typed at the prompt get etcdctl's output,
// the log and key-value views show what they did, the prompt keeps a history (↑ ↓) and
// completes commands with Tab, a watch streams until Stop, bad input gets etcdctl's error,
// and the commands are steps of the scenario (so they are in the share link).
import { test, expect, openWith, shot, whenReady } from './fixtures';
import { makeScenario } from '../../src/scenario';
import type { Page } from '@playwright/test';

const QUIET = makeScenario({ name: 'quiet', cluster: { nodes: ['n1', 'n2', 'n3'] }, until: 60_000 });

async function type(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('console-input');
  await input.fill(line);
  await input.press('Enter');
}

/** A quiet three-node cluster at 1.5 s, a leader serving, the console tab open. */
async function openConsole(page: Page): Promise<void> {
  await openWith(page, QUIET);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  await page.getByTestId('tab-console').click();
}

const output = (page: Page) => page.getByTestId('console-output');
/** The transcript as the eye reads it: one line of text per console line. */
const transcript = (page: Page) => expect.poll(() => output(page).innerText());

test('commands answer as etcdctl does and change the log and the store; history and Tab completion work', async ({ explorer: page }) => {
  await openConsole(page);

  await type(page, 'put greeting hello');
  await transcript(page).toContain('$ etcdctl put greeting hello\nOK');
  // The put is an entry in the leader's log, committed and applied, and a key in the store.
  await expect(page.locator('.log-cell', { hasText: 'put greeting=hello' }).first()).toBeVisible();
  await type(page, 'get greeting -w json');
  await transcript(page).toContain('"kvs":[{"key":"Z3JlZXRpbmc=","create_revision":2,"mod_revision":2,"version":1,"value":"aGVsbG8="}],"count":1}');

  const input = page.getByTestId('console-input');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('get greeting -w json');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('put greeting hello');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('get greeting -w json');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('');

  await input.fill('mem');
  await input.press('Tab');
  await expect(input).toHaveValue('member ');
  await input.press('Tab');
  await expect(page.getByTestId('console-completions')).toContainText('add');
  await expect(page.getByTestId('console-completions')).toContainText('promote');
  await input.pressSequentially('l');
  await input.press('Tab');
  await expect(input).toHaveValue('member list ');
  await input.pressSequentially('-w table');
  await input.press('Enter');
  await transcript(page).toContain('|        ID        | STATUS  | NAME |   PEER ADDRS   |  CLIENT ADDRS  | IS LEARNER |');
  await input.fill('get gr');
  await input.press('Tab');
  await expect(input).toHaveValue('get greeting ');

  await type(page, 'get greeting --bogus');
  await expect(output(page).locator('.cs-line.is-err').last()).toHaveText('Error: unknown flag: --bogus');

  await page.getByTestId('tab-kv').click();
  await expect(page.getByTestId('kv-row').filter({ has: page.locator('[title="hello"]') })).toHaveAttribute('data-key', 'greeting');
  await page.getByTestId('tab-console').click();
  await shot(page, 'console-commands');

  const scenario = (await page.evaluate(() => window.raftExplorer!.scenario())) as { steps: { do: string; client?: string; op?: { type: string } }[] };
  expect(scenario.steps.filter((s) => s.do === 'client' && s.client === 'etcdctl').map((s) => s.op?.type)).toEqual(['put', 'get']);
});

test('watch streams into the console until Stop; endpoint status shows the nodes', async ({ explorer: page }) => {
  await openConsole(page);
  await page.getByTestId('console-endpoint').selectOption('n2');

  await type(page, 'watch color');
  await expect(page.getByTestId('console-stop')).toBeEnabled();
  await type(page, 'put color red');
  await transcript(page).toContain('PUT\ncolor\nred');
  await page.getByTestId('console-stop').click();
  await expect(page.getByTestId('console-stop')).toBeDisabled();
  await type(page, 'put color blue');
  await transcript(page).toContain('$ etcdctl put color blue\nOK');
  await transcript(page).not.toContain('PUT\ncolor\nblue');

  await type(page, 'endpoint status --cluster -w table');
  await transcript(page).toContain('RAFT APPLIED INDEX');
  await expect(output(page).locator('.cs-line').filter({ hasText: /\| +http:\/\/n2:2379 \|/ })).toHaveCount(1);
  await shot(page, 'console-watch');
});

test('with its endpoint down the console says why commands time out; --endpoints reaches the others', async ({ explorer: page }) => {
  await openConsole(page);
  await expect(page.getByTestId('console-endpoint-down')).toHaveCount(0);
  await page.getByTestId('node-n1').locator('.node-shape').click();
  await page.getByTestId('node-action-crash').click();
  await expect(page.getByTestId('console-endpoint-down')).toContainText('n1 is down');
  await expect(page.getByTestId('console-endpoint-down')).toContainText('--endpoints=n2,n3');
  await type(page, 'put k v --endpoints=n2,n3');
  await transcript(page).toContain('$ etcdctl put k v --endpoints=n2,n3\nOK');
  await shot(page, 'console-endpoint-down');
});

test('a console session is part of the share link: opening it shows the same transcript, which replays with the run', async ({ explorer: page }) => {
  await openConsole(page);
  await type(page, 'put greeting hello');
  await transcript(page).toContain('$ etcdctl put greeting hello\nOK');
  await type(page, 'lease grant 60');
  await transcript(page).toMatch(/lease [0-9a-f]+ granted with TTL\(60s\)/);
  await type(page, 'member list');
  await transcript(page).toContain(', started, n3, ');
  const typed = await output(page).innerText();
  const link = await page.evaluate(() => window.raftExplorer!.link());

  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await whenReady(page);
  // The link holds a console session: the page opens on the console.
  await expect(page.getByTestId('panel-console')).toBeVisible();
  await transcript(page).toBe(typed);
  // The prompt's history came with the link too.
  await page.getByTestId('console-input').press('ArrowUp');
  await expect(page.getByTestId('console-input')).toHaveValue('member list');
  await page.getByTestId('console-input').fill('');
  // Back to the start: the lines wait for the run to reach them again.
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('Home');
  await expect.poll(() => page.evaluate(() => window.raftExplorer!.time())).toBe(0);
  await transcript(page).not.toContain('greeting');
  await page.evaluate(() => window.raftExplorer!.runTo(1502));
  await transcript(page).toBe('$ etcdctl put greeting hello');
  await page.evaluate(() => window.raftExplorer!.runTo(3000));
  await transcript(page).toBe(typed);
  await shot(page, 'console-replayed');
});

test('the etcdctl-tour built-in types its story at the console, in Chinese too', async ({ explorer: page }) => {
  const { builtin } = await import('../../src/scenario/builtins');
  await openWith(page, builtin('etcdctl-tour')!, '&lang=zh-CN');
  await expect(page.getByTestId('panel-console')).toBeVisible();
  await transcript(page).not.toContain('put app/greeting');
  await page.evaluate(() => window.raftExplorer!.runTo(1343));
  await transcript(page).toContain('$ etcdctl watch --prefix app/\n$ etcdctl put app/greeting 你好\nPUT\napp/greeting\n你好\nOK');
  await expect(page.getByTestId('side-panel')).toContainText('租约');
  await shot(page, 'console-tour-zh');
  await page.evaluate(() => window.raftExplorer!.runTo(6300));
  await transcript(page).toContain('DELETE\napp/session');
});

// The classroom screen (issue 16): at the console lesson's busiest moment the prompt and its
// controls stay in sight at every size, the page never scrolls, and where the screen has the
// room the transcript shows 15 lines or more.
for (const [width, height, projector, minLines] of [
  [1280, 720, '1', 6],
  [1366, 768, '0', 9],
  [1440, 900, '0', 15],
  [1920, 1080, '1', 15],
] as const) {
  test(`the console keeps its prompt in sight at ${width}x${height}${projector === '1' ? ' projector' : ''}`, async ({ explorer: page }) => {
    await page.setViewportSize({ width, height });
    const { builtin } = await import('../../src/scenario/builtins');
    const { encodeLink } = await import('../../src/scenario/link');
    await page.goto(`/#s=${encodeLink(builtin('etcdctl-tour')!, { time: 9000 })}&lang=en&projector=${projector}`);
    await page.waitForFunction(() => window.raftExplorer !== undefined);
    await whenReady(page);
    await expect(page.getByTestId('console-view')).toBeVisible();
    const fit = await page.evaluate(() => {
      const box = (id: string) => document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
      const out = box('console-output');
      const lineHeight = parseFloat(getComputedStyle(document.querySelector('[data-testid="console-output"]')!).lineHeight);
      return {
        scrolls: document.documentElement.scrollHeight > innerHeight,
        inputIn: box('console-input').bottom <= innerHeight,
        endpointIn: box('console-endpoint').bottom <= innerHeight && box('console-endpoint').top >= 0,
        lines: (Math.min(out.bottom, innerHeight) - out.top - 12) / lineHeight,
      };
    });
    expect(fit.scrolls).toBe(false);
    expect(fit.inputIn).toBe(true);
    expect(fit.endpointIn).toBe(true);
    expect(fit.lines).toBeGreaterThanOrEqual(minLines);
  });
}
