// How etcdctl reports the errors cobra finds before any command runs, line for line as a
// real etcdctl 3.4 writes them (checked on 127.0.0.1). cobra prints "Error: ..." on standard
// error, then (for a flag error) the command's usage on standard output and an empty line
// on standard error (its Println of the usage string, which etcdctl's usage function wrote
// directly), or (for an unknown command) "Run 'etcdctl --help' for usage."; then etcdctl's
// main prints the same error again on its way out (cobrautl.ExitWithError).

import type { CommandSpec } from './specs';
import { usageText } from './usage';

export interface PrintedLine {
  text: string;
  kind: 'out' | 'err';
}

const errLines = (text: string): PrintedLine[] => text.split('\n').map((t) => ({ text: t, kind: 'err' }));

export function cobraErrorLines(message: string, by: 'flag' | 'command', spec: CommandSpec | undefined): PrintedLine[] {
  const error = errLines(`Error: ${message}`);
  if (by === 'command') return [...error, ...errLines("Run 'etcdctl --help' for usage."), ...error];
  // The usage template ends with an empty line.
  const usage = [...usageText(spec).split('\n'), ''].map((t): PrintedLine => ({ text: t, kind: 'out' }));
  return [...error, ...usage, { text: '', kind: 'err' }, ...error];
}
