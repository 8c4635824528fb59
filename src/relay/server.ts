// The live class relay: an HTTP server for the built page and a WebSocket endpoint (/live,
// the `ws` library) that validates every message (src/live/messages.ts) and hands it to the
// rooms (src/live/rooms.ts). Only the teacher's connection can send a state.

import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE_CHARS, parseToRelay, type FromRelay } from '../live/messages';
import { Rooms } from '../live/rooms';
import { serveStatic } from './static';

export const LIVE_PATH = '/live';

export interface Relay {
  server: Server;
  rooms: Rooms;
  close(): Promise<void>;
}

export function startRelay(root: string, port: number, host: string): Promise<Relay> {
  const rooms = new Rooms((n) => new Uint8Array(randomBytes(n)));
  const server = createServer((req, res) => {
    // The page asks this to know that a relay serves it (and offers "Start a live class").
    if (req.url === '/relay.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      return void res.end(JSON.stringify({ live: LIVE_PATH }));
    }
    void serveStatic(root, req, res);
  });
  const wss = new WebSocketServer({ server, path: LIVE_PATH, maxPayload: MAX_MESSAGE_CHARS * 4 });
  // The HTTP server's errors (a port in use) reject below; ws re-emits them here too.
  wss.on('error', () => undefined);
  const sockets = new Map<number, WebSocket>();
  let nextId = 1;
  const deliver = (out: { to: number; message: FromRelay }[]) => {
    for (const { to, message } of out) sockets.get(to)?.send(JSON.stringify(message));
  };
  wss.on('connection', (socket) => {
    const id = nextId++;
    sockets.set(id, socket);
    socket.on('message', (data, isBinary) => {
      const parsed = isBinary ? ({ ok: false, code: 'bad-message', error: 'binary messages are not spoken here' } as const) : parseToRelay(data.toString());
      if (!parsed.ok) return deliver([{ to: id, message: { type: 'error', code: parsed.code, message: `Refused: ${parsed.error}.` } }]);
      deliver(rooms.receive(id, parsed.message));
    });
    socket.on('close', () => {
      sockets.delete(id);
      deliver(rooms.leave(id));
    });
    socket.on('error', () => socket.terminate());
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new Error(`port ${port} is in use (choose another with --port)`) : e));
    server.listen(port, host, () =>
      resolve({
        server,
        rooms,
        close: () =>
          new Promise((done) => {
            for (const s of sockets.values()) s.terminate();
            wss.close();
            server.close(() => done());
          }),
      }),
    );
  });
}
