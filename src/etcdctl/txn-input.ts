// The text `etcdctl txn` reads from standard input: compares, an empty line, success
// requests, an empty line, failure requests, an empty line (txn_command.go). A compare is
// `target("key") op "value"` with target ver/version, c/create, m/mod, val/value or lease;
// a request is a put, get or del command line with its flags.

import type { Compare, CompareTarget, TxnInnerOp } from '../sim/scenario-types';
import { parseArgs } from './parse';
import { argify } from './tokenize';
import { requestOp } from './requests';

export type TxnParts = { ok: true; compare: Compare[]; success: TxnInnerOp[]; failure: TxnInnerOp[] } | { ok: false; error: string };

const TARGETS: Record<string, CompareTarget> = { ver: 'version', version: 'version', c: 'create', create: 'create', m: 'mod', mod: 'mod', val: 'value', value: 'value', lease: 'lease' as CompareTarget };

/** Splits stdin text into the three sections; a missing final empty line reads as etcdctl's EOF error. */
export function parseTxnText(text: string): TxnParts {
  const lines = text.split('\n');
  let i = 0;
  const section = (): string[] => {
    const out: string[] = [];
    for (;;) {
      // End of input also ends a section (etcdctl would report EOF; the console is lenient).
      if (i >= lines.length - 1) return out;
      const line = (lines[i++] as string).trim();
      if (line === '') return out;
      out.push(line);
    }
  };
  const compares = section();
  const success = section();
  const failure = section();
  return parseTxnSections(compares, success, failure);
}

export function parseTxnSections(compares: readonly string[], success: readonly string[], failure: readonly string[]): TxnParts {
  const cmp: Compare[] = [];
  for (const line of compares) {
    const c = parseCompare(line);
    if (typeof c === 'string') return { ok: false, error: c };
    cmp.push(c);
  }
  const then = parseOps(success);
  if (!Array.isArray(then)) return { ok: false, error: then };
  const otherwise = parseOps(failure);
  if (!Array.isArray(otherwise)) return { ok: false, error: otherwise };
  return { ok: true, compare: cmp, success: then, failure: otherwise };
}

function parseOps(lines: readonly string[]): TxnInnerOp[] | string {
  const ops: TxnInnerOp[] = [];
  for (const line of lines) {
    const op = parseRequestLine(line);
    if (typeof op === 'string') return op;
    ops.push(op);
  }
  return ops;
}

/** One request line: put / get / del with their flags (etcdctl's parseRequestUnion). */
function parseRequestLine(line: string): TxnInnerOp | string {
  const args = argify(line);
  if (args.length < 2) return `invalid txn compare request: ${line}`;
  const name = args[0] as string;
  if (!['put', 'get', 'del'].includes(name)) return `invalid txn request: ${line}`;
  const parsed = parseArgs(args);
  if (parsed.kind !== 'run') return `invalid txn request: ${line}`;
  const op = requestOp(parsed.inv);
  return typeof op === 'string' ? op : op;
}

/** `target("key") op "value"`, read as Go's Sscanf("%q) %s %q") reads it. */
export function parseCompare(line: string): Compare | string {
  const open = line.indexOf('(');
  if (open < 0) return `malformed comparison: ${line}`;
  const target = line.slice(0, open);
  const m = /^"((?:[^"\\]|\\.)*)"\)\s+(\S+)\s+"((?:[^"\\]|\\.)*)"\s*$/.exec(line.slice(open + 1));
  if (!m) return `malformed comparison: ${line}; got ${target}(${scannedKey(line.slice(open + 1))})  ""`;
  const key = unquote(m[1] as string);
  const result = m[2] as string;
  const value = unquote(m[3] as string);
  const t = TARGETS[target];
  if (!t) return `malformed comparison: ${line} (unknown target ${target})`;
  if (!['=', '!=', '<', '>'].includes(result)) return `malformed comparison: ${line} (unknown result op ${result})`;
  if (t === 'value') return { key, target: t, result: result as Compare['result'], value };
  if (!/^[+-]?\d+$/.test(value)) return `invalid txn compare request: ${line}`;
  return { key, target: t, result: result as Compare['result'], value: Number(value) };
}

function scannedKey(rest: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
  return JSON.stringify(m ? unquote(m[1] as string) : '');
}

function unquote(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}
