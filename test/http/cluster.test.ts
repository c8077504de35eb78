/**
 * The whole workshop on a real three-primary Redis Cluster, through its public HTTP and
 * WebSocket API: two server processes share the cluster — one in this process (REDIS_URL +
 * REDIS_CLUSTER=true), one a child process that knows only REDIS_CLUSTER_NODES — and an attendee
 * uses both: memory across threads, the thread list, the Memory list and forget, a thread
 * deleted, a tab on one process seeing a turn run on the other, tool records, the facilitator.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestRedisCluster } from '../redis-cluster';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

const cluster = useTestRedisCluster();
let first: WorkshopServer;
let second: WorkshopServer;
const sockets: FrameSocket[] = [];
const DEMOS = ['preferences', 'persistence'];

beforeAll(async () => {
  // One workshop, two processes: same key namespace and facilitator token, other ports.
  const shared = { demos: DEMOS, namespace: `t_cl_${randomBytes(4).toString('hex')}`, adminToken: `admin-${randomBytes(8).toString('hex')}` };
  [first, second] = await Promise.all([
    startWorkshopServer({ ...shared, redisUrl: cluster.url, env: { REDIS_CLUSTER: 'true' } }),
    // No REDIS_URL at all: the seed list alone means cluster mode.
    startWorkshopServer({ ...shared, redisUrl: '', mode: 'child', env: { REDIS_URL: '', REDIS_CLUSTER_NODES: cluster.seeds } }),
  ]);
}, 60_000);
afterAll(async () => {
  for (const s of sockets) s.close();
  await Promise.all([first?.stop(), second?.stop()]);
});

type Memory = { id: string; kind: string; text: string };
const facts = (items: Memory[]) => items.filter((m) => m.kind === 'fact');

describe('the workshop on a Redis Cluster, two server processes', () => {
  it('both report the cluster and the plain-Redis engine', async () => {
    for (const server of [first, second]) {
      const health = await new Attendee(server.url('preferences')).get('/api/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'ok', redis: { connected: true, cluster: true, search: 'fallback' } });
    }
  });

  it('remembers across threads and processes; lists, forgets and deletes on either', async () => {
    const me = new Attendee(first.url('preferences'));
    const taught = await me.post('/api/threads/teach/messages', { text: 'My name is Priya and I live in Pune.' });
    expect(taught.status, JSON.stringify(taught.body)).toBe(200);

    // A new thread, on the other process (same cookie: the identity secret is in the cluster too).
    const there = me.on(second.url('preferences'));
    expect((await there.get('/api/me')).body.userId).toBe((await me.get('/api/me')).body.userId);
    const recalled = await there.post('/api/threads/recall/messages', { text: "What's my name?" });
    expect(recalled.status, JSON.stringify(recalled.body)).toBe(200);
    expect(recalled.body.reply.text).toContain('Priya');
    expect(recalled.body.memoriesUsed.length).toBeGreaterThan(0);

    const threads = (await me.get('/api/threads')).body.threads as Array<{ id: string; messageCount: number }>;
    expect(threads.map((t) => t.id).sort()).toEqual(['recall', 'teach']);
    expect(threads.every((t) => t.messageCount === 2)).toBe(true);
    const read = await there.get('/api/threads/teach');
    expect(read.body.messages.map((m: { text: string }) => m.text)).toContain('My name is Priya and I live in Pune.');

    const known = facts((await there.get('/api/memories')).body.items);
    expect(known.map((f) => f.text).sort()).toEqual(['User lives in Pune.', "User's name is Priya."]);
    const ranked = (await me.get('/api/memories?q=where%20do%20I%20live')).body.items as Memory[];
    expect(ranked[0].text).toBe('User lives in Pune.');

    // Forgotten on one process, gone on the other at its next read (its cached scope is stale).
    const pune = known.find((f) => f.text === 'User lives in Pune.')!;
    expect((await me.delete(`/api/memories/${encodeURIComponent(pune.id)}`)).status).toBe(204);
    expect(facts((await there.get('/api/memories')).body.items).map((f) => f.text)).toEqual(["User's name is Priya."]);

    expect((await there.delete('/api/threads/teach')).status).toBe(204);
    expect((await me.get('/api/threads/teach')).status).toBe(404);
    expect(((await me.get('/api/threads')).body.threads as Array<{ id: string }>).map((t) => t.id)).toEqual(['recall']);

    // The Redis view: the attendee's keys and records, and a redis-cli line that follows redirects.
    const view = await there.get('/api/redis');
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body.connection).toMatchObject({ cluster: true, command: expect.stringContaining(' -c') });
    expect(view.body.keys.some((k: { key: string; type: string }) => k.type === 'list' && k.key.endsWith(':recall'))).toBe(true);
    expect(view.body.records.length).toBeGreaterThan(0);
  });

  it('delivers a turn run on one process to a tab on the other (pub/sub across the nodes)', async () => {
    const me = new Attendee(first.url('preferences'));
    await me.get('/api/me');
    const tab = await me.on(second.url('preferences')).socket();
    sockets.push(tab);
    await tab.next('hello');
    tab.send({ type: 'thread.watch', threadId: 'live' });
    tab.send({ type: 'ping' });
    await tab.next('pong');

    const { body } = await me.post('/api/threads/live/messages', { text: 'I am allergic to peanuts.' });
    const stored = await tab.next('message.stored', (f) => f.message.id === body.reply.id);
    expect(stored).toMatchObject({ threadId: 'live', message: { role: 'assistant', text: body.reply.text } });
    const memory = await tab.next('memory.stored', (f) => f.memory.kind === 'fact');
    expect(memory.memory.text).toBe('User is allergic to peanuts.');
  });

  it('keeps the support tools’ records, shows the attendee to the facilitator, and resets a demo', async () => {
    const ada = new Attendee(second.url('persistence'));
    await ada.patch('/api/me', { displayName: 'Ada' });
    const reported = await ada.post('/api/threads/support_ticket_4711/messages', { text: 'Ticket 4711: the label printer prints blank labels.' });
    expect(reported.body.toolCalls.map((c: { name: string }) => c.name)).toEqual(['open_ticket']);
    const status = await ada.on(first.url('persistence')).post('/api/threads/support_ticket_4711/messages', { text: "What's the status of my ticket?" });
    expect(status.body.toolCalls.map((c: { name: string }) => c.name)).toEqual(['get_ticket_status']);
    expect(status.body.reply.text).toContain('blank labels');
    const { userId } = (await ada.get('/api/me')).body;

    const admin = (server: WorkshopServer, method: string, path: string, body?: unknown) =>
      new Attendee(server.url('persistence')).request(method, path, body, { headers: { authorization: `Bearer ${server.adminToken}` } });
    const overview = await admin(first, 'GET', '/api/admin/overview');
    expect(overview.status).toBe(200);
    const entry = overview.body.attendees.find((a: { userId: string }) => a.userId === userId);
    expect(entry).toMatchObject({ displayName: 'Ada', demos: { persistence: { threads: 1 } } });
    expect(entry.demos.persistence.memories).toBeGreaterThan(0);

    const reset = await admin(second, 'POST', '/api/admin/reset', { confirm: 'persistence' });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    expect(reset.body.deletedThreads).toBeGreaterThanOrEqual(1);
    expect((await ada.get('/api/threads')).body.threads).toEqual([]);
    expect((await ada.on(first.url('persistence')).get('/api/memories')).body.items).toEqual([]);
    // The ticket went with the reset: a status question now finds none.
    const after = await ada.post('/api/threads/support_ticket_4711/messages', { text: "What's the status of ticket 4711?" });
    expect(after.body.reply.text).not.toContain('blank labels');
  });

  it('really spread the keys over the cluster’s nodes', async () => {
    const perNode = await cluster.keysPerNode('*');
    expect(perNode.filter((n) => n > 0).length, `keys per node: ${perNode.join(', ')}`).toBeGreaterThan(1);
    // The memory records themselves (one HASH each, no hash tag) are on more than one node.
    const { prefix } = (await new Attendee(first.url('preferences')).get('/api/demo')).body.memory;
    const records = await cluster.keysPerNode(`${prefix}:*`, 'hash');
    expect(records.filter((n) => n > 0).length, `memory records per node: ${records.join(', ')}`).toBeGreaterThan(1);
  });
});
