/**
 * Fuzzing every route and frame that takes input with over 10,000 hostile inputs (fast-check,
 * seeded, plus a hand-written list: see fuzz-inputs.ts) against a real workshop on the real test
 * Redis. No answer may be a 5xx, every 4xx is the JSON error envelope, every WebSocket frame gets
 * the answer the protocol promises, the server stays up and logs no unexpected error, nothing
 * pollutes Object.prototype, and every Redis key the server touched or left is one of the data
 * model's key shapes (no fuzz garbage in a key name). Inputs that would run a model turn are kept
 * out of the fuzz (each costs an agent turn); a short hand-written list of hostile-but-valid turns
 * covers them.
 */
import { Agent, request } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../server/src/contracts/http';
import { serverFrameSchema, type ServerFrame } from '../../server/src/contracts/ws';
import { ERROR_STATUS } from '../../server/src/devui/error-status';
import { testClient } from '../redis';
import { Attendee, type FrameSocket } from './attendee';
import {
  draw, frameAnswer, FUZZ_SEED, hostileBody, keyShapes, hostileFrame, hostileQuery, hostileString, KEY_PART, MEGABYTE, NASTY, onWire, segmentStyle, startsResponse, startsTurn,
} from './fuzz-inputs';
import { unexpectedErrors, useRobustnessServer } from './robustness-harness';

const probe = useRobustnessServer();
const redis: Redis = testClient();

/** One HTTP input: `raw` ones go out as bytes over TCP (CRLF and NUL in headers, broken request lines). */
interface Probe { kind: string; method: string; path: string; headers?: Record<string, string>; body?: string | Buffer; openai?: boolean; raw?: Buffer; status?: number }
interface Answer { status: number; contentType?: string; text: string; error?: string }

const sent: Record<string, number> = {};
const statuses: Record<string, number> = {};
const failures: string[] = [];
const touchedKeys = new Set<string>();
const protoBefore = Object.getOwnPropertyNames(Object.prototype).join();
const agent = new Agent({ keepAlive: true, maxSockets: 16 });
let keysBefore: string[] = [];
const started = Date.now();

const count = (table: Record<string, number>, key: string | number) => (table[key] = (table[key] ?? 0) + 1);
const show = (v: unknown) => JSON.stringify(Buffer.isBuffer(v) ? v.toString('latin1') : v)?.slice(0, 160);
const port = () => Number(new URL(probe.server.url('preferences')).port);

/** Runs `fn` over `items`, `n` at a time (the room's browsers, not one polite client). */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => { while (next < items.length) await fn(items[next++]); }));
}

/**
 * One request with node:http (the path goes out byte for byte, unlike fetch's normalised URL). A
 * kept-alive socket the server closed as idle (keepAliveTimeout) just as it was reused resets: that
 * request is sent once more, as Node's docs advise (`reusedSocket`); any other reset is a failure.
 */
function send(p: Probe, portNumber = port(), retried = false): Promise<Answer> {
  return new Promise((resolve) => {
    const headers = { ...p.headers };
    if (p.body !== undefined) headers['content-type'] ??= 'application/json';
    const req = request({ host: '127.0.0.1', port: portNumber, method: p.method, path: p.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (err) => resolve({ status: 0, text: '', error: err.message }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(req.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE') && !retried ? send(p, portNumber, true) : { status: 0, text: '', error: err.message }));
    req.end(p.body);
  });
}

/** Raw bytes over TCP; the answer ends with the socket, its Content-Length, or a 101's head (then we hang up). */
function sendRaw(bytes: Buffer): Promise<Answer> {
  return new Promise((resolve) => {
    let data = Buffer.alloc(0);
    const sock = tcpConnect(port(), '127.0.0.1', () => sock.write(bytes));
    const finish = (error?: string) => {
      clearTimeout(timer);
      sock.destroy();
      const text = data.toString('latin1');
      const head = text.split('\r\n\r\n')[0];
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, contentType: /\r\ncontent-type: *([^\r]*)/i.exec(head)?.[1], text: data.subarray(data.indexOf('\r\n\r\n') + 4).toString('utf8'), error });
    };
    const timer = setTimeout(() => finish('no complete answer within 5 s'), 5000);
    sock.on('data', (c: Buffer) => {
      data = Buffer.concat([data, c]);
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = data.subarray(0, end).toString('latin1');
      const length = /\r\ncontent-length: *(\d+)/i.exec(head);
      if (/^HTTP\/1\.1 101/.test(head) || (length && data.length >= end + 4 + Number(length[1]))) finish();
    });
    sock.on('close', () => finish());
    sock.on('error', () => finish());
  });
}

/** What is wrong with an answer, if anything: a 5xx, no answer, or a 4xx that is not the JSON error envelope. */
function problemOf(p: Probe, a: Answer): string | undefined {
  if (a.status === 0) return `no answer (${a.error})`;
  if (a.status >= 500) return `${a.status} ${a.text.slice(0, 200)}`;
  if (a.status < 400) return undefined;
  if (!/^application\/json/.test(a.contentType ?? '')) return `${a.status} with ${a.contentType ?? 'no'} content type: ${show(a.text)}`;
  if (p.method === 'HEAD') return undefined;
  let body: { error?: Record<string, unknown> };
  try { body = JSON.parse(a.text); } catch { return `${a.status} body is not JSON: ${show(a.text)}`; }
  // The message may quote the input (`<html>` as a thread id), never a stack or a source path.
  if (/\n\s+at \S|node_modules|server\/src\//.test(String(body.error?.message))) return `stack trace in ${show(a.text)}`;
  const exact = Object.keys(body).join() === 'error' && Object.keys(body.error ?? {}).sort().join() === 'code,message';
  if (exact && apiErrorSchema.safeParse(body).success && ERROR_STATUS[body.error!.code as keyof typeof ERROR_STATUS] === a.status) return undefined;
  // /v1 answers OpenAI-style errors (docs/api.md): {error: {message, type, code, param}}.
  const e = body.error;
  if (p.openai && typeof e?.message === 'string' && typeof e.type === 'string' && 'code' in e && 'param' in e) return undefined;
  // Express's own refusals keep their status (414, 431 …) under `bad_request`.
  if (exact && body.error!.code === 'bad_request') return undefined;
  return `${a.status} is not the error envelope: ${show(a.text)}`;
}

async function run(p: Probe) {
  const answer = p.raw ? await sendRaw(p.raw) : await send(p);
  count(sent, p.kind);
  count(statuses, answer.status);
  const problem = p.status !== undefined && answer.status !== p.status ? `${answer.status}, not ${p.status}` : problemOf(p, answer);
  if (problem) failures.push(`${p.kind}: ${p.method} ${show(p.path)} ${p.body === undefined ? '' : `body ${show(p.body)}`} ${p.raw ? `raw ${show(p.raw)}` : ''} → ${problem}`);
}

/** A request as bytes, with hostile header lines (CRLF, NUL, duplicates, a body that lies about its length). */
function rawRequest(method: string, path: string, headerLines: string[], body: string | Buffer = ''): Buffer {
  const head = [`${method} ${path} HTTP/1.1`, `Host: 127.0.0.1:${port()}`, ...headerLines, 'Connection: close'].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), Buffer.from(body)]);
}

/** A new attendee of a port, with its cookie (and its /v1 key). */
async function attendee(demo: 'preferences' | 'persistence' = 'preferences') {
  const a = new Attendee(probe.server.url(demo));
  const me = await a.get('/api/me');
  return { a, cookie: a.cookie!, userId: me.body.userId as string, apiKey: me.body.apiKey as string };
}

beforeAll(async () => {
  // Every key of every command the server sends (EVALSHA, MULTI and pipelines included).
  const client = probe.server.workshop!.redis.client as unknown as { sendCommand: (cmd: { getKeys?: () => unknown[] }, ...rest: unknown[]) => unknown };
  const original = client.sendCommand.bind(client);
  client.sendCommand = (cmd, ...rest) => {
    for (const key of cmd?.getKeys?.() ?? []) touchedKeys.add(String(key));
    return original(cmd, ...rest);
  };
  keysBefore = await scanNamespace();
});

afterAll(() => agent.destroy());

async function scanNamespace(): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis.scanStream({ match: `${probe.server.namespace}*`, count: 1000 })) keys.push(...(batch as string[]));
  return keys.sort();
}

// Attendees shared by the tests below; `seeded` has memories and threads from hostile-but-valid turns.
let seeded: Awaited<ReturnType<typeof attendee>>;
let memoryIds: string[] = [];

describe('fuzz: hostile input never makes a 5xx, a crash or a stray key', () => {
  it('hostile-but-valid turns are answered and stored (HTTP, /v1, WebSocket)', async () => {
    seeded = await attendee();
    const support = await attendee('persistence');
    const [sdk, wsUser] = await Promise.all([attendee(), attendee()]);
    const turn = async (who: typeof seeded, threadId: string, body: Record<string, unknown>, demo: 'preferences' | 'persistence' = 'preferences') => {
      const res = await send({ kind: 'valid turn', method: 'POST', path: `/api/threads/${encodeURIComponent(threadId)}/messages`, headers: { cookie: who.cookie }, body: JSON.stringify(body) }, Number(new URL(probe.server.url(demo)).port));
      count(sent, 'valid turn');
      count(statuses, res.status);
      expect(res.status, res.text).toBe(200);
      return JSON.parse(res.text);
    };
    const preferences = (async () => {
      await turn(seeded, 'a:b:c', { text: 'My name is Ada *?[] and I live in {Berlin} | -x' });
      await turn(seeded, '..', { text: 'I like \u0000sushi\r\n and 💩. Remember that my favourite colour is @user_id:{*}' });
      const first = await turn(seeded, '-', { text: 'What do you know about me? a\ud800b %E0%A4%A KEYS *', messageId: '\r\n\u0000💩*?' });
      // The same messageId again is a retry: the stored reply, not a second turn.
      expect((await turn(seeded, '-', { text: 'ignored', messageId: '\r\n\u0000💩*?' })).reply.id).toBe(first.reply.id);
      await turn(seeded, 'x'.repeat(128), { text: `${'word '.repeat(1599)}end.`, agentId: 'personal_assistant' });
      // Rewinds to ids the thread does not hold (or to a reply) are refused before any model runs.
      for (const rewindTo of [...draw(hostileString.filter((s) => s.length > 0 && s.length <= 256), 20, 90), first.reply.id]) {
        await run({ kind: 'POST /api/threads/:id/messages (rewindTo)', method: 'POST', path: '/api/threads/-/messages', headers: { cookie: seeded.cookie }, body: JSON.stringify({ text: 'again', rewindTo }) });
      }
    })();
    const persistence = (async () => {
      await turn(support, 'ticket:1:2', { text: 'Open a ticket 12345: my printer prints *?[] and FLUSHALL \u0000' }, 'persistence');
      await turn(support, 'ticket:1:2', { text: "What's the status of ticket *?[]" }, 'persistence');
      await turn(support, '_', { text: 'Escalate ticket a:b:c{x} to a manager please' }, 'persistence');
    })();
    const v1 = (async () => {
      for (const stream of [false, true]) {
        const body = { model: 'personal_assistant', input: [{ role: 'user', content: [{ type: 'input_text', text: 'I live in *:{x}:[y] \ud83d' }] }], stream };
        const res = await send({ kind: 'valid /v1 turn', method: 'POST', path: '/v1/responses', headers: { authorization: `Bearer ${sdk.apiKey}` }, body: JSON.stringify(body) });
        count(sent, 'valid /v1 turn');
        expect(res.status, res.text).toBe(200);
      }
    })();
    const ws = (async () => {
      const socket = await probe.connect(wsUser.a);
      const texts = ['Remember that I love {tags} and *globs*', 'What is my name? \u2028\u2029 \ufeff', '@content:(a|b) -@kind:{fact}'];
      texts.forEach((text, i) => socket.send({ type: 'turn.start', requestId: `valid${i}`, threadId: ['ws:1', 'ws.2', 'ws-3'][i], text }));
      for (const threadId of ['ws:1', 'ws.2', 'ws-3']) await socket.next('turn.finished', (f) => f.threadId === threadId, 15_000);
      sent['valid ws turn'] = texts.length;
      socket.close();
    })();
    await Promise.all([preferences, persistence, v1, ws]);
    memoryIds = ((await seeded.a.get('/api/memories')).body.items as Array<{ id: string }>).map((m) => m.id);
    expect(memoryIds.length).toBeGreaterThan(0);
  }, 60_000);

  it('every HTTP route answers hostile requests with a JSON 4xx, never a 5xx', async () => {
    const [creator, v1user, forgetter] = await Promise.all([attendee(), attendee(), attendee()]);
    const others = await Promise.all([attendee(), attendee(), attendee(), attendee()]);
    const cookieOf = (i: number) => others[i % others.length].cookie;
    const probes: Probe[] = [];
    // Drawn, then spread over the attendees (`cookie: ''` = the next one in turn).
    const add = (n: number, salt: number, arb: fc.Arbitrary<Probe>) =>
      probes.push(...draw(arb, n, salt).map((p, i) => (p.headers?.cookie === '' ? { ...p, headers: { ...p.headers, cookie: i % 3 === 0 ? creator.cookie : cookieOf(i) } } : p)));
    const threadId = fc.oneof(hostileString, fc.stringMatching(KEY_PART));
    const pathId = fc.tuple(threadId, segmentStyle).map(([id, style]) => onWire(id, style));
    const agentQuery = fc.option(hostileQuery(['agentId']), { nil: '' }).map((q) => (q ? `?${q}` : ''));
    const memoryId = fc.oneof({ arbitrary: fc.constantFrom(...memoryIds), weight: 1 }, { arbitrary: pathId, weight: 4 });

    add(900, 1, hostileBody(['id', 'title', 'agentId'], { id: fc.stringMatching(KEY_PART), agentId: fc.constant('personal_assistant') }).map((body) => ({ kind: 'POST /api/threads', method: 'POST', path: '/api/threads', headers: { cookie: '' }, body })));
    add(1500, 2, fc.tuple(pathId, agentQuery, hostileBody(['text', 'agentId', 'messageId', 'rewindTo'], { text: fc.constantFrom('hi', ' ', '\u0000', 'x'.repeat(8001)) }))
      .filter(([id, q, body]) => !startsTurn(`/api/threads/${id}/messages${q}`, body))
      .map(([id, q, body]) => ({ kind: 'POST /api/threads/:id/messages', method: 'POST', path: `/api/threads/${id}/messages${q}`, headers: { cookie: '' }, body })));
    add(400, 3, fc.tuple(pathId, agentQuery).map(([id, q]) => ({ kind: 'GET /api/threads/:id', method: 'GET', path: `/api/threads/${id}${q}`, headers: { cookie: '' } })));
    add(300, 4, fc.tuple(pathId, agentQuery).map(([id, q]) => ({ kind: 'DELETE /api/threads/:id', method: 'DELETE', path: `/api/threads/${id}${q}`, headers: { cookie: '' } })));
    add(500, 5, hostileQuery(['limit', 'cursor', 'agentId']).map((q) => ({ kind: 'GET /api/threads?', method: 'GET', path: `/api/threads?${q}`, headers: { cookie: '' } })));
    add(600, 6, hostileBody(['displayName']).map((body) => ({ kind: 'PATCH /api/me', method: 'PATCH', path: '/api/me', headers: { cookie: '' }, body })));
    add(800, 7, hostileQuery(['q', 'agentId', 'threadId', 'limit']).map((q) => ({ kind: 'GET /api/memories?', method: 'GET', path: `/api/memories?${q}`, headers: { cookie: seeded.cookie } })));
    add(500, 8, fc.tuple(memoryId, agentQuery, hostileBody(['text', 'agentId'])).map(([id, q, body]) => ({ kind: 'PATCH /api/memories/:id', method: 'PATCH', path: `/api/memories/${id}${q}`, headers: { cookie: seeded.cookie }, body })));
    add(400, 9, fc.tuple(memoryId, agentQuery).map(([id, q]) => ({ kind: 'DELETE /api/memories/:id', method: 'DELETE', path: `/api/memories/${id}${q}`, headers: { cookie: seeded.cookie } })));
    add(100, 10, hostileQuery(['agentId', 'threadId']).map((q) => ({ kind: 'DELETE /api/memories?', method: 'DELETE', path: `/api/memories?${q}`, headers: { cookie: forgetter.cookie } })));

    // /v1: the attendee's key, OpenAI-style errors; bodies that would run a turn are left out.
    const bearer = { authorization: `Bearer ${v1user.apiKey}` };
    add(700, 11, hostileBody(['model', 'input', 'conversation', 'stream'], { model: fc.constant('personal_assistant') })
      .filter((body) => !startsResponse(body, ['personal_assistant']))
      .map((body) => ({ kind: 'POST /v1/responses', method: 'POST', path: '/v1/responses', headers: bearer, body, openai: true })));
    add(400, 12, fc.tuple(fc.constantFrom(['GET', ''], ['GET', '/items'], ['DELETE', '']), pathId, fc.option(hostileQuery(['order']), { nil: '' }))
      .map(([[method, items], id, q]) => ({ kind: `${method} /v1/conversations/:id${items}`, method, path: `/v1/conversations/${id}${items}${q ? `?${q}` : ''}`, headers: bearer, openai: true })));
    add(60, 13, hostileBody(['metadata', 'items']).map((body) => ({ kind: 'POST /v1/conversations', method: 'POST', path: '/v1/conversations', headers: bearer, body, openai: true })));
    const authorization = fc.oneof(hostileString.map((s) => `Bearer ${s}`), hostileString, fc.constantFrom(`Bearer ${v1user.apiKey}x`, `bearer   ${v1user.apiKey.toUpperCase()}`, `Basic ${v1user.apiKey}`, 'Bearer wk_u_0123456789abcdef.forged', `Bearer wk_${v1user.userId}.`));
    add(300, 14, fc.tuple(authorization.map((s) => s.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?')), fc.constantFrom('/v1/responses', '/v1/conversations', '/v1/conversations/x/items', '/v1/chat/completions', '/v1/models'))
      .map(([auth, path]) => ({ kind: '/v1 Authorization', method: 'POST', path, headers: { authorization: auth }, body: '{"model":"personal_assistant","input":"hi"}', openai: true })));
    add(40, 15, fc.constantFrom('/v1/chat/completions', '/v1/models', '/v1/embeddings', '/v1/responses/x', '/v1/').map((path) => ({ kind: '/v1 unknown route', method: 'POST', path, headers: bearer, body: '{"model":"personal_assistant","messages":[{"role":"user","content":"hi"}]}', openai: true })));

    // Facilitator routes, with the right token (ten wrong ones from one address would lock the rest out for a minute).
    const admin = { authorization: `Bearer ${probe.server.adminToken}` };
    add(100, 16, pathId.map((id) => ({ kind: 'GET /api/admin/attendees/:id', method: 'GET', path: `/api/admin/attendees/${id}`, headers: admin })));
    const confirms = (b: string | Buffer) => { try { return ['preferences', 'persistence'].includes(JSON.parse(b.toString()).confirm); } catch { return false; } };
    add(100, 17, hostileBody(['confirm']).filter((b) => !confirms(b)).map((body) => ({ kind: 'POST /api/admin/reset', method: 'POST', path: '/api/admin/reset', headers: admin, body })));
    add(5, 18, hostileString.map((s) => ({ kind: 'admin wrong token', method: 'GET', path: '/api/admin/overview', headers: { authorization: `Bearer ${s.replace(/[^\x20-\x7e]/g, '')}` } })));

    // Unknown paths and methods, paths with raw bytes, dot segments and broken escapes.
    add(300, 19, fc.tuple(fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'PROPFIND', 'M-SEARCH'), fc.constantFrom('/', '/api/', '/api/threads/', '/v1/', '/ws/', '/assets/'), fc.string({ unit: fc.integer({ min: 0x21, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 40 }))
      .map(([method, base, rest]) => ({ kind: 'unknown path or method', method, path: base + rest, raw: rawRequest(method, base + rest, [`Cookie: ${cookieOf(0)}`]), openai: base === '/v1/' })));

    // Headers Node's client would refuse: sent as bytes (CRLF, NUL, duplicates, lying lengths, smuggling).
    const headerValue = hostileString.map((s) => Buffer.from(s, 'utf8').toString('latin1'));
    const headerLine = fc.oneof(
      fc.tuple(fc.constantFrom('Content-Type', 'Content-Encoding', 'Cookie', 'Origin', 'Accept', 'X-Forwarded-For', 'Authorization', 'Transfer-Encoding', 'Content-Length', 'Expect', 'Host', 'Upgrade'), headerValue).map(([n, v]) => `${n}: ${v}`),
      fc.tuple(hostileString, headerValue).map(([n, v]) => `${Buffer.from(n).toString('latin1')}: ${v}`),
      fc.constantFrom('Content-Type: application/json; charset=utf-16', 'Content-Encoding: gzip', 'Content-Encoding: br, gzip', 'Transfer-Encoding: chunked', 'Content-Length: 3', 'Content-Length: 1, 2', `Cookie: workshop_uid=${MEGABYTE.slice(0, 70_000)}`, 'Cookie: __proto__=x; constructor=y', 'Content-Type: application/json\r\nX: y'),
    );
    add(400, 20, fc.tuple(fc.constantFrom(['POST', '/api/threads'], ['PATCH', '/api/me'], ['GET', '/api/memories?q=*'], ['POST', '/v1/responses'], ['GET', '/api/threads']), fc.array(headerLine, { minLength: 1, maxLength: 4 }), hostileBody(['id', 'displayName', 'model']))
      .map(([[method, path], lines, body]) => ({ kind: 'raw headers', method, path, raw: rawRequest(method, path, ['Content-Type: application/json', ...lines, `Content-Length: ${Buffer.byteLength(body)}`], body), openai: path.startsWith('/v1') })));
    add(100, 21, fc.tuple(fc.constantFrom('GET', 'POST', 'PUT', 'get', 'G\u0000ET', ''), fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 60 }), fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', ''))
      .map(([method, path, version]) => ({ kind: 'raw request line', method, path, raw: Buffer.from(`${method} /${path} ${version}\r\nHost: x\r\nConnection: close\r\n\r\n`, 'latin1') })));
    // WebSocket handshakes with hostile keys, versions, cookies, origins and methods.
    add(100, 22, fc.tuple(fc.constantFrom('GET', 'POST', 'PUT'), fc.constantFrom('/ws', '/ws?x=*', '/WS', '/ws/', '/ws/../ws', '/api/ws'), fc.option(headerValue), fc.option(fc.constantFrom('13', '8', '99', 'x', '')), fc.option(fc.constantFrom(`http://127.0.0.1:${port()}`, 'http://evil.example', 'null', 'file://')), fc.option(headerValue), fc.boolean())
      .map(([method, path, key, version, origin, cookie, mine]) => ({
        kind: 'ws handshake', method, path,
        raw: rawRequest(method, path, ['Upgrade: websocket', 'Connection: Upgrade', ...(key === null ? [] : [`Sec-WebSocket-Key: ${key}`]), ...(version === null ? [] : [`Sec-WebSocket-Version: ${version}`]), ...(origin === null ? [] : [`Origin: ${origin}`]), `Cookie: ${mine ? others[0].cookie : cookie ?? ''}`]),
      })));
    // Bodies far over every limit: 1 MB of JSON text, as JSON and as a single string.
    for (const body of [JSON.stringify({ text: MEGABYTE }), JSON.stringify({ id: MEGABYTE }), `"${MEGABYTE}"`, JSON.stringify({ displayName: MEGABYTE })]) {
      for (const [method, path] of [['POST', '/api/threads'], ['POST', '/api/threads/x/messages'], ['PATCH', '/api/me']]) probes.push({ kind: '1 MB body', method, path, headers: { cookie: cookieOf(1) }, body });
    }
    probes.push({ kind: '1 MB query', method: 'GET', path: `/api/memories?q=${MEGABYTE}`, headers: { cookie: cookieOf(1) }, status: 431 });
    // Refused by Node's HTTP parser or its Expect check before Express: Node's bare answers had no JSON body (fixed in demo-server.ts).
    for (const [line, status] of [['Expect: x-fuzz', 417], ['X-Nul: a\u0000b', 400], ['X-Cr: a\rb', 400], [`Cookie: ${MEGABYTE.slice(0, 20_000)}`, 431], ['Content-Length: abc', 400]] as const) {
      probes.push({ kind: 'parser refusal', method: 'POST', path: '/api/threads', raw: rawRequest('POST', '/api/threads', ['Content-Type: application/json', line, 'Content-Length: 2'], '{}'), status });
    }

    await pool(probes, 16, run);
    expect(failures.slice(0, 25)).toEqual([]);
    await probe.expectAlive();
  }, 120_000);

  it('every WebSocket frame gets the answer the protocol promises, and the socket stays open', async () => {
    const PER_SOCKET = 94; // under MAX_FRAMES_PER_10S with the closing ping
    const SOCKETS = 32;
    const frames = draw(hostileFrame.filter((f) => frameAnswer(f) !== 'turn'), PER_SOCKET * SOCKETS, 30);
    const people = await Promise.all(Array.from({ length: SOCKETS / 8 }, () => attendee()));
    const problems: string[] = [];
    await pool(Array.from({ length: SOCKETS }, (_, i) => i), 8, async (i) => {
      const socket: FrameSocket = await probe.connect(people[i % people.length].a);
      const mine = frames.slice(i * PER_SOCKET, (i + 1) * PER_SOCKET);
      const expected = { error: 0, pong: 1 };
      for (const frame of mine) {
        const answer = frameAnswer(frame);
        if (answer === 'error' || answer === 'pong') expected[answer]++;
        if (Buffer.isBuffer(frame)) socket.ws.send(frame, { binary: true });
        else socket.send(frame);
        count(sent, 'ws frame');
      }
      socket.send({ type: 'ping' });
      const pongs = () => socket.frames.filter((f) => f.type === 'pong').length;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 15_000);
        const check = () => pongs() >= expected.pong && (clearTimeout(timer), resolve());
        socket.ws.on('message', () => setImmediate(check));
        check();
      });
      const answered = socket.frames.filter((f) => f.type !== 'hello');
      const got = { error: answered.filter((f) => f.type === 'error').length, pong: pongs() };
      for (const f of answered) {
        count(statuses, `ws:${f.type === 'error' ? f.code : f.type}`);
        if (!serverFrameSchema.safeParse(f).success) problems.push(`socket ${i}: frame outside the protocol ${show(f)}`);
        if (f.type === 'error' && ERROR_STATUS[f.code] >= 500) problems.push(`socket ${i}: ${f.code} ${f.message}`);
      }
      if (got.error !== expected.error || got.pong !== expected.pong) problems.push(`socket ${i}: expected ${show(expected)}, got ${show(got)} (${answered.map((f: ServerFrame) => f.type).join(',').slice(0, 200)})`);
      if (socket.ws.readyState !== socket.ws.OPEN) problems.push(`socket ${i} was closed`);
      socket.close();
    });
    // A frame over the hard limit is not even read: that socket (only) is closed with 1009.
    const big = await probe.connect(seeded.a);
    const closed = new Promise<number>((resolve) => big.ws.on('close', (code) => resolve(code)));
    big.ws.on('error', () => undefined);
    big.send(`{"type":"turn.start","requestId":"r","threadId":"t","text":"${MEGABYTE}"}`);
    count(sent, 'ws frame');
    expect(await closed).toBe(1009);
    expect(problems.slice(0, 20)).toEqual([]);
    await probe.expectAlive();
  }, 60_000);

  it('the server lived, logged no unexpected error, polluted no prototype and left only keys of the data model', async () => {
    // What the hostile-but-valid turns stored still reads back through the contract's schemas (send() checks every answer).
    for (const path of ['/api/memories', '/api/threads', '/api/redis', ...NASTY.slice(10, 40).map((q) => `/api/memories?q=${encodeURIComponent(q.replace(/[\ud800-\udfff]/g, ''))}`)]) {
      const res = await seeded.a.get(path);
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    // Through node:http: fetch would resolve the valid thread id `..` as a dot segment.
    for (const t of (await seeded.a.get('/api/threads')).body.threads as Array<{ id: string }>) {
      const res = await send({ kind: 'read back', method: 'GET', path: `/api/threads/${encodeURIComponent(t.id)}`, headers: { cookie: seeded.cookie } });
      expect(res.status, `${t.id}: ${res.text}`).toBe(200);
    }
    expect((await seeded.a.request('GET', `/api/admin/attendees/${seeded.userId}`, undefined, { headers: { authorization: `Bearer ${probe.server.adminToken}` } })).status).toBe(200);
    await probe.expectAlive();
    expect(unexpectedErrors(probe.logLines)).toEqual([]);
    expect(probe.logLines.filter((l) => /"level":(50|60)/.test(l)).slice(0, 5)).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(protoBefore);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();

    const ns = probe.server.namespace;
    const shapes = keyShapes(ns);
    const keysAfter = await scanNamespace();
    const odd = (keys: Iterable<string>) => [...keys].filter((k) => !shapes.some((shape) => shape.test(k)));
    expect(odd(keysAfter), 'keys in Redis that are no key of the data model').toEqual([]);
    expect(odd(touchedKeys), 'keys the server sent commands for that are no key of the data model').toEqual([]);
    // Every history LIST is a registered thread of its owner (a refused request registered nothing half-way).
    const historyKey = new RegExp(`^(${ns}_chat_messages:[a-z_]+:u_[0-9a-f]{16}):(.+)$`);
    for (const key of keysAfter) {
      const m = historyKey.exec(key);
      if (m) expect(await redis.zscore(`${ns}:threads:{${m[1]}}`, m[2]), key).not.toBeNull();
    }
    const created = keysAfter.filter((k) => !keysBefore.includes(k));
    const total = Object.values(sent).reduce((a, b) => a + b, 0);
    console.log(
      `fuzz seed=${FUZZ_SEED}: ${total} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s; by kind ${JSON.stringify(sent)}; ` +
        `answers ${JSON.stringify(statuses)}; ${created.length} keys created, ${touchedKeys.size} keys touched, all of the data model`,
    );
    expect(total).toBeGreaterThanOrEqual(10_000);
  }, 30_000);
});
