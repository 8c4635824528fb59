// Runs one script: every command in order against one ScriptEnv. Each command prints its own
// lines, then a `~` line for every node whose role, term, vote or leader it changed, so a
// script shows every step of an election without asking. An error is printed, not thrown:
// a script may show that something is refused.

import { DRIVE_COMMANDS, type Command } from './commands';
import { parseCommand, parseScript, renderScript, type ScriptItem } from './datadriven';
import { ScriptEnv } from './env';
import { INSPECT_COMMANDS } from './inspect';

const COMMANDS: Record<string, Command> = { ...DRIVE_COMMANDS, ...INSPECT_COMMANDS };

export interface ScriptRun {
  /** The file as it should read: the commands with the output they print now. */
  actual: string;
}

export function runScript(text: string): ScriptRun {
  const items = parseScript(text);
  const env = new ScriptEnv();
  const outputs = new Map<ScriptItem, string[]>();
  for (const item of items) if (item.kind === 'command') outputs.set(item, runCommand(env, item.line));
  return { actual: renderScript(items, outputs) };
}

function runCommand(env: ScriptEnv, line: string): string[] {
  const cmd = parseCommand(line);
  const handler = COMMANDS[cmd.name];
  if (!handler) return [`error: unknown command ${cmd.name}`];
  const before = env.summary();
  let out: string[];
  try {
    out = handler(env, cmd, line.slice(cmd.name.length).trim());
  } catch (err) {
    out = [`error: ${(err as Error).message}`];
  }
  for (const [id, now] of env.summary()) if (before.get(id) !== now && before.has(id)) out.push(`~ ${id} ${now}`);
  return out.length > 0 ? out : ['ok'];
}
