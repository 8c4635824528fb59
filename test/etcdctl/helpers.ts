// A headless console on the default etcdctl scenario (three nodes, seed 1), and the ids
// that scenario's nodes get.

import { defaultEtcdctlScenario, HeadlessConsole } from '../../src/cli/etcdctl';
import { findSpec } from '../../src/etcdctl/specs';
import { usageText } from '../../src/etcdctl/usage';

export const CLUSTER = '5570946364341419013';
export const N1 = '14447065367186880760';
export const HEADER = `{"cluster_id":${CLUSTER},"member_id":${N1}`;

export function headless(): HeadlessConsole {
  return new HeadlessConsole({ ...defaultEtcdctlScenario(), until: 86_400_000 });
}

/** Runs each command in order; returns [command, output] pairs for comparing with a table. */
export function transcript(commands: readonly string[]): [string, string][] {
  const h = headless();
  return commands.map((c) => [c, h.run(c).join('\n')]);
}

export function fields(revision: number, term = 1): string {
  return [`"ClusterID" : ${CLUSTER}`, `"MemberID" : ${N1}`, `"Revision" : ${revision}`, `"RaftTerm" : ${term}`].join('\n');
}

/** A flag error as etcdctl prints it: the error, the command's usage and an empty line, an empty line, the error again. */
export function flagError(message: string, command: string): string {
  return [`Error: ${message}`, usageText(findSpec(command.split(' '))), '', '', `Error: ${message}`].join('\n');
}
