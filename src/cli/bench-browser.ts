// `npm run bench:browser`: the page in Debian's Chromium. Builds the page, reports the
// initial JavaScript (gzip), then plays 5- and 9-node clusters whose logs hold 5,000
// entries at 1x and 10x, and reports frame times (p50, p95) and the main-thread time spent
// handling worker frames; and the default scenario's frame times at 1x. Figures, never assertions: see README "Benchmarks".

import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { makeScenario } from '../scenario';
import { encodeLink } from '../scenario/link';
import type { Step } from '../sim/scenario-types';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** 100 puts a second without log compaction: 5,000 entries after 50 s. */
function bigLogScenario(nodes: number) {
  const steps: Step[] = [];
  for (let t = 500; t < 52_000; t += 10) steps.push({ at: t, do: 'client', client: `c${steps.length % 10}`, op: { type: 'put', key: `k${steps.length % 50}`, value: `${t}` } });
  return makeScenario({ cluster: { nodes: Array.from({ length: nodes }, (_, i) => `n${i + 1}`), snapshotEntries: 0 }, until: 120_000, steps });
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function main(): Promise<void> {
  await build({ logLevel: 'warn' });
  const workerFiles = readdirSync('dist/assets').filter((f) => f.startsWith('main-') || f.includes('worker'));
  console.log(`initial JavaScript (gzip)                    ${(initialJsGzip() / 1024).toFixed(1)} KB (worker chunk separate: ${workerFiles.join(', ')})`);
  const server = await preview({ preview: { port: 4181, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    {
      // The page as it opens (the default 5-node scenario), playing at 1x.
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto('http://127.0.0.1:4181/#lang=en');
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
        await page.goto(`http://127.0.0.1:4181/#s=${link}&lang=en`);
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
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

void main();
