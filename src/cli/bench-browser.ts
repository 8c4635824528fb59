// `npm run bench:browser`: the page in Debian's Chromium. Builds the page, reports the
// initial JavaScript (gzip), then plays 5- and 9-node clusters whose logs hold 5,000
// entries at 1x and 10x, and reports frame times (p50, p95) and the main-thread time spent
// handling worker frames; the default scenario's frame times at 1x; and how fast virtual
// time really runs when 10x and 100x are chosen, for 5 nodes under 100 puts a virtual
// second (issue 17: 100x used to reach about 17x). Figures, never assertions: see README
// "Benchmarks". BENCH_PORT picks the preview server's port (default 4181).

import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { defaultScenario, makeScenario } from '../scenario';
import { encodeLink } from '../scenario/link';
import { tenMinuteRun } from './bench';
import type { Step } from '../sim/scenario-types';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** 100 puts a second without log compaction: 5,000 entries after 50 s. */
function bigLogScenario(nodes: number) {
  const steps: Step[] = [];
  for (let t = 500; t < 52_000; t += 10) steps.push({ at: t, do: 'client', client: `c${steps.length % 10}`, op: { type: 'put', key: `k${steps.length % 50}`, value: `${t}` } });
  return makeScenario({ cluster: { nodes: Array.from({ length: nodes }, (_, i) => `n${i + 1}`), snapshotEntries: 0 }, until: 120_000, steps });
}

/** 100 puts a virtual second from the start, for as long as the step limit allows (99 s). */
function writesScenario(nodes: number) {
  const steps: Step[] = [];
  for (let t = 500; t < 99_500; t += 10) steps.push({ at: t, do: 'client', client: `c${steps.length % 10}`, op: { type: 'put', key: `k${steps.length % 50}`, value: `${t}` } });
  return makeScenario({ cluster: { nodes: Array.from({ length: nodes }, (_, i) => `n${i + 1}`) }, until: 120_000, steps });
}

function initialJsGzip(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(`dist/${file}`)).length, 0);
}

/**
 * The code run in the page, as text: tsx rewrites functions it compiles (adding helpers the
 * page does not have), so page.evaluate gets a plain expression instead.
 */
function measureInPage(speed: number): string {
  return `(async () => {
    const api = window.raftExplorer;
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === '${speed}×')?.click();
    const before = api.perf();
    const deltas = [];
    await new Promise((resolve) => {
      let last = performance.now();
      const end = last + 5000;
      const tick = (now) => { deltas.push(now - last); last = now; if (now < end) requestAnimationFrame(tick); else resolve(); };
      document.querySelector('[data-testid="play-button"]')?.click();
      requestAnimationFrame(tick);
    });
    const after = api.perf();
    return { deltas, handlingMs: after.ms - before.ms, frames: after.frames - before.frames, time: api.time() };
  })()`;
}

/**
 * Plays at `speed` for `wallMs` and reports the virtual time advanced per wall millisecond
 * (measured by the page, from its own clock and the time the frames carry) and frame times.
 */
function realSpeedInPage(speed: number, wallMs: number): string {
  return `(async () => {
    const api = window.raftExplorer;
    api.setSpeed(${speed});
    const deltas = [];
    const start = { wall: performance.now(), time: api.time() };
    api.play();
    await new Promise((resolve) => {
      let last = performance.now();
      const tick = (now) => { deltas.push(now - last); last = now; if (now - start.wall < ${wallMs}) requestAnimationFrame(tick); else resolve(); };
      requestAnimationFrame(tick);
    });
    const end = { wall: performance.now(), time: api.time() };
    api.pause();
    return { deltas, reached: (end.time - start.time) / (end.wall - start.wall), time: end.time };
  })()`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function main(): Promise<void> {
  await build({ logLevel: 'warn' });
  const workerFiles = readdirSync('dist/assets').filter((f) => f.startsWith('main-') || f.includes('worker'));
  console.log(`initial JavaScript (gzip)                    ${(initialJsGzip() / 1024).toFixed(1)} KB (worker chunk separate: ${workerFiles.join(', ')})`);
  const port = Number(process.env.BENCH_PORT ?? 4181);
  const base = `http://127.0.0.1:${port}`;
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    {
      // The page as it opens (the default 5-node scenario), playing at 1x.
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      // A returning visitor (a first visit opens the first lesson instead: ui/first-visit.ts).
      await page.addInitScript(() => localStorage.setItem('raft-explorer.visited.v1', '1'));
      await page.goto(`${base}/#lang=en`);
      await page.waitForFunction(() => window.raftExplorer !== undefined);
      await page.evaluate(() => window.raftExplorer!.ready);
      const result = (await page.evaluate(measureInPage(1))) as { deltas: number[] };
      const sorted = result.deltas.slice(1).sort((a, b) => a - b);
      console.log(`default 5-node scenario, 1x: frame p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms`);
      await page.close();
    }
    for (const nodes of [5, 9]) {
      const link = encodeLink(bigLogScenario(nodes), { time: 52_000 });
      for (const speed of [1, 10]) {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await page.goto(`${base}/#s=${link}&lang=en`);
        await page.waitForFunction(() => window.raftExplorer !== undefined);
        await page.evaluate(() => window.raftExplorer!.ready);
        const result = (await page.evaluate(measureInPage(speed))) as { deltas: number[]; handlingMs: number; frames: number; time: number };
        const sorted = result.deltas.slice(1).sort((a, b) => a - b);
        console.log(
          `${nodes} nodes, ${speed}x, 5,000-entry logs: frame p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms; ` +
            `worker frames handled in ${(result.handlingMs / Math.max(1, result.frames)).toFixed(2)} ms each on the main thread (${result.frames} frames; reached ${result.time} ms)`,
        );
        await page.close();
      }
    }
    {
      // Opening a link at the end of a 10-minute run (issue 17): the first frame, then ready.
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const start = Date.now();
      await page.goto(`${base}/#s=${encodeLink(tenMinuteRun(), { time: 600_000 })}&lang=en`);
      await page.waitForSelector('[data-region="cluster"] [data-node]');
      const firstFrame = Date.now() - start;
      await page.waitForFunction(() => window.raftExplorer !== undefined);
      await page.evaluate(() => window.raftExplorer!.ready);
      console.log(`a link at 10:00 of a 10-minute run (15 puts/s, a crash a minute): first frame ${firstFrame} ms, ready ${((Date.now() - start) / 1000).toFixed(1)} s`);
      await page.close();
    }
    for (const [name, link, speed, wallMs] of [
      ['the default 5-node scenario (two writes)', encodeLink(defaultScenario()), 100, 2000],
      ['5 nodes, 100 puts/s', encodeLink(writesScenario(5)), 10, 4000],
      ['5 nodes, 100 puts/s', encodeLink(writesScenario(5)), 100, 900],
    ] as const) {
      {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await page.goto(`${base}/#s=${link}&lang=en`);
        await page.waitForFunction(() => window.raftExplorer !== undefined);
        await page.evaluate(() => window.raftExplorer!.ready);
        const result = (await page.evaluate(realSpeedInPage(speed, wallMs))) as { deltas: number[]; reached: number; time: number };
        const sorted = result.deltas.slice(1).sort((a, b) => a - b);
        console.log(
          `${name}, ${speed}x chosen at 1280x720: virtual time runs at ${result.reached.toFixed(1)}x ` +
            `(reached ${result.time} ms in ${wallMs} ms); frame p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms`,
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

void main();
