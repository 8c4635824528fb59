// The side panel in a real browser: the narration follows the time, Next and Back seek to
// the neighbouring narrations, a pausing narration makes Continue prominent, and the tabs
// work from the keyboard.
import { test, expect, shot, openWith, openDefault } from './fixtures';
import type { Page } from '@playwright/test';
import { makeScenario } from '../../src/scenario';
import type { Scenario } from '../../src/sim/scenario-types';
import type {} from '../../src/ui/automation';


function story(): Scenario {
  return makeScenario({
    name: { en: 'A short story', 'zh-CN': '一个小故事' },
    description: { en: 'Three narrations, the second one pauses.', 'zh-CN': '三段讲解，第二段会暂停。' },
    until: 8000,
    steps: [
      { at: 0, do: 'narrate', text: { en: 'First: the nodes start.', 'zh-CN': '第一段：节点启动。' } },
      { at: 1000, do: 'narrate', text: { en: 'Second: read this before going on.', 'zh-CN': '第二段：请先读完再继续。' }, pause: true },
      { at: 3000, do: 'narrate', text: { en: 'Third: the end of the story.', 'zh-CN': '第三段：故事结束。' } },
    ],
  });
}

const time = (page: Page) => page.evaluate(() => window.raftExplorer!.time());

/**
 * Records every narration the panel shows from now on. Playback goes on after Back / Next, so
 * on a loaded machine a narration may be on screen only briefly; the record does not miss it.
 */
async function recordNarrations(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="narration-text"]')!;
    const seen: string[] = [];
    (window as unknown as { seenNarrations: string[] }).seenNarrations = seen;
    new MutationObserver(() => seen.push(el.getAttribute('data-at') ?? '')).observe(el, { attributes: true, attributeFilter: ['data-at'] });
  });
  return () => page.evaluate(() => (window as unknown as { seenNarrations: string[] }).seenNarrations);
}

test('the narration follows the time; Next and Back seek to the neighbouring narrations', async ({ explorer: page }) => {
  await openDefault(page);
  await page.getByTestId('speed-preset-0.1').click();
  const text = page.getByTestId('narration-text');
  await expect(text).toHaveAttribute('data-at', '0');
  await expect(page.getByTestId('narration-back')).toBeDisabled();
  await page.evaluate(() => window.raftExplorer!.runTo(2500));
  await expect(text).toHaveAttribute('data-at', '2000');
  await expect(text).toContainText('greeting = hello');

  const seen = await recordNarrations(page);
  await page.getByTestId('narration-back').click();
  await expect.poll(seen, { timeout: 15_000 }).toContain('0');
  await expect(text).toHaveAttribute('data-at', '0');
  await page.evaluate(() => window.raftExplorer!.runTo(500));

  await page.getByTestId('narration-next').click();
  await expect(text).toHaveAttribute('data-at', '2000');
  expect(await time(page)).toBeGreaterThanOrEqual(2000);
  // And it plays on from there.
  await expect.poll(() => time(page), { timeout: 15_000 }).toBeGreaterThan(2000);
  await shot(page, 'side-narration');
});

test('a narration that pauses stops playback and makes Continue prominent', async ({ explorer: page }) => {
  await openWith(page, story());
  // Playing (the playback bar's own controls) stops at the narration that asks to pause.
  await page.getByTestId('speed-preset-10').click();
  await page.getByTestId('play-button').click();
  const continueButton = page.getByTestId('narration-continue');
  await expect(continueButton).toBeVisible({ timeout: 15_000 });
  expect(await time(page)).toBe(1000);
  await expect(page.getByTestId('narration')).toHaveClass(/is-waiting/);
  await expect(page.getByTestId('narration-text')).toHaveAttribute('data-at', '1000');
  await shot(page, 'side-narration-paused');
  // Slow playback: on a loaded machine, playing fast may run far past a narration between two steps.
  await page.getByTestId('speed-preset-0.1').click();
  await continueButton.click();
  await expect.poll(() => time(page), { timeout: 15_000 }).toBeGreaterThan(1000);
  await expect(continueButton).toHaveCount(0);

  await page.evaluate(() => window.raftExplorer!.runTo(2000));
  const seen = await recordNarrations(page);
  await page.getByTestId('narration-back').click();
  await expect.poll(seen, { timeout: 15_000 }).toContain('0');
  await page.evaluate(() => window.raftExplorer!.runTo(3500));
  await expect(page.getByTestId('narration-text')).toHaveAttribute('data-at', '3000');
  // Jumping onto the pausing narration stays there for the learner to read.
  await page.getByTestId('narration-back').click();
  await expect(page.getByTestId('narration-text')).toHaveAttribute('data-at', '1000');
  await expect(continueButton).toBeVisible();
  expect(await time(page)).toBe(1000);
});

test('the tabs work from the keyboard, and the panel reads in Chinese', async ({ explorer: page }) => {
  await openWith(page, story());
  await page.getByTestId('tab-clients').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-challenges')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-console')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-kv')).toBeFocused();
  await expect(page.getByTestId('tab-kv')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('panel-kv')).toBeVisible();
  await expect(page.getByTestId('panel-clients')).toBeHidden();
  // The arrow key moved between tabs; it did not step the simulation.
  expect(await time(page)).toBe(0);
  await page.keyboard.press('End');
  await expect(page.getByTestId('tab-why')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('tab-clients')).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByTestId('narration-text')).toContainText('第一段：节点启动。');
  await expect(page.getByTestId('tab-kv')).toHaveText('键值存储');
  await shot(page, 'side-zh');
});

/** The smallest font size of any visible text in the side panel, in px. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-testid="side-panel"]')!;
    let smallest = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
    }
    return smallest;
  });

test('at projector size every tab is legible (15px text at least) and scrolls inside the panel', async ({ explorer: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDefault(page);
  await page.evaluate(() => window.raftExplorer!.runTo(1500));
  // At 1280x720 the request form starts folded to its title.
  await page.getByTestId('client-form-toggle').click();
  for (const c of ['c1', 'c2', 'c3']) {
    await page.getByTestId('field-client').selectOption(c);
    await page.getByTestId('field-op').selectOption('campaign');
    await page.getByTestId('field-value').fill(c);
    await page.getByTestId('client-send').click();
  }
  await page.getByTestId('field-client').selectOption('c1');
  await page.getByTestId('field-op').selectOption('put');
  await page.getByTestId('field-key').fill('greeting');
  await page.getByTestId('field-value').fill('hello');
  await page.getByTestId('client-send').click();
  await page.evaluate(() => window.raftExplorer!.runTo(2600));

  for (const lang of ['en', 'zh-CN']) {
    if (lang === 'zh-CN') await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    for (const tab of ['clients', 'console', 'kv', 'chain', 'why']) {
      await page.getByTestId(`tab-${tab}`).click();
      expect(await smallestText(page), `${tab} in ${lang}`).toBeGreaterThanOrEqual(15);
      await shot(page, `side-projector-${tab}-${lang}`);
    }
  }
  // The panel scrolls on its own; the page does not grow sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
