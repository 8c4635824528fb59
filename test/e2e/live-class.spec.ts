// The live class end to end: the test starts its own relay (npm run classroom on a port of
// its own, serving the dist/ the web server built), opens a teacher and two students in
// separate browser contexts, and checks that the students follow the teacher's run exactly,
// step off and rejoin, answer a poll the teacher sees counted, and recover from a relay
// restart and a late join.
import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { encodeLink } from '../../src/scenario/link';
import { builtin } from '../../src/scenario/builtins';
import { fiveNodesTwoWrites, shot, whenReady } from './fixtures';
import type {} from '../../src/ui/automation';

const RELAY_PORT = Number(process.env.PW_RELAY_PORT ?? Number(process.env.PW_PORT ?? 4173) + 45);
test.describe.configure({ mode: 'serial' });

let relay: ChildProcess | null = null;
let teacherUrl = '';
let studentUrl = '';

/** Starts the relay and reads the two links it prints. */
async function startRelay(): Promise<void> {
  relay = spawn('npx', ['tsx', 'src/cli/classroom.ts', '--port', String(RELAY_PORT)], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  let out = '';
  let found = false;
  await new Promise<void>((resolve, reject) => {
    relay!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const teacher = /Teacher: open (\S+)/.exec(out);
      const student = /Students: open (\S+)/.exec(out);
      if (teacher && student && !found) {
        found = true;
        teacherUrl = teacher[1]!;
        studentUrl = student[1]!;
        resolve();
      }
    });
    relay!.on('exit', (code) => reject(new Error(`relay exited (${code}): ${out}`)));
  });
}

function stopRelay(): Promise<void> {
  const child = relay;
  relay = null;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

/** Restarting keeps the port but the relay forgets its rooms: the teacher's page makes it again. */
async function restartRelay(): Promise<void> {
  await stopRelay();
  const [t, s] = [teacherUrl, studentUrl];
  await startRelay();
  [teacherUrl, studentUrl] = [t, s];
}

test.beforeAll(startRelay);
test.afterAll(stopRelay);
// Each test's pages leave the room with their contexts, so the next test counts its own.
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.raftExplorer !== undefined);
  await whenReady(page);
  return page;
}

const live = (p: Page) => p.evaluate(() => window.raftExplorer!.live());
const time = (p: Page) => p.evaluate(() => window.raftExplorer!.time());
const trace = (p: Page) => p.evaluate(() => window.raftExplorer!.trace());

async function expectFollowing(teacher: Page, student: Page): Promise<void> {
  const at = await time(teacher);
  await expect.poll(() => time(student)).toBe(at);
  expect(await trace(student)).toBe(await trace(teacher));
}

test('students follow the teacher, step off and rejoin, and recover from a relay restart and a late join', async ({ browser }) => {
  const teacher = await openPage(browser, `${teacherUrl}#s=${encodeLink(fiveNodesTwoWrites())}&lang=en`);
  await expect(teacher.getByTestId('live-room')).toHaveText(/^[A-Z2-9]{8}$/);
  const a = await openPage(browser, `${studentUrl}#lang=en`);
  const b = await openPage(browser, `${studentUrl}#lang=zh-CN`);
  await expect(teacher.getByTestId('live-counts')).toHaveAttribute('data-following', '2');

  // The teacher acts (a partition at 1500 becomes a recorded step) and runs on to 3000.
  await teacher.evaluate(() => window.raftExplorer!.runTo(1500));
  await teacher.getByTestId('open-partition').click();
  await teacher.getByTestId('partition-dialog').getByTestId('preset-split').click();
  await teacher.getByTestId('partition-dialog').getByTestId('partition-apply').click();
  await teacher.evaluate(() => window.raftExplorer!.runTo(3000));
  await expectFollowing(teacher, a);
  await expectFollowing(teacher, b);
  expect(await a.evaluate(() => window.raftExplorer!.scenario())).toEqual(await teacher.evaluate(() => window.raftExplorer!.scenario()));

  // Playing: the students play too, at the teacher's speed.
  await teacher.evaluate(() => window.raftExplorer!.setSpeed(1));
  await teacher.evaluate(() => window.raftExplorer!.play());
  await expect.poll(() => a.evaluate(() => window.raftExplorer!.live().following && document.querySelector('[data-testid="play-button"]') !== null)).toBe(true);
  await expect.poll(() => time(a)).toBeGreaterThan(3000);
  await teacher.evaluate(() => window.raftExplorer!.pause());
  await expectFollowing(teacher, a);

  // B steps off and explores alone; the teacher's count says so; one click rejoins.
  await b.getByTestId('live-step-off').click();
  await expect(b.getByTestId('live-bar')).toHaveAttribute('data-following', 'false');
  await expect(teacher.getByTestId('live-counts')).toHaveAttribute('data-stepped-off', '1');
  await b.evaluate(() => window.raftExplorer!.runTo(6000));
  await teacher.evaluate(() => window.raftExplorer!.runTo(4500));
  expect(await time(b)).toBe(6000);
  await shot(b, 'live-student-stepped-off-zh');
  await shot(teacher, 'live-teacher-en');
  await b.getByTestId('live-rejoin').click();
  await expect(teacher.getByTestId('live-counts')).toHaveAttribute('data-following', '2');
  await expectFollowing(teacher, b);

  // The relay restarts: both sides say the connection is lost, retry, and the class goes on.
  await restartRelay();
  await expect.poll(async () => (await live(teacher)).connection).toBe('open');
  await expect.poll(async () => (await live(a)).connection).toBe('open');
  await expect(teacher.getByTestId('live-counts')).toHaveAttribute('data-following', '2');
  await teacher.evaluate(() => window.raftExplorer!.runTo(5200));
  await expectFollowing(teacher, a);

  // A dropped socket (not the relay) recovers too.
  await a.evaluate(() => window.raftExplorer!.dropConnection());
  await teacher.evaluate(() => window.raftExplorer!.runTo(5600));
  await expectFollowing(teacher, a);

  // A late joiner catches up to the teacher's moment by replay.
  const late = await openPage(browser, `${studentUrl}#lang=en`);
  await expectFollowing(teacher, late);
  await expect(teacher.getByTestId('live-counts')).toHaveAttribute('data-following', '3');
  await shot(late, 'live-student-following-en');
});

test('a question becomes a poll: students pick, the teacher sees the count, continuing reveals it for all', async ({ browser }) => {
  const teacher = await openPage(browser, `${teacherUrl}#s=${encodeLink(builtin('split-vote')!)}&lang=en`);
  const a = await openPage(browser, `${studentUrl}#lang=en`);
  const b = await openPage(browser, `${studentUrl}#lang=en`);
  await expect(teacher.getByTestId('live-counts')).toHaveAttribute('data-following', '2');
  await teacher.getByTestId('speed-preset-1').click();
  await teacher.evaluate(() => window.raftExplorer!.play());
  // Playback stops at the question for everyone.
  await expect(teacher.getByTestId('quiz')).toBeVisible();
  await expect(a.getByTestId('quiz')).toBeVisible();
  await expect(teacher.getByTestId('live-poll')).toHaveAttribute('data-counts', '0,0,0,0');
  const c = await openPage(browser, `${studentUrl}#lang=en`);
  await expect(c.getByTestId('quiz')).toBeVisible();
  await a.getByTestId('quiz-choice-3').click();
  // A's pick shows at once as theirs, and the answer waits for the teacher.
  await expect(a.getByTestId('quiz-choice-3')).toHaveAttribute('aria-pressed', 'true');
  await expect(a.getByTestId('quiz')).toHaveAttribute('data-held', 'true');
  await expect(a.getByTestId('quiz-held')).toContainText('Your pick: D');
  await expect(a.getByTestId('quiz-reveal')).toHaveCount(0);
  // Nor does the score give it away.
  await expect(a.getByTestId('quiz-score')).toHaveCount(0);
  // The teacher continues for everyone: a following student has no Continue or Skip of their own.
  await expect(a.getByTestId('narration-continue')).toHaveCount(0);
  await expect(a.getByTestId('quiz-skip')).toHaveCount(0);
  await a.getByTestId('quiz-held').scrollIntoViewIfNeeded();
  await shot(a, 'live-student-picked-en');
  await b.getByTestId('quiz-choice-1').click();
  await c.getByTestId('quiz-choice-1').click();
  await expect(teacher.getByTestId('live-poll')).toHaveAttribute('data-counts', '0,2,0,1');
  // The teacher's own card shows the distribution beside each choice.
  await expect(teacher.getByTestId('quiz-count-1')).toHaveText('2');
  await expect(teacher.getByTestId('quiz-count-3')).toHaveText('1');
  await expect(a.getByTestId('quiz-count-1')).toHaveCount(0);
  await shot(teacher, 'live-teacher-poll-en');
  // A reloads: the pick is still A's, still held, and counted again (once).
  await a.reload();
  await a.waitForFunction(() => window.raftExplorer !== undefined);
  await whenReady(a);
  await expect(a.getByTestId('quiz')).toHaveAttribute('data-held', 'true');
  await expect(a.getByTestId('quiz-choice-3')).toHaveAttribute('aria-pressed', 'true');
  await expect(teacher.getByTestId('live-poll')).toHaveAttribute('data-counts', '0,2,0,1');
  // B's connection drops: on reconnecting the pick is sent again and counted once.
  await b.evaluate(() => window.raftExplorer!.dropConnection());
  await expect.poll(async () => (await live(b)).connection).toBe('open');
  await expect(teacher.getByTestId('live-poll')).toHaveAttribute('data-counts', '0,2,0,1');
  await expect(b.getByTestId('quiz-choice-1')).toHaveAttribute('aria-pressed', 'true');
  // The teacher continues (skips the question): the run goes on, and the answer shows, for everyone.
  const asked = await time(teacher);
  await teacher.getByTestId('quiz-skip').click();
  await teacher.evaluate(() => window.raftExplorer!.play());
  await expect.poll(() => time(a)).toBeGreaterThan(asked);
  await teacher.evaluate(() => window.raftExplorer!.pause());
  await expect(teacher.getByTestId('live-poll')).toHaveCount(0);
  // A's pick is revealed and scored (D was right).
  await expect(a.getByTestId('quiz-score')).toHaveAttribute('data-right', '1');
  await expect(a.getByTestId('quiz-score')).toHaveAttribute('data-asked', '1');
  await expectFollowing(teacher, a);
});

test('the teacher shows the students’ link as a big QR code, toggled; students have none', async ({ browser }) => {
  const teacher = await openPage(browser, `${teacherUrl}#s=${encodeLink(fiveNodesTwoWrites())}&lang=en`);
  const student = await openPage(browser, `${studentUrl}#lang=en`);
  await expect(teacher.getByTestId('live-counts')).toHaveAttribute('data-following', '1');
  await expect(teacher.getByTestId('live-qr')).toHaveCount(0);
  await teacher.getByTestId('live-qr-toggle').click();
  const qr = teacher.getByTestId('live-qr');
  await expect(qr).toBeVisible();
  // It encodes the students' link, the one the relay printed.
  await expect(qr).toHaveAttribute('data-link', studentUrl);
  await expect(teacher.getByTestId('live-qr-toggle')).toHaveAttribute('aria-pressed', 'true');
  // Big enough for the back of the room: most of a 720-pixel-high projector screen.
  const box = (await teacher.getByTestId('live-qr-code').boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(400);
  expect(box.width).toBe(box.height);
  await shot(teacher, 'live-teacher-qr-en');
  // Toggled off it no longer covers the lesson; Escape closes it too.
  await teacher.getByTestId('live-qr-toggle').click();
  await expect(qr).toHaveCount(0);
  await teacher.getByTestId('live-qr-toggle').click();
  await expect(qr).toBeVisible();
  await teacher.keyboard.press('Escape');
  await expect(qr).toHaveCount(0);
  // A student's page offers no QR code at all.
  await expect(student.getByTestId('live-bar')).toHaveAttribute('data-role', 'student');
  await expect(student.getByTestId('live-qr-toggle')).toHaveCount(0);
  await expect(student.getByTestId('live-qr')).toHaveCount(0);
});

test('a first-time student reads the page in the teacher’s language; their own #lang= or saved choice wins', async ({ browser }) => {
  const teacher = await openPage(browser, `${teacherUrl}#s=${encodeLink(fiveNodesTwoWrites())}&lang=zh-CN`);
  const fresh = await openPage(browser, studentUrl);
  const linked = await openPage(browser, `${studentUrl}#lang=en`);
  const savedContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  contexts.push(savedContext);
  await savedContext.addInitScript(() => localStorage.setItem('raft-explorer.lang', 'en'));
  const saved = await savedContext.newPage();
  await saved.goto(studentUrl);
  await saved.waitForFunction(() => window.raftExplorer !== undefined);
  await expect(teacher.getByTestId('live-counts')).toHaveAttribute('data-following', '3');
  const lang = (p: Page) => p.evaluate(() => document.documentElement.lang);
  // The browser speaks English; the teacher's Chinese reaches the student who chose nothing.
  await expect.poll(() => lang(fresh)).toBe('zh-CN');
  await expect(fresh.getByTestId('live-bar')).toContainText('正在跟随老师');
  await expect(fresh.getByTestId('lang')).toHaveValue('zh-CN');
  await expect(linked.getByTestId('live-bar')).toContainText('Following the teacher');
  await expect(saved.getByTestId('live-bar')).toContainText('Following the teacher');
  // The teacher switches to English: the student who chose nothing follows; the others keep theirs.
  await teacher.getByTestId('lang').selectOption('en');
  await expect.poll(() => lang(fresh)).toBe('en');
  await teacher.getByTestId('lang').selectOption('zh-CN');
  await expect.poll(() => lang(fresh)).toBe('zh-CN');
  // Once the student picks a language it is theirs.
  await fresh.getByTestId('lang').selectOption('en');
  await teacher.getByTestId('lang').selectOption('en');
  await teacher.getByTestId('lang').selectOption('zh-CN');
  await teacher.evaluate(() => window.raftExplorer!.runTo(800));
  await expect.poll(() => time(fresh)).toBe(800);
  expect(await lang(fresh)).toBe('en');
  expect(await lang(linked)).toBe('en');
  expect(await lang(saved)).toBe('en');
});

test('a student link to an unknown room says so and the page still works alone', async ({ browser }) => {
  const page = await openPage(browser, `${new URL(studentUrl).origin}/?class=ABCDEFGH#lang=en`);
  await expect(page.getByTestId('live-problem')).toContainText('no live class with the code ABCDEFGH');
  await page.evaluate(() => window.raftExplorer!.runTo(1000));
  expect(await time(page)).toBe(1000);
});

test('a page served by the relay offers "Start a live class"; the static build does not', async ({ browser, baseURL }) => {
  const page = await openPage(browser, `${new URL(studentUrl).origin}/#lang=zh-CN`);
  await page.getByTestId('live-start').click();
  await expect(page.getByTestId('live-room')).toHaveText(/^[A-Z2-9]{8}$/);
  const room = await page.getByTestId('live-room').textContent();
  await expect(page.getByTestId('live-student-link')).toHaveText(new RegExp(`\\?class=${room}$`));
  // A reload keeps the room: the address names it with its key.
  expect(page.url()).toContain(`?teach=${room}&key=`);
  const student = await openPage(browser, `${new URL(studentUrl).origin}/?class=${room}#lang=zh-CN`);
  await expect(page.getByTestId('live-counts')).toHaveAttribute('data-following', '1');
  await expect(student.getByTestId('live-bar')).toContainText('正在跟随老师');
  await shot(page, 'live-teacher-start-zh');
  // A student who acts (a partition) has made the run their own: stepped off, and counted so.
  await student.getByTestId('open-partition').click();
  await student.getByTestId('partition-dialog').getByTestId('preset-split').click();
  await student.getByTestId('partition-dialog').getByTestId('partition-apply').click();
  await expect(student.getByTestId('live-bar')).toHaveAttribute('data-following', 'false');
  await expect(page.getByTestId('live-counts')).toHaveAttribute('data-stepped-off', '1');
  const alone = await openPage(browser, `${baseURL}/#lang=en`);
  await expect(alone.getByTestId('play-button')).toBeVisible();
  await expect(alone.getByTestId('live-bar')).toHaveCount(0);
});
