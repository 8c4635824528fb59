// Usage texts in the layout of etcdctl's help (cobrautl's template: NAME, USAGE, COMMANDS,
// OPTIONS, GLOBAL OPTIONS), for `help COMMAND`, `COMMAND --help` and a group given no
// subcommand. The wording of the descriptions is this project's (specs.ts).

import { childrenOf, COMMANDS, GLOBAL_FLAGS, type CommandSpec, type FlagSpec } from './specs';

export const ETCDCTL_VERSION = '3.5.17';
export const API_VERSION = '3.5';

export function usageText(spec: CommandSpec | undefined): string {
  return spec ? commandUsage(spec) : topUsage();
}

function topUsage(): string {
  const commands = COMMANDS.filter((c) => !c.group);
  return [
    'NAME:',
    '\tetcdctl - A command line client for the simulated etcd cluster.',
    '',
    'USAGE:',
    '\tetcdctl [flags] <command> [arguments]',
    '',
    'VERSION:',
    `\t${ETCDCTL_VERSION}`,
    '',
    'API VERSION:',
    `\t${API_VERSION}`,
    '',
    'COMMANDS:',
    ...aligned(commands.map((c) => [c.path.join(' '), c.short]), '\t'),
    '',
    'OPTIONS:',
    ...flagLines(GLOBAL_FLAGS),
  ].join('\n');
}

function commandUsage(spec: CommandSpec): string {
  const name = spec.path.join(' ');
  const lines = ['NAME:', `\t${name} - ${spec.short}`, '', 'USAGE:', `\tetcdctl ${spec.use}${spec.group ? '' : ' [flags]'}`, ''];
  const children = childrenOf(spec.path);
  if (children.length > 0) lines.push('COMMANDS:', ...aligned(children.map((c) => [c.path[c.path.length - 1] as string, c.short]), '\t'), '');
  const own = spec.flags.filter((f) => !spec.group || children.length === 0 || f.name !== 'cluster');
  if (own.length > 0 || !spec.group) lines.push('OPTIONS:', ...flagLines([...own, { name: 'help', short: 'h', kind: 'bool', def: 'false', help: `help for ${spec.path[spec.path.length - 1]}` }]), '');
  lines.push('GLOBAL OPTIONS:', ...flagLines(GLOBAL_FLAGS.filter((f) => f.name !== 'help')));
  return lines.join('\n');
}

/** pflag's "  -w, --write-out=\"simple\"   text" lines, aligned. */
function flagLines(flags: readonly FlagSpec[]): string[] {
  const sorted = [...flags].sort((a, b) => a.name.localeCompare(b.name));
  return aligned(
    sorted.map((f) => [`${f.short ? `  -${f.short}, ` : '      '}--${f.name}${defaultShown(f)}`, f.help]),
    '',
  );
}

function defaultShown(f: FlagSpec): string {
  if (f.kind === 'bool') return `[=${f.def}]`;
  if (f.kind === 'string') return `="${f.def}"`;
  return `=${f.def}`;
}

function aligned(rows: readonly (readonly [string, string])[], indent: string): string[] {
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  return rows.map(([a, b]) => `${indent}${a.padEnd(width)}${b}`);
}
