// Tab completion: command words, then the command's flags (after "-"), then existing keys.
// Returns every completion of the word under the cursor as a whole new line.

import { childrenOf, findSpec, GLOBAL_FLAGS } from './specs';

const KEY_COMMANDS = new Set(['get', 'put', 'del', 'watch']);
const MAX_SHOWN = 50;

export function completeLine(line: string, keys: readonly string[]): string[] {
  const words = line.split(/\s+/);
  const last = words.pop() ?? '';
  const before = words.filter((w) => w !== '' && w !== 'etcdctl');
  const head = line.slice(0, line.length - last.length);
  const path = commandPath(before);
  let options: string[];
  if (last.startsWith('-')) {
    // A switch is complete as it is; a flag that takes a value goes on with "=".
    const spec = findSpec(path);
    options = [...(spec?.flags ?? []), ...GLOBAL_FLAGS].map((f) => `--${f.name}${f.kind === 'bool' ? ' ' : '='}`);
  } else {
    const children = childrenOf(path).map((c) => c.path[c.path.length - 1] as string);
    const isCommandWord = before.filter((w) => !w.startsWith('-')).length === path.length;
    const words = children.length > 0 && isCommandWord ? children : KEY_COMMANDS.has(path[0] ?? '') ? [...keys] : [];
    options = words.map((w) => `${w} `);
  }
  return [...new Set(options)]
    .filter((o) => o.startsWith(last))
    .sort()
    .slice(0, MAX_SHOWN)
    .map((o) => `${head}${o}`);
}

function commandPath(words: readonly string[]): string[] {
  const path: string[] = [];
  for (const w of words) {
    if (w.startsWith('-')) continue;
    const next = [...path, w];
    if (findSpec(next)) path.push(w);
    else break;
  }
  return path;
}
