/**
 * Hostile and careless clients against a real workshop (real test Redis): every failure is a
 * JSON error with a fitting 4xx/5xx (never HTML, never a stack), the server survives anything a
 * request or a WebSocket frame can do, identity comes only from the signed cookie, and request
 * paths never scan the keyspace.
 */
import { request as httpRequest } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CLIENT_FRAME_BYTES } from '../../server/src/devui/protocol';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

/** Every log line of the in-process server, to check what is (not) logged. */
const logLines: string[] = [];
const logger = pino(
  { level: 'debug' },
  new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);

/** Redis commands the server sent (to prove request paths never KEYS/SCAN). */
const commands: string[] = [];

let server: WorkshopServer;
const open: FrameSocket[] = [];

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences', 'persistence'], wordDelayMs: 20, logger });
  const client = server.workshop!.redis.client as unknown as { sendCommand: (cmd: { name: string }, ...rest: unknown[]) => unknown };
  const original = client.sendCommand.bind(client);
  client.sendCommand = (cmd, ...rest) => {
    commands.push(String(cmd?.name ?? '').toLowerCase());
    return original(cmd, ...rest);
  };
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.stop();
});

const preferences = () => new Attendee(server.url('preferences'));

async function connect(attendee: Attendee): Promise<FrameSocket> {
  const socket = await attendee.socket();
  open.push(socket);
  await socket.next('hello');
  return socket;
}

/** The answer is a JSON error with the status (or status class) expected, never HTML or a stack. */
function expectJsonError(res: { status: number; headers: Headers | Record<string, unknown>; body: unknown }, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const type = res.headers instanceof Headers ? res.headers.get('content-type') : (res.headers['content-type'] as string | undefined);
  expect(type).toMatch(/^application\/json/);
  const body = res.body as { error: { code: string; message: string } };
  expect(body).toEqual({ error: { code: code ?? expect.any(String), message: expect.any(String) } });
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |<html|<pre>/i);
}

async function expectAlive() {
  const res = await preferences().get('/api/health');
  expect(res.status).toBe(200);
}

/** A request fetch would refuse or normalise: the raw path goes out as written. */
function rawRequest(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<{ status: number; headers: Record<string, unknown>; body: unknown }> {
  const url = new URL(server.url('preferences'));
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          // Left as text: the shape check then shows it.
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('HTTP: every failure is a JSON error', () => {
  it('bad JSON, JSON that is not an object, and wrong content types', async () => {
    const me = preferences();
    await me.get('/api/me');
    expectJsonError(await me.request('POST', '/api/threads', undefined, { rawBody: '{"id": ' }), 400, 'bad_json');
    expectJsonError(await me.request('POST', '/api/threads', undefined, { rawBody: 'null' }), 400);
    expectJsonError(await me.request('POST', '/api/threads', undefined, { rawBody: '"text"' }), 400);
    expectJsonError(await me.request('POST', '/api/threads', undefined, { rawBody: '[1,2]' }), 400, 'invalid_request');
    expectJsonError(await me.request('POST', '/api/threads/x/messages', undefined, { rawBody: '{"text": 5}' }), 400, 'invalid_request');
    // A body that is not declared JSON is 415 (it used to reach the routes as `undefined`).
    expectJsonError(await me.request('PATCH', '/api/me', undefined, { rawBody: 'displayName=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectJsonError(await me.request('POST', '/api/threads/x/messages', undefined, { rawBody: 'hello', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectJsonError(await rawRequest('POST', '/api/threads', { cookie: me.cookie! }, '{"id":"no_type"}'), 415, 'unsupported_media_type');
    // No body at all is a plain 400 for a route that needs one, and fine for one that does not.
    expectJsonError(await rawRequest('POST', '/api/threads/x/messages', { cookie: me.cookie! }), 400, 'invalid_request');
    expectJsonError(await me.request('POST', '/api/threads/x/messages', undefined, { rawBody: '{"text":"hi"}', headers: { 'content-type': 'application/json; charset=latin1' } }), 415);
    // Deep nesting is still just a body to parse or refuse.
    const deep = '{"text":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}';
    const nested = await me.request('POST', '/api/threads/x/messages', undefined, { rawBody: deep });
    expect([400, 413]).toContain(nested.status);
    expectJsonError(nested, nested.status);
    await expectAlive();
  });

  it('compressed and huge bodies', async () => {
    const gzHeaders = { 'content-type': 'application/json', 'content-encoding': 'gzip', cookie: '' };
    expectJsonError(await rawRequest('POST', '/api/threads', gzHeaders, Buffer.from('definitely not gzip')), 400);
    expectJsonError(await rawRequest('POST', '/api/threads', { ...gzHeaders, 'content-encoding': 'x-unknown' }, '{}'), 415);
    // A small gzip bomb: 1 MB of JSON compressed to ~1 KB is still over the limit once inflated.
    const bomb = gzipSync(Buffer.from(JSON.stringify({ text: 'a'.repeat(1_000_000) })));
    expectJsonError(await rawRequest('POST', '/api/threads', gzHeaders, bomb), 413, 'payload_too_large');
    expectJsonError(await preferences().post('/api/threads/x/messages', { text: 'b'.repeat(2_000_000) }), 413, 'payload_too_large');
    await expectAlive();
  });

  it('URL-encoded garbage, braces and slashes in ids', async () => {
    const me = preferences();
    await me.get('/api/me');
    const headers = { cookie: me.cookie! };
    for (const path of ['/api/threads/%E0%A4%A', '/api/threads/%', '/api/memories/%E0%A4%A', '/api/threads/%FF/messages']) {
      const method = path.endsWith('/messages') ? 'POST' : 'GET';
      expectJsonError(await rawRequest(method, path, { ...headers, 'content-type': 'application/json' }, method === 'POST' ? '{"text":"hi"}' : undefined), 400);
    }
    expectJsonError(await rawRequest('DELETE', '/api/memories/%E0%A4%A', headers), 400);
    expectJsonError(await rawRequest('PATCH', '/api/memories/%C0%AF', { ...headers, 'content-type': 'application/json' }, '{"text":"x"}'), 400);
    expectJsonError(await rawRequest('GET', '/api/admin/attendees/%E0%A4%A', { authorization: `Bearer ${server.adminToken}` }), 400);
    for (const id of ['{abc}', 'a/b', '..', '../../etc/passwd', 'a\u0000b', 'x'.repeat(300), '{u_0123456789abcdef}:t']) {
      const res = await me.get(`/api/threads/${encodeURIComponent(id)}`);
      expect([400, 404]).toContain(res.status);
      expectJsonError(res, res.status);
      const mem = await me.request('PATCH', `/api/memories/${encodeURIComponent(id)}`, { text: 'x' });
      expect([400, 404]).toContain(mem.status);
      expectJsonError(mem, mem.status);
      const del = await me.delete(`/api/memories/${encodeURIComponent(id)}`);
      expect([400, 404]).toContain(del.status);
      expectJsonError(del, del.status);
    }
    expectJsonError(await me.post('/api/threads', { id: '{braced}' }), 400, 'invalid_argument');
    expectJsonError(await me.post(`/api/threads/${encodeURIComponent('a/b')}/messages`, { text: 'hi' }), 400, 'invalid_argument');
    // Unencoded slashes are just another route, which does not exist.
    expectJsonError(await me.get('/api/threads/a/b'), 404, 'route_not_found');
    await expectAlive();
  });

  it('query arrays, objects and odd values', async () => {
    const me = preferences();
    for (const path of [
      '/api/memories?q=a&q=b',
      '/api/memories?agentId=a&agentId=b',
      '/api/memories?limit=abc',
      '/api/memories?limit=1e400',
      '/api/memories?limit=-1',
      '/api/memories?threadId=a&threadId=b',
      '/api/threads?agentId=x&agentId=y',
      '/api/memories?q[a]=1',
      '/api/memories?q[]=1',
    ]) {
      const res = await me.get(path);
      // An array or bracketed key is either refused (400) or ignored; never a 500.
      expect(res.status, path).toBeLessThan(500);
      if (res.status >= 400) expectJsonError(res, 400);
    }
    expectJsonError(await me.get('/api/threads/never?agentId=a&agentId=b'), 400, 'invalid_request');
    expectJsonError(await me.get('/api/memories?agentId=nobody'), 404, 'not_found');
    expect((await me.get('/api/memories?q=%E0%A4%A')).status).toBeLessThan(500);
    await expectAlive();
  });

  it('unknown routes and wrong methods', async () => {
    const me = preferences();
    for (const [method, path] of [
      ['PUT', '/api/me'],
      ['POST', '/api/me'],
      ['DELETE', '/api/health'],
      ['PUT', '/api/threads/x'],
      ['GET', '/api/threads/x/messages'],
      ['PATCH', '/api/threads'],
      ['POST', '/api/memories'],
      ['GET', '/api'],
      ['GET', '/ws'],
      ['GET', '/api/nope/%E0%A4%A'],
      ['GET', '/%E0%A4%A'],
      ['TRACE', '/api/me'],
    ] as const) {
      const res = await rawRequest(method, path, { cookie: me.cookie ?? '' });
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectJsonError(res, res.status);
    }
    await expectAlive();
  });

  it('a raw request with a broken request line is refused and the server lives on', async () => {
    const url = new URL(server.url('preferences'));
    const answer = await new Promise<string>((resolve) => {
      const sock = tcpConnect(Number(url.port), url.hostname, () => sock.write('GET /api/me HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'));
      let text = '';
      sock.on('data', (c) => (text += c));
      sock.on('close', () => resolve(text));
      sock.on('error', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    await expectAlive();
  });
});

describe('identity comes only from the signed cookie', () => {
  it('a forged or tampered cookie gets a new identity, never the victim', async () => {
    const victim = preferences();
    const { userId } = (await victim.get('/api/me')).body;
    await victim.post('/api/threads/secret_thread/messages', { text: 'My name is Victoria and I live in Oslo.' });
    const memories = (await victim.get('/api/memories')).body.items as Array<{ id: string }>;
    expect(memories.length).toBeGreaterThan(0);

    const [value] = victim.cookie!.split('=').slice(1);
    const mac = value.slice(value.lastIndexOf('.') + 1);
    const flipped = mac.slice(0, -1) + (mac.endsWith('A') ? 'B' : 'A');
    for (const forged of [
      `workshop_uid=${userId}`,
      `workshop_uid=${userId}.`,
      `workshop_uid=${userId}.${flipped}`,
      `workshop_uid=${userId}.${mac}x`,
      `workshop_uid=${userId.toUpperCase()}.${mac}`,
      `workshop_uid=${userId}.${mac.slice(0, 10)}`,
      `workshop_uid="${userId}.${mac}"x`,
      `workshop_uid=%E0%A4%A`,
      `workshop_uid=${'a'.repeat(5000)}`,
    ]) {
      const attacker = preferences();
      attacker.cookie = forged;
      const me = await attacker.get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body.userId).not.toBe(userId);
      expect(me.body.userId).toMatch(/^u_[a-f0-9]{16}$/);
      expect(me.headers.get('set-cookie')).toMatch(/^workshop_uid=/);
      expect((await attacker.get('/api/threads')).body.threads).toEqual([]);
      expect((await attacker.get('/api/memories')).body.items).toEqual([]);
    }
    // Ids from the body or query are ignored.
    const other = preferences();
    const res = await other.request('GET', `/api/memories?userId=${userId}`, undefined, { headers: { 'x-user-id': userId } });
    expect(res.body.items).toEqual([]);
    const patched = await other.patch('/api/me', { displayName: 'Mallory', userId });
    expect(patched.body.userId).not.toBe(userId);
    expect((await victim.get('/api/me')).body.displayName).not.toBe('Mallory');
  });

  it("another user's thread and memory ids answer 404 and stay untouched", async () => {
    const owner = preferences();
    await owner.post('/api/threads/owned_thread/messages', { text: 'I love green tea.' });
    const memory = ((await owner.get('/api/memories')).body.items as Array<{ id: string }>)[0];
    const stranger = preferences();
    expectJsonError(await stranger.get('/api/threads/owned_thread'), 404, 'not_found');
    expectJsonError(await stranger.delete('/api/threads/owned_thread'), 404, 'not_found');
    expectJsonError(await stranger.patch(`/api/memories/${memory.id}`, { text: 'hacked' }), 404, 'not_found');
    expectJsonError(await stranger.delete(`/api/memories/${memory.id}`), 404, 'not_found');
    // Posting to "the same" thread id is the stranger's own thread, not the owner's.
    const post = await stranger.post('/api/threads/owned_thread/messages', { text: 'What do I like?' });
    expect(post.status).toBe(200);
    expect(post.body.reply.text).not.toMatch(/green tea/i);
    expect((await owner.get('/api/threads/owned_thread')).body.messages).toHaveLength(2);
    expect(((await owner.get('/api/memories')).body.items as Array<{ id: string; text: string }>).find((m) => m.id === memory.id)?.text).not.toBe('hacked');
  });

  it('a broken WebSocket handshake is a JSON error too, never ws\' text/html page', async () => {
    const me = preferences();
    await me.get('/api/me');
    const base = { cookie: me.cookie!, connection: 'Upgrade', upgrade: 'websocket' };
    for (const [method, headers, status] of [
      ['GET', { ...base, 'sec-websocket-version': '13' }, 400],
      ['GET', { ...base, 'sec-websocket-key': 'short', 'sec-websocket-version': '13' }, 400],
      ['GET', { ...base, 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '99' }, 400],
      ['GET', { ...base, upgrade: 'h2c', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13' }, 400],
      ['POST', { ...base, 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13' }, 405],
      ['GET', { ...base, cookie: 'workshop_uid=%E0%A4%A', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13' }, 401],
    ] as const) {
      const res = await rawRequest(method, '/ws', headers);
      expectJsonError(res, status);
    }
    await expectAlive();
  });

  it('the WebSocket refuses a forged cookie (401)', async () => {
    const victim = preferences();
    const { userId } = (await victim.get('/api/me')).body;
    const ws = new WebSocket(server.url('preferences').replace('http', 'ws') + '/ws', { headers: { cookie: `workshop_uid=${userId}.forged` } });
    const status = await new Promise<number>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => resolve(-1));
    });
    expect(status).toBe(401);
  });
});

describe('facilitator token', () => {
  it('is never logged, also when a wrong one is sent', async () => {
    const anon = preferences();
    for (const auth of [`Bearer ${server.adminToken}x`, 'Bearer', 'Basic abc', `bearer ${'z'.repeat(10_000)}`]) {
      expectJsonError(await anon.request('GET', '/api/admin/overview', undefined, { headers: { authorization: auth } }), 401, 'unauthorized');
    }
    const ok = await anon.request('GET', '/api/admin/overview', undefined, { headers: { authorization: `Bearer ${server.adminToken}` } });
    expect(ok.status).toBe(200);
    expectJsonError(await anon.request('POST', '/api/admin/reset', undefined, { headers: { authorization: `Bearer ${server.adminToken}` }, rawBody: '{' }), 400, 'bad_json');
    expect(logLines.join('\n')).not.toContain(server.adminToken);
  });
});

describe('WebSocket: nothing a frame does takes the server down', () => {
  it('binary frames, invalid UTF-8, odd JSON, huge frames', async () => {
    const me = preferences();
    const socket = await connect(me);
    socket.ws.send(Buffer.from([0, 1, 2, 255]), { binary: true });
    expect((await socket.next('error', (f) => f.code === 'bad_frame')).message).toMatch(/binary/);
    for (const text of ['', 'null', '42', '"x"', '[]', '{}', '{"type":null}', '{"type":"turn.stop"}', '{"type":"ping","__proto__":{"x":1}}']) {
      socket.frames.length = 0;
      socket.send(text);
      if (text.includes('ping')) await socket.next('pong');
      else await socket.next('error');
    }
    socket.frames.length = 0;
    socket.send({ type: 'ping', padding: 'x'.repeat(MAX_CLIENT_FRAME_BYTES) });
    expect((await socket.next('error')).code).toBe('frame_too_large');
    socket.send({ type: 'ping' });
    await socket.next('pong');

    // Invalid UTF-8 in a text frame: ws closes that socket (1007); the server lives on.
    const bad = await connect(me);
    const closed = new Promise<number>((resolve) => bad.ws.on('close', (code) => resolve(code)));
    // A final text frame, masked with a zero key, whose payload C3 28 is not UTF-8.
    (bad.ws as unknown as { _socket: { write: (b: Buffer) => void } })._socket.write(Buffer.from([0x81, 0x82, 0, 0, 0, 0, 0xc3, 0x28]));
    expect(await closed).toBe(1007);

    // A 1 MB frame: refused without reading it all (1009); the server lives on.
    const big = await connect(me);
    const bigClosed = new Promise<number>((resolve) => big.ws.on('close', (code) => resolve(code)));
    big.ws.on('error', () => undefined);
    big.send({ type: 'turn.start', requestId: 'big', threadId: 'big', text: 'a'.repeat(1_000_000) });
    expect(await bigClosed).toBe(1009);

    await expectAlive();
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('a flood of frames is answered, and the socket stays usable', async () => {
    const socket = await connect(preferences());
    for (let i = 0; i < 2000; i++) socket.send(i % 2 ? 'garbage' : { type: 'ping' });
    socket.send({ type: 'ping' });
    await expect.poll(() => socket.frames.filter((f) => f.type === 'pong').length, { timeout: 10_000 }).toBe(1001);
    // A flood of turn.start on many threads: at most a few run at once, the rest are refused.
    socket.frames.length = 0;
    for (let i = 0; i < 50; i++) socket.send({ type: 'turn.start', requestId: `flood${i}`, threadId: `flood_${i}`, text: 'Hello there' });
    await expect.poll(() => socket.frames.filter((f) => f.type === 'turn.finished' || (f.type === 'error' && f.requestId?.startsWith('flood'))).length, { timeout: 15_000 }).toBe(50);
    const refused = socket.frames.filter((f) => f.type === 'error' && f.code === 'too_many_turns');
    expect(refused.length).toBeGreaterThan(0);
    socket.send({ type: 'turn.start', requestId: 'after', threadId: 'after_flood', text: 'Hello' });
    await socket.next('turn.finished', (f) => f.threadId === 'after_flood');
    await expectAlive();
  });

  it('a client that floods frames without reading the answers is cut off, not buffered for', async () => {
    const socket = await connect(preferences());
    const closed = new Promise<number>((resolve) => socket.ws.on('close', (code) => resolve(code)));
    const tcp = (socket.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    tcp.pause();
    // Each 1-byte frame earns a ~75-byte error frame: ~30 MB of answers nobody reads.
    for (let i = 0; i < 400_000; i++) socket.ws.send('x');
    await new Promise((r) => setTimeout(r, 1500));
    tcp.resume();
    expect(await closed).toBe(1008);
    await expectAlive();
  });

  it('turn.stop for unknown turns, and two turns at once on one thread', async () => {
    const me = preferences();
    const socket = await connect(me);
    socket.send({ type: 'turn.stop', turnId: 'no-such-turn' });
    socket.send({ type: 'turn.stop', turnId: '' });
    socket.send({ type: 'ping' });
    await socket.next('pong');
    socket.send({ type: 'turn.start', requestId: 'a', threadId: 'twice', text: 'Tell me what you know about me.' });
    socket.send({ type: 'turn.start', requestId: 'b', threadId: 'twice', text: 'And again.' });
    expect((await socket.next('error', (f) => f.requestId === 'b')).code).toBe('turn_in_progress');
    // A second tab of the same attendee on the same thread, and the HTTP API, at the same time.
    const other = await connect(me);
    other.send({ type: 'turn.start', requestId: 'c', threadId: 'twice', text: 'Hello from tab two.' });
    const http = me.post('/api/threads/twice/messages', { text: 'Hello from HTTP.' });
    const otherDone = Promise.race([other.next('turn.finished'), other.next('error', (f) => f.requestId === 'c')]);
    await socket.next('turn.finished');
    await otherDone;
    expect((await http).status).toBeLessThan(500);
    const thread = (await me.get('/api/threads/twice')).body;
    // Every stored message is whole JSON with a role.
    for (const m of thread.messages) expect(['user', 'assistant', 'tool', 'system']).toContain(m.role);
    await expectAlive();
  });

  it('a socket closed mid-turn stops its turn; what was said so far is kept', async () => {
    const me = preferences();
    const socket = await connect(me);
    socket.send({ type: 'turn.start', requestId: 'gone', threadId: 'closed_mid_turn', text: 'What do you know about me? Tell me everything you can, please.' });
    await socket.next('text.delta');
    socket.ws.terminate();
    await expect
      .poll(async () => ((await me.get('/api/threads/closed_mid_turn')).body.messages ?? []).length, { timeout: 5000 })
      .toBeGreaterThanOrEqual(1);
    // The turn was aborted, not run on for nobody: the log line says "stopped".
    await expect.poll(() => logLines.some((l) => l.includes('"event":"turn"') && l.includes('"threadId":"closed_mid_turn"')), { timeout: 5000 }).toBe(true);
    const line = JSON.parse(logLines.find((l) => l.includes('"event":"turn"') && l.includes('"threadId":"closed_mid_turn"'))!);
    expect(line.stopped).toBe(true);
    await expectAlive();
  });
});

describe('request paths never scan the keyspace', () => {
  it('no KEYS or SCAN while serving the API', async () => {
    const me = preferences();
    commands.length = 0;
    await me.post('/api/threads/scan_check/messages', { text: 'My name is Sam.' });
    await me.get('/api/threads');
    await me.get('/api/threads/scan_check');
    await me.get('/api/memories');
    await me.get('/api/memories?q=name');
    await me.get('/api/redis');
    await me.request('GET', '/api/admin/overview', undefined, { headers: { authorization: `Bearer ${server.adminToken}` } });
    await me.delete('/api/memories');
    await me.delete('/api/threads/scan_check');
    expect(commands.length).toBeGreaterThan(10);
    expect(commands.filter((c) => c === 'keys' || c === 'scan' || c === 'hscan' || c === 'sscan' || c === 'zscan')).toEqual([]);
  });
});

describe('the log', () => {
  it('holds no unexpected error from any probe above (they were all client errors)', () => {
    const unexpected = logLines.filter((l) => /unexpected error/.test(l));
    expect(unexpected).toEqual([]);
  });
});
