// Splitting a console line into words the way a POSIX shell would for an etcdctl command
// line: single quotes, double quotes (with \" \\ \$ escapes), $'...' with C escapes (\n,
// \t, \\, \'), backslash escapes outside quotes, and a here-string `<<< WORD` whose word
// becomes the command's standard input (what `etcdctl txn` reads). A leading `etcdctl`
// word is dropped, so lines pasted from a terminal work as they are.

export interface Tokens {
  args: string[];
  /** Standard input given with `<<<` (bash adds a trailing newline). */
  stdin?: string;
}

export type Tokenized = { ok: true; tokens: Tokens } | { ok: false; error: string };

const C_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };

interface Word {
  text: string;
  /** Whether any part was quoted (an empty quoted word still counts as a word). */
  quoted: boolean;
  /** The bare operator `<<<`. */
  hereString: boolean;
}

export function tokenize(line: string): Tokenized {
  const words: Word[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && /\s/.test(line[i] as string)) i++;
    if (i >= n) break;
    if (line.startsWith('<<<', i)) {
      words.push({ text: '<<<', quoted: false, hereString: true });
      i += 3;
      continue;
    }
    const word: Word = { text: '', quoted: false, hereString: false };
    while (i < n && !/\s/.test(line[i] as string)) {
      const ch = line[i] as string;
      if (ch === "'") {
        const end = line.indexOf("'", i + 1);
        if (end < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" };
        word.text += line.slice(i + 1, end);
        word.quoted = true;
        i = end + 1;
      } else if (ch === '$' && line[i + 1] === "'") {
        const read = readAnsiC(line, i + 2);
        if (!read) return { ok: false, error: "unexpected EOF while looking for matching `''" };
        word.text += read.text;
        word.quoted = true;
        i = read.end;
      } else if (ch === '"') {
        const read = readDouble(line, i + 1);
        if (!read) return { ok: false, error: 'unexpected EOF while looking for matching `"\'' };
        word.text += read.text;
        word.quoted = true;
        i = read.end;
      } else if (ch === '\\') {
        if (i + 1 < n) word.text += line[i + 1];
        i += 2;
      } else {
        word.text += ch;
        i++;
      }
    }
    words.push(word);
  }
  return assemble(words);
}

function assemble(words: Word[]): Tokenized {
  const args: string[] = [];
  let stdin: string | undefined;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    if (!w.hereString) {
      args.push(w.text);
      continue;
    }
    const next = words[k + 1];
    if (!next || next.hereString) return { ok: false, error: "syntax error near unexpected token `newline'" };
    stdin = `${next.text}\n`;
    k++;
  }
  if (args[0] === 'etcdctl') args.shift();
  return { ok: true, tokens: { args, ...(stdin !== undefined ? { stdin } : {}) } };
}

function readAnsiC(line: string, from: number): { text: string; end: number } | undefined {
  let text = '';
  for (let i = from; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === "'") return { text, end: i + 1 };
    if (ch === '\\' && i + 1 < line.length) {
      const next = line[i + 1] as string;
      text += C_ESCAPES[next] ?? `\\${next}`;
      i++;
    } else text += ch;
  }
  return undefined;
}

function readDouble(line: string, from: number): { text: string; end: number } | undefined {
  let text = '';
  for (let i = from; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') return { text, end: i + 1 };
    if (ch === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1] as string)) {
      text += line[i + 1];
      i++;
    } else text += ch;
  }
  return undefined;
}

/** etcdctl's own splitting of one txn request line (argify): whitespace, double quotes unquoted. */
export function argify(line: string): string[] {
  const out: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"|\S+/g;
  for (const m of line.matchAll(re)) {
    const w = m[0];
    if (w.startsWith('"') && w.endsWith('"') && w.length >= 2) out.push(w.slice(1, -1).replace(/\\(.)/g, (_, c: string) => C_ESCAPES[c] ?? c));
    else out.push(w);
  }
  return out;
}
