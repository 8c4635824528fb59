// From the words of a command line to a command and its flags, with cobra's and pflag's
// rules as etcdctl uses them: flags anywhere among the arguments, `--` ends them, a unique
// prefix of a command name is enough (cobra.EnablePrefixMatching), and errors worded as
// cobra and pflag word them ("unknown flag: --x", "invalid argument ... for ... flag").

import { childrenOf, COMMANDS, GLOBAL_FLAGS, type CommandSpec, type FlagSpec } from './specs';

export type FlagValue = string | number | boolean | string[];

export interface Invocation {
  spec: CommandSpec;
  args: string[];
  /** Flags given on the line, by long name (globals included). */
  flags: Map<string, FlagValue>;
}

/**
 * What the line asks for: a command to run, a usage text to show, or an error to print.
 * cobra reports its own errors in its own way (cobra-errors.ts): `by` says which kind, and
 * `spec` the command whose usage follows a flag error (undefined: etcdctl's top level).
 */
export type Parsed = { kind: 'run'; inv: Invocation } | { kind: 'usage'; spec: CommandSpec | undefined } | { kind: 'error'; message: string; by: 'flag' | 'command'; spec?: CommandSpec };

export function parseArgs(words: readonly string[]): Parsed {
  const found = findCommand(words);
  if (found.kind === 'error') return { kind: 'error', message: found.message, by: 'command' };
  const spec = found.spec;
  const parsed = parseFlags(found.rest, spec ? [...spec.flags, ...GLOBAL_FLAGS] : GLOBAL_FLAGS);
  if (typeof parsed === 'string') return { kind: 'error', message: parsed, by: 'flag', ...(spec ? { spec } : {}) };
  const { flags, args } = parsed;
  if (!spec || flags.get('help') === true || spec.group) return { kind: 'usage', spec };
  return { kind: 'run', inv: { spec, args, flags } };
}

/** pflag's parse of the words after the command: flags anywhere, `--` ends them. */
function parseFlags(rest: readonly string[], specs: readonly FlagSpec[]): { flags: Map<string, FlagValue>; args: string[] } | string {
  const flags = new Map<string, FlagValue>();
  const args: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--') {
      args.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const r = longFlag(a, rest[i + 1], specs, flags);
      if (typeof r === 'string') return r;
      i += r;
    } else if (a.startsWith('-') && a.length > 1) {
      const r = shortFlags(a, rest[i + 1], specs, flags);
      if (typeof r === 'string') return r;
      i += r;
    } else args.push(a);
  }
  return { flags, args };
}

/** The command named (undefined: none, etcdctl's top level) and the words left for its flags and arguments. */
type Found = { kind: 'found'; spec: CommandSpec | undefined; rest: string[] } | { kind: 'error'; message: string };

/** Walks the leading command words (skipping flags, as cobra's Find does) down to a command. */
function findCommand(words: readonly string[]): Found {
  const rest = [...words];
  let spec: CommandSpec | undefined;
  for (;;) {
    const at = nextWordIndex(rest, [...(spec?.flags ?? []), ...GLOBAL_FLAGS]);
    const parent = spec?.path ?? [];
    const children = childrenOf(parent);
    if (at < 0 || children.length === 0) break;
    const word = rest[at] as string;
    const match = matchChild(children, word);
    if (!match) {
      if (!spec) return { kind: 'error', message: unknownCommand(word) };
      break; // a group given an unknown subcommand shows its usage; a command takes it as an argument
    }
    rest.splice(at, 1);
    spec = match;
  }
  // No command word at all (`etcdctl`, `etcdctl --help`): the top level, whose usage shows.
  return { kind: 'found', spec, rest };
}

/**
 * Index of the first word that is not a flag or a flag's value. As cobra's stripFlags: a
 * `--flag` or `-f` without `=` takes the next word as its value unless it is a known bool
 * flag, so `etcdctl --bogus get foo` looks for a command "foo".
 */
function nextWordIndex(words: readonly string[], known: readonly FlagSpec[]): number {
  const isBool = (w: string) => known.some((f) => f.kind === 'bool' && (w === `--${f.name}` || w === `-${f.short}`));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') return -1;
    if (!w.startsWith('-') || w === '-') return i;
    const takesValue = !w.includes('=') && (w.startsWith('--') || w.length === 2) && !isBool(w);
    if (takesValue) i++;
  }
  return -1;
}

function matchChild(children: readonly CommandSpec[], word: string): CommandSpec | undefined {
  const exact = children.find((c) => c.path[c.path.length - 1] === word);
  if (exact) return exact;
  const byPrefix = children.filter((c) => (c.path[c.path.length - 1] as string).startsWith(word));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

function unknownCommand(word: string): string {
  const names = COMMANDS.filter((c) => c.path.length === 1).map((c) => c.path[0] as string);
  const suggestions = names.filter((n) => levenshtein(n, word) <= 2 || n.startsWith(word.toLowerCase()));
  const hint = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}`).join('\n')}\n` : '';
  return `unknown command "${word}" for "etcdctl"${hint}`;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(cur + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** Parses `--name[=value]`; returns how many extra words it used, or an error. */
function longFlag(word: string, next: string | undefined, specs: readonly FlagSpec[], out: Map<string, FlagValue>): number | string {
  const body = word.slice(2);
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const spec = specs.find((f) => f.name === name);
  if (!spec) return `unknown flag: --${name}`;
  if (eq >= 0) return setFlag(spec, body.slice(eq + 1), out) ?? 0;
  if (spec.kind === 'bool') return setFlag(spec, 'true', out) ?? 0;
  if (next === undefined) return `flag needs an argument: --${name}`;
  return setFlag(spec, next, out) ?? 1;
}

/** Parses `-abc`, `-wjson`, `-w json`, `-w=json`. */
function shortFlags(word: string, next: string | undefined, specs: readonly FlagSpec[], out: Map<string, FlagValue>): number | string {
  const letters = word.slice(1);
  for (let k = 0; k < letters.length; k++) {
    const c = letters[k] as string;
    const spec = specs.find((f) => f.short === c);
    if (!spec) return `unknown shorthand flag: '${c}' in ${word}`;
    if (spec.kind === 'bool') {
      if (letters[k + 1] === '=') return setFlag(spec, letters.slice(k + 2), out) ?? 0;
      const err = setFlag(spec, 'true', out);
      if (err) return err;
      continue;
    }
    const inline = letters.slice(k + 1);
    if (inline.length > 0) return setFlag(spec, inline.startsWith('=') ? inline.slice(1) : inline, out) ?? 0;
    if (next === undefined) return `flag needs an argument: '${c}' in ${word}`;
    return setFlag(spec, next, out) ?? 1;
  }
  return 0;
}

function setFlag(spec: FlagSpec, text: string, out: Map<string, FlagValue>): string | undefined {
  const label = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
  const bad = (why: string) => `invalid argument "${text}" for "${label}" flag: ${why}`;
  switch (spec.kind) {
    case 'bool': {
      const b = parseGoBool(text);
      if (b === undefined) return bad(`strconv.ParseBool: parsing "${text}": invalid syntax`);
      out.set(spec.name, b);
      return undefined;
    }
    case 'int': {
      const n = parseGoInt(text, 10);
      if (typeof n === 'string') return bad(n);
      out.set(spec.name, n);
      return undefined;
    }
    case 'strings': {
      const prev = out.get(spec.name);
      const list = text === '' ? [] : text.split(',');
      out.set(spec.name, Array.isArray(prev) ? [...prev, ...list] : list);
      return undefined;
    }
    case 'string':
      out.set(spec.name, text);
      return undefined;
  }
}

/** Go's strconv.ParseBool. */
function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

const INT64_MAX = 2n ** 63n - 1n;

/** Go's strconv.ParseInt(s, base, 64), exactly: the int64, or the error text as Go words it. */
export function parseGoInt64(s: string, base: 10 | 16): bigint | string {
  const digits = base === 10 ? /^[+-]?[0-9]+$/ : /^[+-]?[0-9a-fA-F]+$/;
  if (!digits.test(s)) return `strconv.ParseInt: parsing "${s}": invalid syntax`;
  const negative = s.startsWith('-');
  const body = s.replace(/^[+-]/, '');
  const big = BigInt(base === 16 ? `0x${body}` : body);
  if (big > INT64_MAX + (negative ? 1n : 0n)) return `strconv.ParseInt: parsing "${s}": value out of range`;
  return negative ? -big : big;
}

/** parseGoInt64 as a JS number (for revisions and TTLs, where a value past 2^53 is refused anyway). */
export function parseGoInt(s: string, base: 10 | 16): number | string {
  const n = parseGoInt64(s, base);
  return typeof n === 'string' ? n : Number(n);
}

/**
 * An int64 lease id as an op carries it (scenario-types LeaseRef): a number when the
 * cluster could have granted it (1 to 2^53 - 1), else its exact decimal, so the server sees
 * the id etcdctl parsed and answers for it ("requested lease not found").
 */
export function leaseRefOf(id: bigint): number | string {
  return id >= 1n && id <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(id) : id.toString();
}

/** Go's strconv.ParseUint(s, base, 64). */
export function parseGoUint(s: string, base: 10 | 16): bigint | string {
  const digits = base === 10 ? /^[0-9]+$/ : /^[0-9a-fA-F]+$/;
  if (!digits.test(s)) return `strconv.ParseUint: parsing "${s}": invalid syntax`;
  const big = BigInt(base === 16 ? `0x${s}` : s);
  if (big > 2n ** 64n - 1n) return `strconv.ParseUint: parsing "${s}": value out of range`;
  return big;
}
