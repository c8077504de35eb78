/**
 * What the server does on its side while it is probed: the facilitator token never reaches the
 * log, request paths never scan the keyspace, and the log shows no unexpected error.
 * Setup and shared checks: robustness-harness.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectJsonError, unexpectedErrors, useRobustnessServer } from './robustness-harness';

const probe = useRobustnessServer();
const { preferences, logLines, commands } = probe;

describe('facilitator token', () => {
  it('is never logged, also when a wrong one is sent', async () => {
    const anon = preferences();
    for (const auth of [`Bearer ${probe.server.adminToken}x`, 'Bearer', 'Basic abc', `bearer ${'z'.repeat(10_000)}`]) {
      expectJsonError(await anon.request('GET', '/api/admin/overview', undefined, { headers: { authorization: auth } }), 401, 'unauthorized');
    }
    const ok = await anon.request('GET', '/api/admin/overview', undefined, { headers: { authorization: `Bearer ${probe.server.adminToken}` } });
    expect(ok.status).toBe(200);
    expectJsonError(await anon.request('POST', '/api/admin/reset', undefined, { headers: { authorization: `Bearer ${probe.server.adminToken}` }, rawBody: '{' }), 400, 'bad_json');
    expect(logLines.join('\n')).not.toContain(probe.server.adminToken);
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
    await me.request('GET', '/api/admin/overview', undefined, { headers: { authorization: `Bearer ${probe.server.adminToken}` } });
    await me.delete('/api/memories');
    await me.delete('/api/threads/scan_check');
    expect(commands.length).toBeGreaterThan(10);
    expect(commands.filter((c) => c === 'keys' || c === 'scan' || c === 'hscan' || c === 'sscan' || c === 'zscan')).toEqual([]);
  });
});

describe('the log', () => {
  it('holds no unexpected error from any probe above (they were all client errors)', () => {
    const unexpected = unexpectedErrors(logLines);
    expect(unexpected).toEqual([]);
  });
});
