// `sim link SCENARIO.json [--time MS] [--lang en|zh-CN]`: the path and fragment of the
// scenario's share link (PAGE.md), so links can be made without a browser.

import { encodeLink } from '../scenario/link';
import { intFlag, parseArgs, stringFlag, UsageError } from './args';
import { loadScenario } from './load';

export function linkCommand(argv: readonly string[]): void {
  const args = parseArgs(argv, ['time', 'lang'], ['embed']);
  if (args.positional.length !== 1) throw new UsageError('link: expected one scenario file: link SCENARIO.json [--time MS] [--lang en|zh-CN] [--embed]');
  const scenario = loadScenario(args.positional[0] as string);
  const time = intFlag(args, 'time', 0, scenario.until);
  const lang = stringFlag(args, 'lang');
  if (lang !== undefined && lang !== 'en' && lang !== 'zh-CN') throw new UsageError(`--lang: expected en or zh-CN, got ${lang}`);
  let fragment = `s=${encodeLink(scenario, time !== undefined ? { time } : {})}`;
  if (lang) fragment += `&lang=${lang}`;
  if (args.flags.has('embed')) fragment += '&embed=1';
  process.stdout.write(`/#${fragment}\n`);
}
