/**
 * What a browser is told and allowed: a page of another origin cannot open `/ws` with the
 * attendee's cookie; every answer carries a Content-Security-Policy (own scripts and images only,
 * framing only by the workshop's own ports), no-referrer and nosniff.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { Attendee } from './attendee';

const server = useWorkshopServer({ redisUrl: testRedisUrl() });

/** Opens `/ws` with the cookie and an Origin header; resolves with 101 or the refusal's status and JSON. */
function handshake(baseUrl: string, cookie: string, origin?: string): Promise<{ status: number; body?: { error?: { code: string; message: string } } }> {
  const headers: Record<string, string> = { cookie };
  if (origin !== undefined) headers.origin = origin;
  const ws = new WebSocket(baseUrl.replace(/^http/, 'ws') + '/ws', { headers });
  return new Promise((resolve) => {
    ws.on('open', () => {
      ws.close();
      resolve({ status: 101 });
    });
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    ws.on('error', () => undefined);
  });
}

describe('WebSocket origins', () => {
  it("opens for the workshop's own page, and for a program without a page", async () => {
    const me = new Attendee(server.url('preferences'));
    await me.get('/api/me');
    expect((await handshake(me.baseUrl, me.cookie!, me.baseUrl)).status).toBe(101);
    expect((await handshake(me.baseUrl, me.cookie!)).status).toBe(101);
    // Each side-by-side frame opens its own port's socket: its own origin.
    const work = server.url(3);
    expect((await handshake(work, me.cookie!, work)).status).toBe(101);
  });

  it('refuses a page of another port or host, with a JSON reason', async () => {
    const me = new Attendee(server.url('preferences'));
    await me.get('/api/me');
    const port = Number(new URL(me.baseUrl).port);
    for (const origin of [`http://127.0.0.1:${port + 7}`, server.url(2), `http://localhost:${port}`, 'http://evil.example', 'null']) {
      const answer = await handshake(me.baseUrl, me.cookie!, origin);
      expect(answer.status, origin).toBe(403);
      expect(answer.body?.error?.code, origin).toBe('forbidden');
    }
    // The attendee's own page still works afterwards.
    const socket = await me.socket();
    socket.send({ type: 'ping' });
    await socket.next('pong');
    socket.close();
  });
});

describe('security headers', () => {
  it('sends the CSP, no-referrer and nosniff on API answers, errors and pages', async () => {
    const me = new Attendee(server.url('multi-agent'));
    for (const path of ['/api/demo', '/api/nope', '/side-by-side', '/api/health']) {
      const { headers } = await me.get(path);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).toMatch(/img-src 'self' data:(;|$)/);
      expect(csp, path).toMatch(/object-src 'none'/);
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('x-frame-options'), path).toBeNull();
      expect(headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it("lets only the workshop's own ports on the same host frame a page", async () => {
    const { headers } = await new Attendee(server.url('multi-agent')).get('/api/demo');
    const csp = headers.get('content-security-policy') ?? '';
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1].split(' ') ?? [];
    expect(ancestors).toContain("'self'");
    for (const offset of [0, 1, 2, 3]) expect(ancestors).toContain(`http://127.0.0.1:${server.portBase + offset}`);
    expect(ancestors.every((source) => source === "'self'" || /^https?:\/\/127\.0\.0\.1:\d+$/.test(source))).toBe(true);
    expect(ancestors).not.toContain(`http://127.0.0.1:${server.portBase + 4}`);
    expect(ancestors.some((source) => source.includes('*'))).toBe(false);
    const frames = /frame-src ([^;]+)/.exec(csp)?.[1].split(' ') ?? [];
    expect(frames).toContain(`http://127.0.0.1:${server.portBase + 3}`);
  });
});
