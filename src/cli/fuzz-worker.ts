// A fuzzer worker thread: runs the seeds it is given and posts each outcome (fuzz.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { runSeed, type FuzzOptions } from './fuzz-seed';

const { seeds, opts } = workerData as { seeds: number[]; opts: FuzzOptions };
for (const seed of seeds) parentPort?.postMessage(runSeed(seed, opts));
