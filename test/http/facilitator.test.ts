/** The facilitator API: Bearer token, overview, one attendee, reset this demo. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClient, testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let server: WorkshopServer;
const redis = testClient();

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl() });
});
afterAll(async () => {
  await server?.stop();
});

const admin = (port = server.url('preferences')) => {
  const a = new Attendee(port);
  return {
    get: (path: string) => a.request('GET', path, undefined, { headers: { authorization: `Bearer ${server.adminToken}` } }),
    post: (path: string, body: unknown) => a.request('POST', path, body, { headers: { authorization: `Bearer ${server.adminToken}` } }),
  };
};

describe('facilitator auth', () => {
  it('answers 401 without the token or with a wrong one', async () => {
    const anon = new Attendee(server.url('preferences'));
    const none = await anon.get('/api/admin/overview');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await anon.request('GET', '/api/admin/overview', undefined, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    const reset = await anon.post('/api/admin/reset', { confirm: 'preferences' });
    expect(reset.status).toBe(401);
  });
});

describe('facilitator view', () => {
  it('lists every attendee with per-demo counts, and one attendee in detail', async () => {
    const ada = new Attendee(server.url('preferences'));
    await ada.patch('/api/me', { displayName: 'Ada' });
    await ada.post('/api/threads/one/messages', { text: 'My name is Ada.' });
    await ada.on(server.url('persistence')).post('/api/threads/support_ticket_1/messages', { text: 'My printer is broken.' });
    const { userId } = (await ada.get('/api/me')).body;

    const res = await admin().get('/api/admin/overview');
    expect(res.status).toBe(200);
    const prefs = res.body.demos.find((d: { id: string }) => d.id === 'preferences');
    expect(prefs).toMatchObject({ port: server.portBase });
    expect(prefs.attendees).toBeGreaterThanOrEqual(1);
    expect(prefs.threads).toBeGreaterThanOrEqual(1);
    expect(prefs.memories).toBeGreaterThanOrEqual(1);
    expect(res.body.demos.map((d: { id: string }) => d.id)).toEqual(['preferences', 'persistence', 'multi-agent']);
    const entry = res.body.attendees.find((a: { userId: string }) => a.userId === userId);
    expect(entry.displayName).toBe('Ada');
    expect(entry.demos.preferences.threads).toBe(1);
    expect(entry.demos.preferences.memories).toBeGreaterThan(0);
    expect(entry.demos.persistence.threads).toBe(1);

    const detail = await admin().get(`/api/admin/attendees/${userId}`);
    expect(detail.status).toBe(200);
    const assistant = detail.body.demos.find((d: { id: string }) => d.id === 'preferences').agents[0];
    expect(detail.body).toMatchObject({ userId, displayName: 'Ada' });
    expect(assistant).toMatchObject({ id: 'personal_assistant', threads: [{ id: 'one' }] });
    expect(assistant.memories.some((m: { text: string }) => m.text.includes('Ada'))).toBe(true);
    expect((await admin().get('/api/admin/attendees/u_0000000000000000')).status).toBe(404);
  });

  it('reset needs confirm = the demo id, then deletes that demo only', async () => {
    const bo = new Attendee(server.url('multi-agent'));
    await bo.post('/api/threads/t1/messages', { text: 'My name is Bo.' });
    const key = (await bo.get('/api/threads/t1')).body.key;
    const prefs = bo.on(server.url('preferences'));
    await prefs.post('/api/threads/keep/messages', { text: 'My name is Bo.' });

    const missing = await admin(server.url('multi-agent')).post('/api/admin/reset', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('confirmation_required');
    const wrong = await admin(server.url('multi-agent')).post('/api/admin/reset', { confirm: 'preferences' });
    expect(wrong.status).toBe(400);
    expect(await redis.exists(key)).toBe(1);

    const res = await admin(server.url('multi-agent')).post('/api/admin/reset', { confirm: 'multi-agent' });
    expect(res.status).toBe(200);
    expect(res.body.deletedThreads).toBeGreaterThanOrEqual(1);
    expect(res.body.deletedMemories).toBeGreaterThanOrEqual(1);
    expect(await redis.exists(key)).toBe(0);
    expect((await bo.get('/api/threads')).body.threads).toEqual([]);
    expect((await bo.get('/api/memories')).body.items).toEqual([]);
    // The preferences demo is untouched.
    expect((await prefs.get('/api/threads')).body.threads.map((t: { id: string }) => t.id)).toEqual(['keep']);
    expect((await prefs.get('/api/memories')).body.items.length).toBeGreaterThan(0);
  });
});

describe('a generated facilitator token', () => {
  it('survives a restart, and every port of every process accepts it', async () => {
    const first = await startWorkshopServer({ redisUrl: testRedisUrl(), adminToken: '' });
    const token = first.workshop!.facilitator.token;
    expect(first.workshop!.facilitator.generated).toBe(true);
    await first.stop();
    const again = await startWorkshopServer({ redisUrl: testRedisUrl(), adminToken: '', namespace: first.namespace });
    const other = await startWorkshopServer({ redisUrl: testRedisUrl(), adminToken: '', namespace: first.namespace, demos: ['persistence'] });
    try {
      expect(again.workshop!.facilitator.token).toBe(token);
      expect(other.workshop!.facilitator.token).toBe(token);
      for (const url of [again.url('preferences'), again.url('multi-agent'), other.url('persistence')]) {
        const res = await new Attendee(url).request('GET', '/api/admin/overview', undefined, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status).toBe(200);
      }
    } finally {
      await again.stop();
      await other.stop();
    }
  });
});

describe('who counts as an attendee', () => {
  it('a request without a cookie (a health check, curl, the facilitator\'s browser) is not one; a first turn or a chosen name makes one', async () => {
    const overview = async () => (await admin().get('/api/admin/overview')).body.attendees.map((a: { userId: string }) => a.userId);
    const passerBy = new Attendee(server.url('preferences'));
    const { userId: ghost } = (await passerBy.get('/api/me')).body;
    await passerBy.get('/api/demo');
    expect(await overview()).not.toContain(ghost);
    const chatter = new Attendee(server.url('preferences'));
    const { userId: real } = (await chatter.get('/api/me')).body;
    await chatter.post('/api/threads/first/messages', { text: 'Hello there' });
    const namer = new Attendee(server.url('persistence'));
    const { userId: named } = (await namer.patch('/api/me', { displayName: 'Ada' })).body;
    expect(await overview()).toEqual(expect.arrayContaining([real, named]));
  });
});

describe('a reset reaches open pages', () => {
  it("an attendee's open socket hears that their thread and memories are gone", async () => {
    const me = new Attendee(server.url('persistence'));
    const socket = await me.socket();
    socket.send({ type: 'turn.start', requestId: 'r', threadId: 'support_ticket_live', text: 'My router keeps rebooting every hour.' });
    await socket.next('turn.finished');
    const reset = await admin(server.url('persistence')).post('/api/admin/reset', { confirm: 'persistence' });
    expect(reset.status).toBe(200);
    expect((await socket.next('thread.deleted', (f) => f.threadId === 'support_ticket_live')).threadId).toBe('support_ticket_live');
    expect((await socket.next('memory.cleared')).agentId).toBe('support_agent');
    socket.close();
  });
});
