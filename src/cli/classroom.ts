// `npm run classroom`: the live class relay on the teacher's machine (README "Live class").
// Builds the page if dist/ is missing, serves it with the WebSocket relay, opens a room and
// prints the teacher's link, the students' link and a QR code of it.

import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import qrcode from 'qrcode-terminal';
import { startRelay } from '../relay/server';
import { parseArgs, UsageError } from './args';

export const DEFAULT_PORT = 4180;

function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ['port', 'host', 'dist'], ['help']);
  if (args.flags.has('help')) {
    console.log(`npm run classroom -- [--port N (default ${DEFAULT_PORT})] [--host ADDRESS (default 127.0.0.1; 0.0.0.0 for the classroom network)] [--dist DIR]`);
    return Promise.resolve();
  }
  const port = Number(args.flags.get('port') ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0-65535), not ${String(args.flags.get('port'))}`);
  const host = String(args.flags.get('host') ?? '127.0.0.1');
  const dist = resolve(String(args.flags.get('dist') ?? 'dist'));
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.log('No built page in dist/: building it (npm run build)...');
    execSync('npm run build', { stdio: 'inherit' });
  }
  return startRelay(dist, port, host).then((relay) => {
    const address = relay.server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    const { room, key } = relay.rooms.open();
    const base = `http://${publicHost(host)}:${actual}/`;
    console.log(`Live class relay on ${host}:${actual} (--port, default ${DEFAULT_PORT}; --host to leave loopback)`);
    console.log(`Teacher: open ${base}?teach=${room}&key=${key}`);
    console.log(`Students: open ${base}?class=${room}   (room code ${room})`);
    qrcode.generate(`${base}?class=${room}`, { small: true }, (code: string) => console.log(code));
    console.log('For the projector: Show QR code on the teacher’s page draws this code big.');
    if (host === '127.0.0.1' || host === 'localhost') console.log('Loopback only: students on other devices need --host 0.0.0.0.');
  });
}

/** The address students type: the machine's first network address when listening on all. */
function publicHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  for (const list of Object.values(networkInterfaces())) {
    const v4 = list?.find((a) => a.family === 'IPv4' && !a.internal);
    if (v4) return v4.address;
  }
  return '127.0.0.1';
}

Promise.resolve()
  .then(() => main(process.argv.slice(2)))
  .catch((e: unknown) => {
    // A bad flag, a port in use: one line, exit status 2 (as the other commands).
    console.error(`classroom: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  });
