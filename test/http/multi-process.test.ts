/** Two server processes on one Redis (a room served by several processes): one identity, live events across them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

let first: WorkshopServer;
let second: WorkshopServer;
const sockets: FrameSocket[] = [];

beforeAll(async () => {
  first = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'] });
  // Same Redis and key namespace, other ports: a second process of the same workshop.
  second = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], namespace: first.namespace });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await Promise.all([first?.stop(), second?.stop()]);
});

describe('two server processes sharing Redis', () => {
  it('accept the same cookie and serve the same threads and memories', async () => {
    const me = new Attendee(first.url('preferences'));
    await me.post('/api/threads/shared_thread/messages', { text: 'My name is Priya and I live in Pune.' });
    const there = me.on(second.url('preferences'));
    expect((await there.get('/api/me')).body.userId).toBe((await me.get('/api/me')).body.userId);
    const thread = await there.get('/api/threads/shared_thread');
    expect(thread.status).toBe(200);
    expect(thread.body.messages.map((m: { text: string }) => m.text)).toContain('My name is Priya and I live in Pune.');
    const facts = (await there.get('/api/memories')).body.items.filter((m: { kind: string }) => m.kind === 'fact');
    expect(facts.map((f: { text: string }) => f.text).sort()).toEqual(['User lives in Pune.', "User's name is Priya."]);
  });

  it('deliver a message stored by one process to a tab served by the other', async () => {
    const me = new Attendee(first.url('preferences'));
    await me.get('/api/me');
    const tab = await me.on(second.url('preferences')).socket();
    sockets.push(tab);
    await tab.next('hello');
    tab.send({ type: 'thread.watch', threadId: 'live_thread' });
    tab.send({ type: 'ping' });
    await tab.next('pong');

    const { body } = await me.post('/api/threads/live_thread/messages', { text: 'I am allergic to peanuts.' });
    const stored = await tab.next('message.stored', (f) => f.message.id === body.reply.id);
    expect(stored).toMatchObject({ threadId: 'live_thread', message: { role: 'assistant', text: body.reply.text } });
    const memory = await tab.next('memory.stored', (f) => f.memory.kind === 'fact');
    expect(memory.memory.text).toBe('User is allergic to peanuts.');
  });
});
