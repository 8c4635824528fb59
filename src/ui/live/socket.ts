// A WebSocket to the relay that says when it is lost and reconnects with backoff
// (0.5 s, doubling, at most 8 s). Every message received passes the validator first.

import { parseFromRelay, type FromRelay, type ToRelay } from '../../live/messages';

export type Connection = 'connecting' | 'open' | 'lost';

export interface SocketEvents {
  /** Connected (again): the caller says who it is (host / join) and resends its state. */
  onOpen(): void;
  onMessage(msg: FromRelay): void;
  onConnection(state: Connection, retryInMs?: number): void;
}

export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 8000;

export function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
}

export class RelaySocket {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private closed = false;

  constructor(
    private url: string,
    private events: SocketEvents,
  ) {
    this.connect();
  }

  send(msg: ToRelay): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }

  close(): void {
    this.closed = true;
    this.ws?.close();
  }

  /** Drops the connection as a network would (automation: tests of the recovery). */
  drop(): void {
    this.ws?.close();
  }

  private connect(): void {
    this.events.onConnection('connecting');
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.url);
    } catch {
      return this.retry();
    }
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.events.onConnection('open');
      this.events.onOpen();
    };
    ws.onmessage = (e: MessageEvent) => {
      if (typeof e.data !== 'string') return;
      const parsed = parseFromRelay(e.data);
      if (parsed.ok) this.events.onMessage(parsed.message);
    };
    ws.onclose = () => {
      if (this.ws === ws) this.retry();
    };
  }

  private retry(): void {
    this.ws = null;
    if (this.closed) return;
    const delay = retryDelay(this.attempt++);
    this.events.onConnection('lost', delay);
    setTimeout(() => this.connect(), delay);
  }
}
