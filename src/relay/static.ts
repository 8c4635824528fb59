// Serving the built page (dist/) from the relay: files under the folder only, a known
// content type, index.html for the page's own paths.

import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  // Never a file outside dist/ (../ in the path).
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'text/plain', 'Forbidden');
  const found = await stat(file).catch(() => undefined);
  const target = found?.isFile() ? file : join(root, 'index.html');
  const body = await readFile(target).catch(() => undefined);
  if (!body) return send(res, 404, 'text/plain', 'Not found');
  send(res, 200, TYPES[extname(target)] ?? 'application/octet-stream', body);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
}
