/**
 * `GET /api/admin/attendees/:userId`: one attendee's activity in every demo, grouped demo → agent
 * → threads (with their messages and history key) and memories, read back from the real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminAgentActivity, AttendeeDetail } from '../../server/src/contracts/http';
import { ADMIN_THREAD_MESSAGES } from '../../server/src/contracts/http';
import { RedisChatMessageStore } from '../../server/src/history/redis-store';
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

async function detailOf(userId: string, { token = server.adminToken, port = server.url('persistence') } = {}) {
  return new Attendee(port).request<AttendeeDetail>('GET', `/api/admin/attendees/${userId}`, undefined, { headers: { authorization: `Bearer ${token}` } });
}

function agentOf(detail: AttendeeDetail, demoId: string, agentId: string): AdminAgentActivity {
  const agent = detail.demos.find((d) => d.id === demoId)?.agents.find((a) => a.id === agentId);
  if (!agent) throw new Error(`no ${demoId}/${agentId} in the detail`);
  return agent;
}

describe('one attendee in detail', () => {
  it('groups every demo → agent → threads with their messages, and memories, whichever port is asked', async () => {
    const ada = new Attendee(server.url('preferences'));
    await ada.patch('/api/me', { displayName: 'Ada' });
    await ada.post('/api/threads/food/messages', { text: 'My name is Ada and I love sushi.' });
    await ada.post('/api/threads/music/messages', { text: 'I love jazz.' });
    await ada.on(server.url('persistence')).post('/api/threads/support_ticket_7/messages', { text: 'My printer is on fire.' });
    const { userId } = (await ada.get('/api/me')).body;
    // Someone else's activity must not appear.
    await new Attendee(server.url('preferences')).post('/api/threads/food/messages', { text: 'My name is Bob.' });

    const res = await detailOf(userId);
    expect(res.status).toBe(200);
    const detail = res.body;
    expect(detail).toMatchObject({ userId, displayName: 'Ada' });
    expect(detail.demos.map((d) => [d.id, d.port])).toEqual([
      ['preferences', server.portBase],
      ['persistence', server.portBase + 1],
      ['multi-agent', server.portBase + 2],
    ]);
    expect(detail.demos[2].agents.map((a) => [a.id, a.port, a.threads.length, a.memories.length])).toEqual([
      ['agent_personal', server.portBase + 2, 0, 0],
      ['agent_work', server.portBase + 3, 0, 0],
    ]);

    const assistant = agentOf(detail, 'preferences', 'personal_assistant');
    expect(assistant.threads.map((t) => t.id).sort()).toEqual(['food', 'music']);
    const food = assistant.threads.find((t) => t.id === 'food')!;
    expect(food.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(food.messages[0].text).toBe('My name is Ada and I love sushi.');
    // The key is the thread's real history LIST.
    expect(await redis.llen(food.key)).toBe(food.messageCount);
    expect(JSON.parse((await redis.lindex(food.key, 0))!).text).toBe(food.messages[0].text);
    expect(assistant.memories.some((m) => m.kind === 'fact' && /Ada/.test(m.text))).toBe(true);
    expect(assistant.memories.every((m) => m.userId === userId && m.agentId === 'personal_assistant')).toBe(true);
    expect(JSON.stringify(detail)).not.toContain('Bob');
    // Every port answers the same: the facilitator may open the view on any of them.
    expect((await detailOf(userId, { port: server.url('multi-agent') })).body).toEqual(detail);

    const support = agentOf(detail, 'persistence', 'support_agent');
    expect(support.threads.map((t) => t.id)).toEqual(['support_ticket_7']);
    expect(support.threads[0].messages[0].text).toBe('My printer is on fire.');
  });

  it(`sends the newest ${ADMIN_THREAD_MESSAGES} messages of a long thread, and says how many it holds`, async () => {
    const cy = new Attendee(server.url('preferences'));
    await cy.post('/api/threads/long/messages', { text: 'Hello' });
    const { userId } = (await cy.get('/api/me')).body;
    const { key } = (await cy.get('/api/threads/long')).body;
    // More than any demo keeps (their histories trim at 100), written straight into that LIST.
    const store = new RedisChatMessageStore({ client: redis, keyPrefix: key.slice(0, -':long'.length), threadId: 'long' });
    const extra = Array.from({ length: ADMIN_THREAD_MESSAGES + 48 }, (_, i) => ({ id: `bulk_${i}`, role: 'user' as const, text: `bulk message ${i}`, createdAt: Date.now() + i }));
    await store.addMessages(extra);

    const long = agentOf((await detailOf(userId)).body, 'preferences', 'personal_assistant').threads[0];
    expect(long.messageCount).toBe(ADMIN_THREAD_MESSAGES + 50);
    expect(long.messages).toHaveLength(ADMIN_THREAD_MESSAGES);
    expect(long.messages.at(-1)?.text).toBe(`bulk message ${ADMIN_THREAD_MESSAGES + 47}`);
    expect(long.messages[0].text).toBe('bulk message 48');
  });

  it('answers 404 for an unknown attendee and 401 without the token', async () => {
    const unknown = await detailOf('u_0000000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'not_found' } });
    const refused = await detailOf('u_0000000000000000', { token: 'not-the-token' });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'unauthorized' } });
  });
});
