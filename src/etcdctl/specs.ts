// The commands the console knows, with their flags, as etcd 3.5's etcdctl defines them
// (etcdctl/ctlv3/command/*.go): the same names, kinds and defaults; the descriptions are
// this project's own wording. Used by the parser, the help texts and tab completion.

export type FlagKind = 'bool' | 'string' | 'int' | 'strings';

export interface FlagSpec {
  name: string;
  short?: string;
  kind: FlagKind;
  /** The default as etcdctl's usage prints it. */
  def: string;
  help: string;
}

export interface CommandSpec {
  /** The words that name it: ["lease", "grant"]. */
  path: string[];
  use: string;
  short: string;
  flags: FlagSpec[];
  /** A group (lease, member, endpoint) runs nothing itself; it lists its subcommands. */
  group?: boolean;
}

const bool = (name: string, help: string, short?: string): FlagSpec => ({ name, kind: 'bool', def: 'false', help, ...(short ? { short } : {}) });
const str = (name: string, def: string, help: string): FlagSpec => ({ name, kind: 'string', def, help });
const int = (name: string, help: string): FlagSpec => ({ name, kind: 'int', def: '0', help });

/** The global flags the console supports (etcdctl's persistent flags). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'endpoints', kind: 'strings', def: '[n1]', help: 'nodes to talk to, comma separated (a node id, host:port or URL naming it)' },
  { name: 'write-out', short: 'w', kind: 'string', def: 'simple', help: 'output format (fields, json, simple, table)' },
  { name: 'help', short: 'h', kind: 'bool', def: 'false', help: 'show the usage of the command' },
];

export const COMMANDS: CommandSpec[] = [
  {
    path: ['get'],
    use: 'get [options] <key> [range_end]',
    short: 'Reads one key or a range of keys',
    flags: [
      str('consistency', 'l', 'Linearizable (l) or Serializable (s) read'),
      bool('count-only', 'Return only the number of keys'),
      bool('from-key', 'Read every key greater than or equal to <key> (byte order)'),
      bool('keys-only', 'Return the keys without their values'),
      int('limit', 'Return at most this many keys'),
      str('order', '', 'Order of the results: ASCEND or DESCEND (ASCEND by default)'),
      bool('prefix', 'Read every key that starts with <key>'),
      bool('print-value-only', 'Print only the values (simple output format only)'),
      int('rev', 'Read the store as it was at this revision'),
      str('sort-by', '', 'Sort by CREATE, KEY, MODIFY, VALUE or VERSION'),
    ],
  },
  {
    path: ['put'],
    use: 'put [options] <key> <value>',
    short: 'Writes a value to a key',
    flags: [
      bool('ignore-lease', 'Keep the key\'s current lease'),
      bool('ignore-value', 'Keep the key\'s current value'),
      str('lease', '0', 'Attach the key to this lease (id in hexadecimal)'),
      bool('prev-kv', 'Also return the key-value pair as it was before'),
    ],
  },
  {
    path: ['del'],
    use: 'del [options] <key> [range_end]',
    short: 'Deletes one key or a range of keys',
    flags: [bool('from-key', 'Delete every key greater than or equal to <key> (byte order)'), bool('prefix', 'Delete every key that starts with <key>'), bool('prev-kv', 'Also return the deleted key-value pairs')],
  },
  {
    path: ['txn'],
    use: 'txn [options]',
    short: 'Runs compares, then the success or the failure requests, as one transaction',
    flags: [bool('interactive', 'Print a prompt before each part of the transaction', 'i')],
  },
  { path: ['compaction'], use: 'compaction [options] <revision>', short: 'Discards the history of the store before a revision', flags: [bool('physical', 'Wait until the compaction is done on disk')] },
  { path: ['lease'], use: 'lease <subcommand>', short: 'Lease commands', flags: [], group: true },
  { path: ['lease', 'grant'], use: 'lease grant <ttl>', short: 'Creates a lease of <ttl> seconds', flags: [] },
  { path: ['lease', 'revoke'], use: 'lease revoke <leaseID>', short: 'Revokes a lease and deletes its keys', flags: [] },
  { path: ['lease', 'timetolive'], use: 'lease timetolive <leaseID> [options]', short: 'Shows the time left on a lease', flags: [bool('keys', 'Also list the keys attached to the lease')] },
  { path: ['lease', 'list'], use: 'lease list', short: 'Lists every lease', flags: [] },
  { path: ['lease', 'keep-alive'], use: 'lease keep-alive [options] <leaseID>', short: 'Keeps a lease alive until stopped', flags: [bool('once', 'Send one keep-alive and stop')] },
  {
    path: ['watch'],
    use: 'watch [options] [key or prefix] [range_end]',
    short: 'Prints every change to a key or a range of keys until stopped',
    flags: [bool('prefix', 'Watch every key that starts with the key'), bool('prev-kv', 'Also print the key-value pair as it was before each event'), int('rev', 'Start from this revision (replaying history)')],
  },
  { path: ['elect'], use: 'elect <election-name> [proposal]', short: 'Campaigns in an election with a proposal, or watches who leads it', flags: [bool('listen', 'Only watch the election\'s leader: print each new proposal', 'l')] },
  { path: ['lock'], use: 'lock <lockname> [exec-command arg1 arg2 ...]', short: 'Takes a named mutex and holds it until stopped, or while a command runs (echo or etcdctl)', flags: [] },
  { path: ['member'], use: 'member <subcommand>', short: 'Membership commands', flags: [], group: true },
  { path: ['member', 'add'], use: 'member add <memberName> [options]', short: 'Adds a member into the cluster', flags: [bool('learner', 'Add as a learner (a member that does not vote)'), str('peer-urls', '', 'The new member\'s peer URLs (http://<memberName>:2380 in the simulator)')] },
  { path: ['member', 'list'], use: 'member list', short: 'Lists the members of the cluster', flags: [] },
  { path: ['member', 'promote'], use: 'member promote <memberID>', short: 'Promotes a learner member to a voting member', flags: [] },
  { path: ['member', 'remove'], use: 'member remove <memberID>', short: 'Removes a member from the cluster', flags: [] },
  { path: ['endpoint'], use: 'endpoint <subcommand>', short: 'Endpoint commands', flags: [bool('cluster', 'Use every member of the cluster as an endpoint')], group: true },
  { path: ['endpoint', 'status'], use: 'endpoint status', short: 'Shows the status of each endpoint', flags: [bool('cluster', 'Use every member of the cluster as an endpoint')] },
  { path: ['endpoint', 'health'], use: 'endpoint health', short: 'Checks that each endpoint can answer a quorum read', flags: [bool('cluster', 'Use every member of the cluster as an endpoint')] },
  { path: ['move-leader'], use: 'move-leader <transferee-member-id>', short: 'Hands leadership to another member', flags: [] },
  { path: ['help'], use: 'help [command]', short: 'Shows the usage of a command', flags: [] },
];

export function findSpec(path: readonly string[]): CommandSpec | undefined {
  return COMMANDS.find((c) => c.path.length === path.length && c.path.every((w, i) => w === path[i]));
}

/** The commands directly under `parent` ([] for the top level). */
export function childrenOf(parent: readonly string[]): CommandSpec[] {
  return COMMANDS.filter((c) => c.path.length === parent.length + 1 && parent.every((w, i) => c.path[i] === w));
}
