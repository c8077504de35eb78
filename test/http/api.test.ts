/** Every HTTP route of DESIGN §6 on a real workshop against the real test Redis. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../server/src/contracts/ws';
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

const preferences = () => new Attendee(server.url('preferences'));
const persistence = () => new Attendee(server.url('persistence'));

describe('health and demo', () => {
  it('GET /api/health reports Redis, the engine and the model', async () => {
    const res = await preferences().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', redis: { connected: true, cluster: false, search: 'fallback' }, model: { provider: 'offline' } });
    expect(res.body.redis.version).toMatch(/^\d+\.\d+/);
    expect(typeof res.body.model.model).toBe('string');
  });

  it('GET /api/demo describes the port: agents, memory scope, history', async () => {
    const res = await persistence().get('/api/demo');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'persistence',
      port: server.portBase + 1,
      agents: [{ id: 'support_agent', name: 'Support Agent', port: server.portBase + 1 }],
      memory: { scope: { applicationId: 'redis_agent_workshop', agentId: 'support_agent', userId: '(you)', strategy: 'per-thread' } },
      history: { maxMessages: 50, ttlSeconds: null },
      defaultThreadId: 'support_ticket_12345',
    });
    expect(res.body.memory.prefix).toContain('memory_persistence');
    expect(res.body.history.keyPrefix).toContain('chat_messages');
    expect(typeof res.body.title).toBe('string');
  });

  it('multi-agent ports serve one agent each and know both ports', async () => {
    const personal = await new Attendee(server.url(2)).get('/api/demo');
    const work = await new Attendee(server.url(3)).get('/api/demo');
    expect(personal.body.agents.map((a: { id: string }) => a.id)).toEqual(['agent_personal']);
    expect(work.body.agents.map((a: { id: string }) => a.id)).toEqual(['agent_work']);
    const peers = [
      { agentId: 'agent_personal', port: server.portBase + 2 },
      { agentId: 'agent_work', port: server.portBase + 3 },
    ];
    expect(personal.body.peers).toMatchObject(peers);
    expect(work.body.peers).toMatchObject(peers);
    expect(work.body.memory.scope.agentId).toBe('agent_work');
  });
});

describe('identity', () => {
  it('issues a signed HTTP-only cookie once and keeps the same user with it', async () => {
    const me = preferences();
    const first = await me.get('/api/me');
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^workshop_uid=u_[a-f0-9]{16}\.[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(first.body.userId).toMatch(/^u_[a-f0-9]{16}$/);
    const again = await me.get('/api/me');
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(again.body.userId).toBe(first.body.userId);
    // Same browser, another demo port: the same attendee.
    expect((await me.on(server.url('persistence')).get('/api/me')).body.userId).toBe(first.body.userId);
  });

  it('replaces a forged cookie with a new identity', async () => {
    const victim = preferences();
    const { userId } = (await victim.get('/api/me')).body;
    const forger = preferences();
    forger.cookie = `workshop_uid=${userId}.forgedsignature`;
    const res = await forger.get('/api/me');
    expect(res.body.userId).not.toBe(userId);
    expect(res.headers.get('set-cookie')).toMatch(/^workshop_uid=/);
  });

  it('PATCH /api/me sets the display name; bad names are 400', async () => {
    const me = preferences();
    const res = await me.patch('/api/me', { displayName: '  Ada Lovelace ' });
    expect(res.status).toBe(200);
    expect(res.body.displayName).toBe('Ada Lovelace');
    expect((await me.get('/api/me')).body.displayName).toBe('Ada Lovelace');
    const empty = await me.patch('/api/me', { displayName: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('invalid_request');
    const missing = await me.patch('/api/me', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('displayName');
  });
});

describe('threads', () => {
  it('creates a thread with a chosen id and with a generated one, and lists them', async () => {
    const me = persistence();
    const chosen = await me.post('/api/threads', { id: 'support_ticket_12345', title: 'Printer on fire' });
    expect(chosen.status).toBe(201);
    expect(chosen.body.thread).toMatchObject({ id: 'support_ticket_12345', title: 'Printer on fire', messageCount: 0 });
    const again = await me.post('/api/threads', { id: 'support_ticket_12345' });
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
    const generated = await me.post('/api/threads', {});
    expect(generated.status).toBe(201);
    expect(generated.body.thread.id).toMatch(/^thread_[0-9a-f-]{36}$/);
    const list = await me.get('/api/threads');
    expect(list.status).toBe(200);
    expect(list.body.threads.map((t: { id: string }) => t.id).sort()).toEqual([generated.body.thread.id, 'support_ticket_12345'].sort());
    for (const t of list.body.threads) expect(typeof t.updatedAt).toBe('number');
  });

  it('GET /api/threads/:id gives the key, the limits and the messages; persistence keeps 50', async () => {
    const me = persistence();
    const { userId } = (await me.get('/api/me')).body;
    const post = await me.post('/api/threads/support_ticket_12345/messages', { text: 'My order 4711 has not arrived.' });
    expect(post.status).toBe(200);
    const res = await me.get('/api/threads/support_ticket_12345');
    expect(res.status).toBe(200);
    expect(res.body.key).toBe(`${server.namespace}_chat_messages:support_agent:${userId}:support_ticket_12345`);
    expect(res.body.maxMessages).toBe(50);
    expect(res.body.ttlSeconds).toBeNull();
    expect(res.body.ttlRemaining).toBe(-1);
    expect(res.body.thread).toMatchObject({ id: 'support_ticket_12345', messageCount: 2 });
    expect(res.body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
    expect(res.body.messages[0]).toMatchObject({ role: 'user', text: 'My order 4711 has not arrived.' });
    // The key really is a Redis LIST with those two messages.
    expect(await redis.llen(res.body.key)).toBe(2);
  });

  it('trims the persistence history to its newest 50 messages', async () => {
    const me = persistence();
    for (let i = 0; i < 26; i++) {
      const res = await me.post('/api/threads/long_ticket/messages', { text: `Message number ${i}` });
      expect(res.status).toBe(200);
    }
    const res = await me.get('/api/threads/long_ticket');
    expect(res.body.messages).toHaveLength(50);
    expect(res.body.messages[0].text).toBe('Message number 1');
    expect(res.body.thread.messageCount).toBe(50);
  });

  it('DELETE /api/threads/:id clears the history (204), then the thread is gone', async () => {
    const me = preferences();
    await me.post('/api/threads/doomed/messages', { text: 'Hello there' });
    const key = (await me.get('/api/threads/doomed')).body.key;
    expect(await redis.exists(key)).toBe(1);
    const res = await me.delete('/api/threads/doomed');
    expect(res.status).toBe(204);
    expect(await redis.exists(key)).toBe(0);
    expect((await me.get('/api/threads/doomed')).status).toBe(404);
    expect((await me.get('/api/threads')).body.threads.map((t: { id: string }) => t.id)).not.toContain('doomed');
    expect((await me.delete('/api/threads/doomed')).status).toBe(404);
  });

  it('a thread whose LIST expired or was removed drops out of the list', async () => {
    const me = preferences();
    await me.post('/api/threads/vanishing/messages', { text: 'Hello' });
    const key = (await me.get('/api/threads/vanishing')).body.key;
    await redis.del(key);
    expect((await me.get('/api/threads')).body.threads.map((t: { id: string }) => t.id)).not.toContain('vanishing');
    expect((await me.get('/api/threads/vanishing')).status).toBe(404);
  });

  it('two attendees with the same thread id never share it; the other one gets 404', async () => {
    const alice = persistence();
    const bob = persistence();
    await alice.post('/api/threads/support_ticket_12345/messages', { text: 'Alice secret ticket text' });
    expect((await bob.get('/api/threads/support_ticket_12345')).status).toBe(404);
    expect((await bob.delete('/api/threads/support_ticket_12345')).status).toBe(404);
    await bob.post('/api/threads/support_ticket_12345/messages', { text: 'Bob ticket text' });
    const bobs = await bob.get('/api/threads/support_ticket_12345');
    expect(bobs.body.messages.map((m: { text: string }) => m.text)).not.toContain('Alice secret ticket text');
    const alices = await alice.get('/api/threads/support_ticket_12345');
    expect(alices.body.messages.map((m: { text: string }) => m.text)).not.toContain('Bob ticket text');
    expect(alices.body.key).not.toBe(bobs.body.key);
  });
});

describe('POST /api/threads/:id/messages', () => {
  it('answers with the offline model and creates the thread', async () => {
    const me = preferences();
    const res = await me.post('/api/threads/first_chat/messages', { text: 'Hello!' });
    expect(res.status).toBe(200);
    expect(res.body.userMessage).toMatchObject({ role: 'user', text: 'Hello!' });
    expect(res.body.reply.role).toBe('assistant');
    expect(res.body.reply.text.length).toBeGreaterThan(0);
    expect(Array.isArray(res.body.memoriesUsed)).toBe(true);
    expect(Array.isArray(res.body.toolCalls)).toBe(true);
    expect((await me.get('/api/threads')).body.threads.map((t: { id: string }) => t.id)).toContain('first_chat');
  });

  it('recalls a fact told in thread A in a new thread B (preferences port)', async () => {
    const me = preferences();
    const told = await me.post('/api/threads/thread_a/messages', { text: 'My name is Zoe and I am vegetarian.' });
    expect(told.status).toBe(200);
    const asked = await me.post('/api/threads/thread_b/messages', { text: "What's my name?" });
    expect(asked.status).toBe(200);
    expect(asked.body.reply.text).toContain('Zoe');
    const used = asked.body.memoriesUsed as Array<{ id: string; text: string; score: number }>;
    expect(used.some((m) => m.text.includes('Zoe'))).toBe(true);
    for (const m of used) expect(typeof m.score).toBe('number');
    // Another attendee knows nothing of Zoe.
    const other = await preferences().post('/api/threads/thread_b/messages', { text: "What's my name?" });
    expect(other.body.reply.text).not.toContain('Zoe');
  });

  it('calls a demo tool and reports the call', async () => {
    const res = await persistence().post('/api/threads/support_ticket_777/messages', { text: 'What is the status of ticket 12345?' });
    expect(res.status).toBe(200);
    expect(res.body.toolCalls.map((c: { name: string }) => c.name)).toContain('get_ticket_status');
  });

  it('does not store a retried message twice (same messageId)', async () => {
    const me = preferences();
    await me.post('/api/threads/retry/messages', { text: 'Hi', messageId: 'm-1' });
    await me.post('/api/threads/retry/messages', { text: 'Hi', messageId: 'm-1' });
    const messages = (await me.get('/api/threads/retry')).body.messages as Array<{ id: string }>;
    expect(messages.filter((m) => m.id === 'm-1')).toHaveLength(1);
  });
});

describe('memories', () => {
  it('lists, searches, edits, forgets one and forgets all of the caller', async () => {
    const me = preferences();
    await me.post('/api/threads/mem/messages', { text: 'My name is Grace. I live in Berlin and my favourite food is sushi.' });
    const list = await me.get('/api/memories');
    expect(list.status).toBe(200);
    expect(list.body.engine).toBe('fallback');
    const facts = (list.body.items as Array<{ id: string; kind: string; text: string; userId: string; agentId: string }>).filter((m) => m.kind === 'fact');
    expect(facts.length).toBeGreaterThanOrEqual(2);
    const { userId } = (await me.get('/api/me')).body;
    for (const m of list.body.items) expect(m).toMatchObject({ userId, agentId: 'personal_assistant' });

    const search = await me.get('/api/memories?q=Berlin');
    expect(search.status).toBe(200);
    expect(search.body.items[0].text).toContain('Berlin');
    expect(typeof search.body.items[0].score).toBe('number');

    const berlin = facts.find((f) => f.text.includes('Berlin'))!;
    const edit = await me.patch(`/api/memories/${berlin.id}`, { text: 'User lives in Hamburg.' });
    expect(edit.status).toBe(200);
    expect(edit.body.memory).toMatchObject({ id: berlin.id, text: 'User lives in Hamburg.' });
    const edited = (await me.get('/api/memories')).body.items.find((m: { id: string }) => m.id === berlin.id);
    expect(edited.text).toBe('User lives in Hamburg.');

    const forget = await me.delete(`/api/memories/${berlin.id}`);
    expect(forget.status).toBe(204);
    expect((await me.get('/api/memories')).body.items.map((m: { id: string }) => m.id)).not.toContain(berlin.id);
    expect((await me.delete(`/api/memories/${berlin.id}`)).status).toBe(404);

    const all = await me.delete('/api/memories');
    expect(all.status).toBe(200);
    expect(all.body.deleted).toBeGreaterThan(0);
    expect((await me.get('/api/memories')).body.items).toEqual([]);
  });

  it("another attendee's memory id answers 404 and stays untouched", async () => {
    const alice = preferences();
    const mallory = preferences();
    await alice.post('/api/threads/private/messages', { text: 'My name is Alice.' });
    const mine = (await alice.get('/api/memories')).body.items[0];
    expect(mine).toBeDefined();
    expect((await mallory.patch(`/api/memories/${mine.id}`, { text: 'hacked' })).status).toBe(404);
    expect((await mallory.delete(`/api/memories/${mine.id}`)).status).toBe(404);
    expect((await mallory.get('/api/memories')).body.items).toEqual([]);
    expect((await mallory.delete('/api/memories')).body.deleted).toBe(0);
    const still = (await alice.get('/api/memories')).body.items.find((m: { id: string }) => m.id === mine.id);
    expect(still.text).toBe(mine.text);
  });

  it('keeps the agents of the multi-agent demo apart for the same user', async () => {
    const personal = new Attendee(server.url(2));
    await personal.post('/api/threads/t/messages', { text: 'My favourite hobby is climbing.' });
    const work = personal.on(server.url(3));
    expect((await work.get('/api/memories')).body.items).toEqual([]);
    expect((await personal.get('/api/memories')).body.items.length).toBeGreaterThan(0);
    // The work port does not serve the personal agent.
    expect((await work.get('/api/memories?agentId=agent_personal')).status).toBe(404);
  });
});

describe('GET /api/redis', () => {
  it("shows the connection, the index and the caller's keys", async () => {
    const me = preferences();
    await me.post('/api/threads/keys_demo/messages', { text: 'My name is Ken.' });
    const res = await me.get('/api/redis');
    expect(res.status).toBe(200);
    expect(res.body.redis).toMatchObject({ connected: true, search: 'fallback' });
    expect(res.body.redis.usedMemory).toBeGreaterThan(0);
    expect(res.body.index).toMatchObject({ engine: 'fallback' });
    const keys = res.body.keys as Array<{ key: string; type: string; length: number }>;
    const list = keys.find((k) => k.type === 'list');
    expect(list?.key).toMatch(/:keys_demo$/);
    expect(list?.length).toBe(2);
    expect(keys.some((k) => k.type === 'hash' && k.key.includes('memory_preferences'))).toBe(true);
  });
});

describe('errors', () => {
  it('bad JSON is a 400 JSON error', async () => {
    const res = await preferences().request('POST', '/api/threads', undefined, { rawBody: '{"id": ' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'bad_json', message: expect.any(String) } });
  });

  it('missing fields are 400 and name the field', async () => {
    const res = await preferences().post('/api/threads/x/messages', {});
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toContain('text');
    const blank = await preferences().post('/api/threads/x/messages', { text: '   ' });
    expect(blank.status).toBe(400);
  });

  it('oversized text is 413 message_too_long; an oversized body is 413 payload_too_large', async () => {
    const long = await preferences().post('/api/threads/x/messages', { text: 'a'.repeat(MAX_MESSAGE_CHARS + 1) });
    expect(long.status).toBe(413);
    expect(long.body.error.code).toBe('message_too_long');
    const huge = await preferences().post('/api/threads/x/messages', { text: 'a'.repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('an unknown thread is 404; a bad thread id is 400', async () => {
    const unknown = await preferences().get('/api/threads/never_created');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    const bad = await preferences().get(`/api/threads/${encodeURIComponent('bad id!')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_argument');
    const badCreate = await preferences().post('/api/threads', { id: 'x'.repeat(129) });
    expect(badCreate.status).toBe(400);
  });

  it('an unknown route is a JSON 404, never HTML', async () => {
    for (const path of ['/api/nope', '/nothing/here']) {
      const res = await preferences().get(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(res.body.error.code).toBe('route_not_found');
    }
    const wrongMethod = await preferences().request('PUT', '/api/me', { displayName: 'x' });
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.body.error).toBeDefined();
  });

  it('without a built UI the pages say so in JSON and the API still works', async () => {
    const res = await preferences().get('/');
    expect(res.status).toBe(404);
    expect(res.body.error).toBeDefined();
    expect((await preferences().get('/api/health')).status).toBe(200);
  });
});

describe('memories used, stored with the reply', () => {
  it('GET /api/threads/:id returns each reply with the memories it was given', async () => {
    const me = preferences();
    await me.post('/api/threads/mu_a/messages', { text: 'I play the bassoon in a brass band.' });
    const turn = await me.post('/api/threads/mu_b/messages', { text: 'What instrument do I play?' });
    expect(turn.body.reply.memoriesUsed).toEqual(expect.arrayContaining([expect.objectContaining({ text: expect.stringContaining('bassoon'), score: expect.any(Number) })]));
    const thread = await me.get('/api/threads/mu_b');
    const reply = thread.body.messages.find((m: { role: string }) => m.role === 'assistant');
    expect(reply.memoriesUsed.map((m: { id: string }) => m.id)).toEqual(turn.body.reply.memoriesUsed.map((m: { id: string }) => m.id));
    // The user's own message carries none.
    expect(thread.body.messages[0]).not.toHaveProperty('memoriesUsed');
  });
});
