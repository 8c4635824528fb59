// `sim builtins` (one JSON line per built-in: {"id","name"}) and `sim builtin ID` (that
// scenario as canonical JSON, SCENARIO.md "Built-in scenarios").

import { scenarioToJson } from '../scenario';
import { BUILTINS, builtin, builtinIds } from '../scenario/builtins';
import { parseArgs, UsageError } from './args';

export function builtinsCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, [], []);
  if (args.positional.length > 0) throw new UsageError('expected no arguments: builtins');
  for (const b of BUILTINS) process.stdout.write(JSON.stringify({ id: b.id, name: b.scenario.name }) + '\n');
}

export function builtinCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, [], []);
  const [id, ...extra] = args.positional;
  if (id === undefined || extra.length > 0) throw new UsageError(`expected one built-in id: builtin ID (built-ins: ${builtinIds().join(', ')})`);
  const scenario = builtin(id);
  if (!scenario) throw new UsageError(`unknown built-in ${JSON.stringify(id)} (built-ins: ${builtinIds().join(', ')})`);
  process.stdout.write(scenarioToJson(scenario) + '\n');
}
