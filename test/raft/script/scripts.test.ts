// Every test/raft/testdata/*.txt script must print exactly what is written beneath each of
// its commands. `REWRITE=1 npx vitest run test/raft/script` writes the output of the current
// code into the files instead: review the diff (git diff test/raft/testdata) before committing.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './run';

const DIR = path.resolve(import.meta.dirname, '..', 'testdata');
const REWRITE = process.env.REWRITE === '1';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('Raft scripts (test/raft/testdata)', () => {
  it('has the scripts', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of files) {
    it(file, () => {
      const full = path.join(DIR, file);
      const text = readFileSync(full, 'utf8');
      const { actual } = runScript(text);
      if (REWRITE) writeFileSync(full, actual);
      else expect(actual).toBe(text);
    });
  }
});
