/**
 * Identity comes only from the signed cookie, over HTTP and the WebSocket: forged cookies,
 * ids in bodies, queries and headers, and other users' ids never reach someone else's data.
 * Setup and shared checks: robustness-harness.ts.
 */
import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { expectJsonError, useRobustnessServer } from './robustness-harness';

const probe = useRobustnessServer();
const { preferences, expectAlive, rawRequest } = probe;

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
    const ws = new WebSocket(probe.server.url('preferences').replace('http', 'ws') + '/ws', { headers: { cookie: `workshop_uid=${userId}.forged` } });
    const status = await new Promise<number>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => resolve(-1));
    });
    expect(status).toBe(401);
  });
});
