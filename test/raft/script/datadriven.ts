// The script file format, in the spirit of etcd-io/raft's datadriven testdata: a command
// on one line, `----`, the output it must print, and a blank line. Lines starting with `#`
// and blank lines between commands are kept as they are. A command written without `----`
// has no expected output yet: rewrite mode fills it in.

export type ScriptItem = { kind: 'text'; line: string } | { kind: 'command'; line: string; lineNo: number; expected: string[] };

export const SEPARATOR = '----';

export function parseScript(text: string): ScriptItem[] {
  const lines = text.replace(/\n$/, '').split('\n');
  const items: ScriptItem[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '' || line.startsWith('#')) {
      items.push({ kind: 'text', line });
      i++;
      continue;
    }
    const lineNo = i + 1;
    i++;
    const expected: string[] = [];
    if (lines[i] === SEPARATOR) {
      i++;
      while (i < lines.length && (lines[i] as string) !== '') expected.push(lines[i++] as string);
    }
    if (lines[i] === '') i++; // the blank line that ends the block, written again by renderScript
    items.push({ kind: 'command', line, lineNo, expected });
  }
  return items;
}

/** The file text with each command's output: what rewrite mode writes, and what a run is compared to. */
export function renderScript(items: readonly ScriptItem[], outputs: ReadonlyMap<ScriptItem, readonly string[]>): string {
  const out: string[] = [];
  for (const item of items) {
    if (item.kind === 'text') {
      out.push(item.line);
      continue;
    }
    out.push(item.line, SEPARATOR, ...(outputs.get(item) ?? item.expected), '');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** `add-nodes 3 voters=(1,2,3) prevote` -> positional ['3'] and options {voters: '1,2,3', prevote: ''}. */
export interface CommandLine {
  name: string;
  positional: string[];
  options: Map<string, string>;
}

export function parseCommand(line: string): CommandLine {
  const tokens = line.match(/[^\s=]+=\([^)]*\)|\S+/g) ?? [];
  const [name = '', ...rest] = tokens;
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (const t of rest) {
    const eq = t.indexOf('=');
    if (eq < 0) positional.push(t);
    else options.set(t.slice(0, eq), t.slice(eq + 1).replace(/^\((.*)\)$/, '$1'));
  }
  return { name, positional, options };
}

/** A list option: `(1,2,3)` or `(1 2 3)`, written without the parentheses by parseCommand. */
export function listOf(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(/[\s,]+/).filter((s) => s !== '');
}
