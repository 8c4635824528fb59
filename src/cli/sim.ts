// The headless command line: `npm run --silent sim -- COMMAND ...`.
// Bad input: exit status 2 and one line on standard error naming the problem.

import { runCommand } from './run';
import { builtinCommand, builtinsCommand } from './builtins';
import { linkCommand } from './link';
import { challengeCommand, challengesCommand, gradeCommand } from './challenges';
import { searchCommand } from './search';
import { etcdctlCommand } from './etcdctl';
import { UsageError } from './args';

const COMMANDS: Record<string, (argv: readonly string[]) => void | Promise<void>> = {
  run: runCommand,
  builtins: builtinsCommand,
  builtin: builtinCommand,
  link: linkCommand,
  search: searchCommand,
  etcdctl: etcdctlCommand,
  challenges: challengesCommand,
  challenge: challengeCommand,
  grade: gradeCommand,
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    const known = Object.keys(COMMANDS).join(', ');
    console.error(name === undefined ? `sim: expected a command (${known})` : `sim: unknown command "${name}" (commands: ${known})`);
    return 2;
  }
  try {
    await command(rest);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`sim ${name}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`sim: internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
