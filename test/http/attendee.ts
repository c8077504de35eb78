/** A test browser without the browser: keeps the identity cookie and speaks JSON to one port. */
import { WebSocket } from 'ws';
import type { ServerFrame } from '../../server/src/contracts/ws';

export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class Attendee {
  cookie: string | undefined;
  constructor(readonly baseUrl: string) {}

  /** The same person (same cookie) on another port, as one browser on 8000-8003. */
  on(baseUrl: string): Attendee {
    const other = new Attendee(baseUrl);
    other.cookie = this.cookie;
    return other;
  }

  async request<T = any>(method: string, path: string, body?: unknown, init: { headers?: Record<string, string>; rawBody?: string } = {}): Promise<JsonResponse<T>> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined || init.rawBody !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(this.baseUrl + path, { method, headers, body: init.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Left as text: the test then fails on the shape, which shows the raw answer.
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body);
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);

  /** Opens `/ws` with this attendee's cookie (getting one first when needed). */
  async socket(): Promise<FrameSocket> {
    if (!this.cookie) await this.get('/api/me');
    const ws = new WebSocket(this.baseUrl.replace(/^http/, 'ws') + '/ws', { headers: { cookie: this.cookie! } });
    const socket = new FrameSocket(ws);
    await socket.opened;
    return socket;
  }
}

/** A WebSocket that records every frame and lets a test wait for the one it expects. */
export class FrameSocket {
  readonly frames: ServerFrame[] = [];
  readonly opened: Promise<void>;
  private waiters: Array<{ test: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }> = [];

  constructor(readonly ws: WebSocket) {
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      this.frames.push(frame);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(frame)) return true;
        w.resolve(frame);
        return false;
      });
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first frame (already received or coming) that passes `test`. */
  next<T extends ServerFrame['type']>(type: T, test: (f: Extract<ServerFrame, { type: T }>) => boolean = () => true, timeoutMs = 10_000): Promise<Extract<ServerFrame, { type: T }>> {
    const match = (f: ServerFrame) => f.type === type && test(f as Extract<ServerFrame, { type: T }>);
    const seen = this.frames.find(match);
    if (seen) return Promise.resolve(seen as Extract<ServerFrame, { type: T }>);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} frame within ${timeoutMs} ms; got ${this.frames.map((f) => f.type).join(', ')}`)), timeoutMs);
      this.waiters.push({
        test: match,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f as Extract<ServerFrame, { type: T }>);
        },
      });
    });
  }

  close(): void {
    this.ws.close();
  }
}
