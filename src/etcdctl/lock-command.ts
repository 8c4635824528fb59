// `lock NAME COMMAND ARG...` (ctlv3/command/lock_command.go): etcdctl takes the lock, runs
// COMMAND with ETCD_LOCK_KEY and ETCD_LOCK_REV in its environment and its output going
// straight to the terminal, unlocks, and exits with COMMAND's error if it failed (a real
// etcdctl 3.4 prints nothing of its own around the output). The simulator runs no
// programs, so COMMAND may be `echo ARGS...` or `etcdctl SUBCOMMAND ...` (a console command
// that finishes); `$ETCD_LOCK_KEY` and `$ETCD_LOCK_REV` in its words are replaced as a shell
// would expand them inside the child (`lock m -- sh -c 'echo $ETCD_LOCK_KEY'`).

import type { Action } from './plan';

export type LockedCommand = { kind: 'echo'; words: string[] } | { kind: 'etcdctl'; words: string[] } | { kind: 'unsupported'; program: string };

export function lockedCommand(words: readonly string[]): LockedCommand {
  const [program, ...rest] = words as [string, ...string[]];
  if (program === 'echo') return { kind: 'echo', words: rest };
  if (program === 'etcdctl') return { kind: 'etcdctl', words: rest };
  return { kind: 'unsupported', program };
}

/** The error a program the simulator cannot run gets, worded as Go's exec error. */
export function unsupportedProgram(program: string): string {
  return `exec: "${program}": the simulator cannot run programs; only echo and etcdctl can run inside lock`;
}

/** The words with the lock's environment expanded ($ETCD_LOCK_KEY, ${ETCD_LOCK_REV}). */
export function withLockEnv(words: readonly string[], key: string, revision: number): string[] {
  const env: Record<string, string> = { ETCD_LOCK_KEY: key, ETCD_LOCK_REV: String(revision) };
  return words.map((w) => w.replace(/\$(?:\{(ETCD_LOCK_(?:KEY|REV))\}|(ETCD_LOCK_(?:KEY|REV))\b)/g, (_m, a?: string, b?: string) => env[(a ?? b) as string] as string));
}

/** What `echo` prints: its words, separated by spaces. */
export function echoLine(words: readonly string[]): string {
  return words.join(' ');
}

/** An etcdctl command that would run until stopped cannot finish inside lock: why not, or undefined. */
export function notFinishing(action: Action, command: string): string | undefined {
  const streams = action.kind === 'watch' || action.kind === 'elect' || action.kind === 'observe' || action.kind === 'lock' || action.kind === 'txn-read' || (action.kind === 'keep-alive' && !action.once);
  return streams ? `etcdctl ${command} does not finish by itself; inside lock the simulator runs only etcdctl commands that finish` : undefined;
}
