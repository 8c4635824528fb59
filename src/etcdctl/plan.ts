// What a parsed command line asks the console to do: a usage text, an error, a request to
// the cluster (and how to print its answer), an inspection of the nodes, or a command that
// streams until stopped (watch, elect, lock, lease keep-alive). Argument checks and their
// error texts follow etcdctl's command files.

import type { OpResult } from '../sim/trace-types';
import type { ClientOp, LeaseRef } from '../sim/scenario-types';
import type { WatchOp } from '../sim/scenario-types';
import { leaseRefOf, parseArgs, parseGoInt, parseGoInt64, parseGoUint, type Invocation } from './parse';
import { OUTPUT_FORMATS, type OutputFormat, type Shown } from './print';
import { flagBool, flagInt, flagString, MAX_TEXT, requestOp } from './requests';
import { parseTxnText } from './txn-input';
import { cobraErrorLines, type PrintedLine } from './cobra-errors';
import { usageText } from './usage';
import type { Tokens } from './tokenize';
import type { MemberAction } from './member-commands';
import { peerUrl } from './ids';

/** SCENARIO.md's node ids. */
const NODE_ID = /^[a-z][a-z0-9-]{0,15}$/;

export interface Request {
  kind: 'request';
  op: ClientOp;
  show(r: OpResult): Shown;
  /** etcdctl words some failures with a prefix: "failed to revoke lease (...)". */
  wrapError?: (error: string) => string;
  /** An error etcdctl prints after the request ran instead of its answer (a flag for another format). */
  after?: string;
  /** The answer is printed the same in every format (compaction). */
  fixed?: (r: OpResult) => string[];
}

export type Action =
  | { kind: 'usage'; text: string }
  | { kind: 'error'; message: string }
  /** Lines known in advance, as etcdctl prints them (cobra's flag and command errors). */
  | { kind: 'printed'; lines: PrintedLine[] }
  | Request
  | { kind: 'txn-read'; interactive: boolean }
  | { kind: 'members' }
  | MemberAction
  | { kind: 'status'; cluster: boolean }
  | { kind: 'health'; cluster: boolean }
  | { kind: 'move-leader'; target: bigint }
  | { kind: 'watch'; op: WatchOp }
  | { kind: 'elect'; election: string; proposal: string }
  | { kind: 'observe'; election: string }
  /** `command`: what runs while the lock is held (lock-command.ts). */
  | { kind: 'lock'; name: string; command?: string[] }
  | { kind: 'keep-alive'; id: LeaseRef; once: boolean }
  /** An answer known without asking (timetolive of an id no lease can have). */
  | { kind: 'show'; shown: Shown };

export interface Plan {
  action: Action;
  format: OutputFormat;
  /** --endpoints as given, if given. */
  endpoints?: string[];
}

export function planLine(tokens: Tokens): Plan {
  const parsed = parseArgs(tokens.args);
  if (parsed.kind === 'error') return { action: { kind: 'printed', lines: cobraErrorLines(parsed.message, parsed.by, parsed.spec) }, format: 'simple' };
  if (parsed.kind === 'usage') return { action: { kind: 'usage', text: usageText(parsed.spec) }, format: 'simple' };
  const inv = parsed.inv;
  const format = flagString(inv, 'write-out', 'simple');
  const eps = inv.flags.get('endpoints');
  const endpoints = Array.isArray(eps) ? { endpoints: eps } : {};
  if (format === 'protobuf') return { action: { kind: 'error', message: 'protobuf not supported as output format' }, format: 'simple', ...endpoints };
  if (!OUTPUT_FORMATS.includes(format)) return { action: { kind: 'error', message: 'unsupported output format' }, format: 'simple', ...endpoints };
  return { action: actionOf(inv, tokens.stdin), format: format as OutputFormat, ...endpoints };
}

function err(message: string): Action {
  return { kind: 'error', message };
}

function actionOf(inv: Invocation, stdin: string | undefined): Action {
  const name = inv.spec.path.join(' ');
  switch (name) {
    case 'help':
      return helpAction(inv.args);
    case 'put':
    case 'get':
    case 'del':
      return kvAction(inv);
    case 'txn':
      return txnAction(inv, stdin);
    case 'compaction':
      return compactionAction(inv);
    case 'lease grant':
    case 'lease revoke':
    case 'lease timetolive':
    case 'lease list':
    case 'lease keep-alive':
      return leaseAction(inv);
    case 'watch':
      return watchAction(inv);
    case 'elect':
      return electAction(inv);
    case 'lock':
      if (inv.args.length === 0) return err('lock takes a lock name argument and an optional command to execute');
      return textLimit(inv.args[0] as string) ?? { kind: 'lock', name: inv.args[0] as string, ...(inv.args.length > 1 ? { command: inv.args.slice(1) } : {}) };
    case 'member list':
      return { kind: 'members' };
    case 'member add':
      return memberAddAction(inv);
    case 'member remove':
    case 'member promote':
      return memberIdAction(inv, inv.spec.path[1] === 'remove' ? 'member-remove' : 'member-promote');
    case 'endpoint status':
      return { kind: 'status', cluster: flagBool(inv, 'cluster') };
    case 'endpoint health':
      return { kind: 'health', cluster: flagBool(inv, 'cluster') };
    case 'move-leader':
      return moveLeaderAction(inv);
    default:
      return { kind: 'usage', text: usageText(inv.spec) };
  }
}

function helpAction(args: readonly string[]): Action {
  if (args.length === 0) return { kind: 'usage', text: usageText(undefined) };
  const parsed = parseArgs([...args, '--help']);
  if (parsed.kind === 'usage') return { kind: 'usage', text: usageText(parsed.spec) };
  return err(`Unknown help topic [\`${args.join(' ')}\`]`);
}

function kvAction(inv: Invocation): Action {
  const op = requestOp(inv);
  if (typeof op === 'string') return err(op);
  if (op.type === 'put') return { kind: 'request', op, show: (r) => ({ kind: 'put', r }) };
  if (op.type === 'delete') return { kind: 'request', op, show: (r) => ({ kind: 'del', r }) };
  const valueOnly = flagBool(inv, 'print-value-only');
  const format = flagString(inv, 'write-out', 'simple');
  // etcdctl checks these after the read has run (get_command.go).
  const after = op.countOnly && format !== 'fields' ? '--count-only is only for `--write-out=fields`' : valueOnly && format !== 'simple' ? 'print-value-only is only for `--write-out=simple`' : undefined;
  return { kind: 'request', op, show: (r) => ({ kind: 'get', r, valueOnly }), ...(after ? { after } : {}) };
}

function txnAction(inv: Invocation, stdin: string | undefined): Action {
  if (inv.args.length !== 0) return err('txn command does not accept argument');
  if (stdin === undefined) return { kind: 'txn-read', interactive: flagBool(inv, 'interactive') };
  return txnRequest(parseTxnText(stdin));
}

export function txnRequest(parts: ReturnType<typeof parseTxnText>): Action {
  if (!parts.ok) return err(parts.error);
  return { kind: 'request', op: { type: 'txn', compare: parts.compare, success: parts.success, failure: parts.failure }, show: (r) => ({ kind: 'txn', r }) };
}

function compactionAction(inv: Invocation): Action {
  if (inv.args.length !== 1) return err('compaction command needs 1 argument');
  const rev = parseGoInt(inv.args[0] as string, 10);
  if (typeof rev === 'string') return err(rev);
  if (!Number.isSafeInteger(rev)) return err('etcdserver: mvcc: required revision is a future revision');
  return { kind: 'request', op: { type: 'compact', revision: rev }, show: (r) => ({ kind: 'put', r }), fixed: () => [`compacted revision ${rev}`] };
}

/** A lease id argument in hex (leaseFromArgs: strconv.ParseInt(arg, 16, 64)), kept exact. */
function leaseArg(arg: string): { id: LeaseRef } | string {
  const id = parseGoInt64(arg, 16);
  if (typeof id === 'string') return `bad lease ID arg (${id}), expecting ID in Hex`;
  return { id: leaseRefOf(id) };
}

function leaseAction(inv: Invocation): Action {
  const sub = inv.spec.path[1];
  const args = inv.args;
  if (sub === 'list') return { kind: 'request', op: { type: 'lease-leases' }, show: (r) => ({ kind: 'leases', ids: leaseIds(r) }) };
  if (sub === 'grant') {
    if (args.length !== 1) return err('lease grant command needs TTL argument');
    const ttl = parseGoInt(args[0] as string, 10);
    if (typeof ttl === 'string') return err(`bad TTL (${ttl})`);
    return { kind: 'request', op: { type: 'lease-grant', ttl }, show: (r) => ({ kind: 'grant', id: r.id ?? 0, ttl: r.ttl ?? 0 }), wrapError: (e) => `failed to grant lease (${e})` };
  }
  const needs = { revoke: 'lease revoke command needs 1 argument', timetolive: 'lease timetolive command needs lease ID as argument', 'keep-alive': 'lease keep-alive command needs lease ID as argument' }[sub as 'revoke'];
  if (args.length !== 1) return err(needs);
  const parsed = leaseArg(args[0] as string);
  if (typeof parsed === 'string') return err(parsed);
  // Every parsed id goes to the server, which answers for ids it never granted as etcd does.
  const id = parsed.id;
  if (sub === 'revoke') {
    return { kind: 'request', op: { type: 'lease-revoke', id }, show: () => ({ kind: 'revoke', id }), wrapError: (e) => `failed to revoke lease (${e})` };
  }
  if (sub === 'timetolive') {
    const withKeys = flagBool(inv, 'keys');
    return { kind: 'request', op: { type: 'lease-timetolive', id, ...(withKeys ? { keys: true } : {}) }, show: (r) => timeToLive(r, id, withKeys) };
  }
  return { kind: 'keep-alive', id, once: flagBool(inv, 'once') };
}

function leaseIds(r: OpResult): number[] {
  return ((r as OpResult & { leases?: { id: number }[] }).leases ?? []).map((l) => l.id);
}

function timeToLive(r: OpResult, id: LeaseRef, withKeys: boolean): Shown {
  const t = r as OpResult & { grantedTtl?: number; keys?: string[] };
  return { kind: 'timetolive', id, ttl: t.ttl ?? -1, grantedTtl: t.grantedTtl ?? 0, withKeys, ...(t.keys ? { keys: t.keys } : {}) };
}

function watchAction(inv: Invocation): Action {
  const args = inv.args;
  if (args.length < 1 || args.length > 2) return err('bad number of arguments');
  const prefix = flagBool(inv, 'prefix');
  if (args.length === 2 && prefix) return err('`range_end` and `--prefix` are mutually exclusive');
  const op: WatchOp = { type: 'watch', key: args[0] as string };
  if (args.length === 2) op.rangeEnd = args[1] as string;
  if (prefix) op.prefix = true;
  const rev = flagInt(inv, 'rev');
  if (rev > 0) op.startRevision = rev;
  if (flagBool(inv, 'prev-kv')) op.prevKv = true;
  return textLimit(op.key, op.rangeEnd ?? '') ?? { kind: 'watch', op };
}

function electAction(inv: Invocation): Action {
  const args = inv.args;
  if (args.length !== 1 && args.length !== 2) return err('elect takes one election name argument and an optional proposal argument');
  const listen = flagBool(inv, 'listen');
  if (args.length === 1 && !listen) return err('no proposal argument but -l not set');
  if (args.length === 2 && listen) return err('proposal given but -l is set');
  const election = args[0] as string;
  if (args.length === 1) return textLimit(election) ?? { kind: 'observe', election };
  return textLimit(election, args[1] as string) ?? { kind: 'elect', election, proposal: args[1] as string };
}

/** member add NAME --peer-urls=URL (member_command.go); the simulator runs node NAME at http://NAME:2380. */
function memberAddAction(inv: Invocation): Action {
  if (inv.args.length < 1) return err('member name not provided');
  if (inv.args.length > 1) return err(`too many arguments${inv.args.filter((a) => a.toLowerCase().startsWith('http')).map((a) => `, did you mean --peer-urls=${a}`).join('')}`);
  const name = inv.args[0] as string;
  const urls = flagString(inv, 'peer-urls', '');
  if (urls === '') return err('member peer urls not provided');
  if (!NODE_ID.test(name)) return err(`member name "${name}" cannot name a simulated node: a lowercase letter, then at most 15 lowercase letters, digits or hyphens`);
  if (urls !== peerUrl(name)) return err(`the simulator runs member ${name} with peer URL ${peerUrl(name)} (--peer-urls=${peerUrl(name)})`);
  return { kind: 'member-add', name, learner: flagBool(inv, 'learner') };
}

function memberIdAction(inv: Invocation, kind: 'member-remove' | 'member-promote'): Action {
  if (inv.args.length !== 1) return err('member ID is not provided');
  const id = parseGoUint(inv.args[0] as string, 16);
  if (typeof id === 'string') return err(`bad member ID arg (${id}), expecting ID in Hex`);
  return { kind, id };
}

function moveLeaderAction(inv: Invocation): Action {
  if (inv.args.length !== 1) return err('move-leader command needs 1 argument');
  const target = parseGoUint(inv.args[0] as string, 16);
  if (typeof target === 'string') return err(target);
  return { kind: 'move-leader', target };
}

function textLimit(...texts: string[]): Action | undefined {
  return texts.some((t) => t.length > MAX_TEXT - 20) ? err(`the simulator holds keys and values of at most ${MAX_TEXT} characters`) : undefined;
}
