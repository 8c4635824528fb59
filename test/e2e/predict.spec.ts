// Predict-then-reveal in a real browser: playback stops at a question, the learner picks,
// the page reveals and explains, the score is kept across a reload, in English and Chinese.
import { test, expect, openWith, shot, whenReady } from './fixtures';
import { builtin } from '../../src/scenario/builtins';
import type {} from '../../src/ui/automation';

test('split-vote asks who leads term 1, reveals the answer and keeps the score', async ({ explorer: page }) => {
  await openWith(page, builtin('split-vote')!, '&lang=en');
  // The lesson opens in slow motion (a message takes ~0.75 s); real time keeps the test short.
  await expect(page.getByTestId('speed-words')).toHaveAttribute('data-words', 'slowMotion');
  await page.getByTestId('speed-preset-1').click();
  await page.getByTestId('play-button').click();
  const quiz = page.getByTestId('quiz');
  await expect(quiz).toBeVisible();
  await expect(quiz).toContainText('Who will lead term 1?');
  expect(await page.evaluate(() => window.raftExplorer!.time())).toBe(101);
  // Before the prediction: no Continue, only a way to skip.
  await expect(page.getByTestId('narration-continue')).toHaveCount(0);
  await expect(page.getByTestId('quiz-skip')).toBeVisible();
  await shot(page, 'predict-ask-en');
  await page.getByTestId('quiz-choice-3').click();
  await expect(page.getByTestId('quiz-reveal')).toHaveAttribute('data-correct', 'true');
  await expect(page.getByTestId('quiz-reveal')).toContainText('Right!');
  await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-right', '1');
  await expect(page.getByTestId('quiz-choice-0')).toBeDisabled();
  await shot(page, 'predict-reveal-en');
  // The run goes on to the next narration.
  await page.getByTestId('narration-continue').click();
  await page.waitForFunction(() => window.raftExplorer!.time() >= 111);
  await page.reload();
  await whenReady(page);
  await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-asked', '1');
  await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-right', '1');
});

test('a wrong prediction in Chinese shows the right answer and the explanation', async ({ explorer: page }) => {
  await openWith(page, builtin('prevote-off')!, '&lang=zh-CN');
  await page.evaluate(() => window.raftExplorer!.runTo(2225));
  await page.getByTestId('play-button').click();
  const quiz = page.getByTestId('quiz');
  await expect(quiz).toContainText('之后 n1 还会是领导者吗？');
  await page.getByTestId('quiz-choice-0').click();
  const reveal = page.getByTestId('quiz-reveal');
  await expect(reveal).toHaveAttribute('data-correct', 'false');
  await expect(reveal).toContainText('答案是“不会，重新选举后由别的节点获胜”');
  await expect(reveal).toContainText('§5.4.1');
  await expect(page.getByTestId('quiz-score')).toContainText('1 题中答对 0 题');
  await shot(page, 'predict-reveal-zh');
});
