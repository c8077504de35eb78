/**
 * Hostile and careless HTTP requests against a real workshop (real test Redis): every failure
 * is a JSON error with a fitting 4xx/5xx (never HTML, never a stack), and the server survives
 * anything a request can do. Setup and shared checks: robustness-harness.ts.
 */
import { connect as tcpConnect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { expectJsonError, useRobustnessServer } from './robustness-harness';

const probe = useRobustnessServer();
const { preferences, expectAlive, rawRequest } = probe;

describe('HTTP: every failure is a JSON error', () => {
  it('bad JSON, JSON that is not an object, and wrong content types', async () => {
    const me = preferences();
    await me.get('/api/me');
    expectJsonError(await me.request('POST', '/api/threads', undefined, { rawBody: '{"id": ' }), 400, 'bad_json');
    expectJsonError(await me.request('POST', '/api/threads', undefined, { rawBody: 'null' }), 400);
    expectJsonError(await me.request('POST', '/api/threads', undefined, { rawBody: '"text"' }), 400);
    expectJsonError(await me.request('POST', '/api/threads', undefined, { rawBody: '[1,2]' }), 400, 'invalid_request');
    expectJsonError(await me.request('POST', '/api/threads/x/messages', undefined, { rawBody: '{"text": 5}' }), 400, 'invalid_request');
    // A body that is not declared JSON is 415, not passed on to the routes as `undefined`.
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
    expectJsonError(await rawRequest('GET', '/api/admin/attendees/%E0%A4%A', { authorization: `Bearer ${probe.server.adminToken}` }), 400);
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
    const url = new URL(probe.server.url('preferences'));
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
