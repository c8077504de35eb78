/**
 * Edit and resend / regenerate: a turn with `rewindTo` removes that user message and everything
 * after it, forgets the memories they taught (so the agent no longer knows what was unsaid), tells
 * the attendee's other tabs, and refuses ids that are not a user message of the thread and
 * rewinds while a reply runs. Over HTTP and the WebSocket, on each memory engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

interface Message {
  id: string;
  role: string;
  text: string;
}
interface Memory {
  id: string;
  kind: string;
  text: string;
}

const searchUrl = process.env.REDIS_SEARCH_URL;
if (!searchUrl) console.warn('!!! rewinds on the query engine (redisearch) SKIPPED: set REDIS_SEARCH_URL to run them too');

const ENGINES: Array<[engine: string, url: string | undefined]> = [
  ['fallback', testRedisUrl()],
  ['redisearch', searchUrl],
];

async function messagesOf(me: Attendee, threadId: string): Promise<Message[]> {
  const res = await me.get(`/api/threads/${threadId}`);
  expect(res.status).toBe(200);
  return res.body.messages;
}

async function memoriesOf(me: Attendee, q = ''): Promise<Memory[]> {
  const res = await me.get(`/api/memories${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

describe.each(ENGINES)('rewinding a thread (%s engine)', (engine, url) => {
  let server: WorkshopServer;
  const sockets: FrameSocket[] = [];

  beforeAll(async () => {
    if (url) server = await startWorkshopServer({ redisUrl: url, demos: ['preferences'] });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.stop();
  });

  async function connect(me: Attendee, watch?: string): Promise<FrameSocket> {
    const socket = await me.socket();
    sockets.push(socket);
    await socket.next('hello');
    if (watch) {
      socket.send({ type: 'thread.watch', threadId: watch });
      // The watch is in place once the pong comes back.
      socket.send({ type: 'ping' });
      await socket.next('pong');
    }
    return socket;
  }

  it.skipIf(!url)('edit and resend over HTTP: the message and what follows are gone, and so is what they taught', async () => {
    const me = new Attendee(server.url('preferences'));
    const thread = `edit_${engine}`;
    await me.post(`/api/threads/${thread}/messages`, { text: 'My name is Ada.' });
    const colour = await me.post(`/api/threads/${thread}/messages`, { text: 'My favourite colour is green.' });
    await me.post(`/api/threads/${thread}/messages`, { text: 'What is the weather in Paris?' });
    expect((await memoriesOf(me)).some((m) => /green/i.test(m.text))).toBe(true);
    const before = await messagesOf(me, thread);
    const from = before.findIndex((m) => m.id === colour.body.userMessage.id);

    const edited = await me.post(`/api/threads/${thread}/messages`, { text: 'My favourite colour is blue.', rewindTo: colour.body.userMessage.id, messageId: 'edited-1' });
    expect(edited.status).toBe(200);
    expect(edited.body.rewound.fromMessageId).toBe(colour.body.userMessage.id);
    expect(edited.body.rewound.removedMessageIds).toEqual(before.slice(from).map((m) => m.id));
    expect(edited.body.rewound.forgottenMemoryIds.length).toBeGreaterThan(0);

    const after = await messagesOf(me, thread);
    expect(after.slice(0, from)).toEqual(before.slice(0, from));
    expect(after.slice(from).map((m) => m.id)).toEqual(['edited-1', edited.body.reply.id]);
    expect(after[from].text).toBe('My favourite colour is blue.');
    // The weather call was after the edited message: its tool messages went with it.
    expect(after.some((m) => m.role === 'tool')).toBe(false);

    const memories = await memoriesOf(me);
    expect(memories.some((m) => /green|Paris/i.test(m.text))).toBe(false);
    expect(memories.some((m) => /blue/i.test(m.text))).toBe(true);
    expect(memories.some((m) => /Ada/.test(m.text))).toBe(true);
    expect((await memoriesOf(me, 'green colour')).some((m) => /green/i.test(m.text))).toBe(false);
    // A fact's id is its slot (favourite colour), so the new value may take the forgotten id again.
    const forgotten = new Set<string>(edited.body.rewound.forgottenMemoryIds);
    for (const m of memories.filter((m) => forgotten.has(m.id))) expect(m.text).toMatch(/blue/i);
    const asked = await me.post(`/api/threads/ask_${engine}/messages`, { text: 'What is my favourite colour?' });
    expect(asked.body.reply.text).toMatch(/blue/i);
    expect(asked.body.reply.text).not.toMatch(/green/i);
  });

  it.skipIf(!url)('regenerate: the same question again, one reply, the memories it taught kept', async () => {
    const me = new Attendee(server.url('preferences'));
    const thread = `regen_${engine}`;
    await me.post(`/api/threads/${thread}/messages`, { text: 'Hello there.' });
    const last = await me.post(`/api/threads/${thread}/messages`, { text: 'I live in Lisbon.' });
    const again = await me.post(`/api/threads/${thread}/messages`, { text: 'I live in Lisbon.', rewindTo: last.body.userMessage.id, messageId: 'regen-1' });
    expect(again.body.rewound.removedMessageIds).toEqual([last.body.userMessage.id, last.body.reply.id]);
    const after = await messagesOf(me, thread);
    expect(after.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(after[2]).toMatchObject({ id: 'regen-1', text: 'I live in Lisbon.' });
    // Said again by the regenerated turn: known again.
    expect((await memoriesOf(me)).some((m) => m.kind === 'fact' && /Lisbon/.test(m.text))).toBe(true);
  });

  it.skipIf(!url)('keeps a fact that a message which stays still states', async () => {
    const me = new Attendee(server.url('preferences'));
    const thread = `restated_${engine}`;
    await me.post(`/api/threads/${thread}/messages`, { text: "I'm vegetarian." });
    const restated = await me.post(`/api/threads/${thread}/messages`, { text: 'I am a vegetarian, by the way.' });
    const facts = (await memoriesOf(me)).filter((m) => m.kind === 'fact' && /vegetarian/i.test(m.text));
    expect(facts).toHaveLength(1);
    const edited = await me.post(`/api/threads/${thread}/messages`, { text: 'Hello.', rewindTo: restated.body.userMessage.id });
    expect(edited.body.rewound.forgottenMemoryIds).not.toContain(facts[0].id);
    expect((await memoriesOf(me)).map((m) => m.id)).toContain(facts[0].id);
  });

  it.skipIf(!url)('refuses an id that is not a user message of the thread, and changes nothing', async () => {
    const me = new Attendee(server.url('preferences'));
    const stranger = new Attendee(server.url('preferences'));
    const thread = `refuse_${engine}`;
    const turn = await me.post(`/api/threads/${thread}/messages`, { text: 'My name is Bea.' });
    const theirs = await stranger.post(`/api/threads/${thread}/messages`, { text: 'My name is Cy.' });
    const before = await messagesOf(me, thread);

    const cases: Array<[rewindTo: unknown, status: number, code: string]> = [
      ['no-such-message', 404, 'not_found'],
      [turn.body.reply.id, 400, 'invalid_argument'],
      [theirs.body.userMessage.id, 404, 'not_found'],
      ['', 400, 'invalid_request'],
      [42, 400, 'invalid_request'],
    ];
    for (const [rewindTo, status, code] of cases) {
      const res = await me.post(`/api/threads/${thread}/messages`, { text: 'Again', rewindTo });
      expect([rewindTo, res.status, res.body.error?.code]).toEqual([rewindTo, status, code]);
    }
    expect((await me.post('/api/threads/never_made/messages', { text: 'Hi', rewindTo: turn.body.userMessage.id })).status).toBe(404);
    expect(await messagesOf(me, thread)).toEqual(before);
    expect((await me.get('/api/threads/never_made')).status).toBe(404);
    expect((await memoriesOf(me)).some((m) => /Bea/.test(m.text))).toBe(true);
    expect((await messagesOf(stranger, thread)).map((m) => m.id)).toContain(theirs.body.userMessage.id);
  });

  it.skipIf(!url)('over the WebSocket: the tab that asked and the other tabs see the rewind before the new turn', async () => {
    const me = new Attendee(server.url('preferences'));
    const thread = `ws_${engine}`;
    const first = await me.post(`/api/threads/${thread}/messages`, { text: 'My favourite food is sushi.' });
    const tab = await connect(me);
    const other = await connect(me, thread);
    const elsewhere = await connect(me, 'some_other_thread');

    tab.send({ type: 'turn.start', requestId: 'rw', threadId: thread, text: 'My favourite food is ramen.', messageId: 'ws-edit', rewindTo: first.body.userMessage.id });
    const finished = await tab.next('turn.finished');
    const order = tab.frames.map((f) => f.type);
    const rewound = await tab.next('thread.rewound');
    expect(rewound).toEqual({ type: 'thread.rewound', threadId: thread, fromMessageId: first.body.userMessage.id });
    expect(order.indexOf('thread.rewound')).toBeLessThan(order.indexOf('turn.started'));
    const deleted = tab.frames.filter((f) => f.type === 'memory.deleted').map((f) => (f as { id: string }).id);
    expect(deleted.length).toBeGreaterThan(0);
    expect(order.lastIndexOf('memory.deleted')).toBeLessThan(order.indexOf('turn.started'));
    // Sent once, directly: not again through pub/sub.
    await other.next('message.stored', (f) => f.message.id === finished.reply.id);
    expect(tab.frames.filter((f) => f.type === 'thread.rewound')).toHaveLength(1);

    expect(await other.next('thread.rewound')).toEqual(rewound);
    for (const id of deleted) await other.next('memory.deleted', (f) => f.id === id);
    const otherOrder = other.frames.map((f) => (f.type === 'message.stored' ? `stored:${f.message.id}` : f.type));
    expect(otherOrder.indexOf('thread.rewound')).toBeLessThan(otherOrder.indexOf('stored:ws-edit'));
    // Thread events only reach tabs watching the thread; memory events every tab of the attendee.
    await elsewhere.next('memory.deleted', (f) => f.id === deleted[0]);
    expect(elsewhere.frames.some((f) => f.type === 'thread.rewound')).toBe(false);

    expect((await messagesOf(me, thread)).map((m) => m.id)).toEqual(['ws-edit', finished.reply.id]);
    expect((await memoriesOf(me)).some((m) => /sushi/i.test(m.text))).toBe(false);
  });

  it.skipIf(!url)('over the WebSocket: a bad rewind is an error frame for the request, and the socket goes on', async () => {
    const me = new Attendee(server.url('preferences'));
    const thread = `ws_bad_${engine}`;
    const turn = await me.post(`/api/threads/${thread}/messages`, { text: 'Hello.' });
    const tab = await connect(me);
    tab.send({ type: 'turn.start', requestId: 'bad1', threadId: thread, text: 'x', rewindTo: turn.body.reply.id });
    expect(await tab.next('error', (f) => f.requestId === 'bad1')).toMatchObject({ code: 'invalid_argument' });
    tab.send({ type: 'turn.start', requestId: 'bad2', threadId: thread, text: 'x', rewindTo: 'missing' });
    expect(await tab.next('error', (f) => f.requestId === 'bad2')).toMatchObject({ code: 'not_found' });
    tab.send({ type: 'turn.start', requestId: 'bad3', threadId: thread, text: 'x', rewindTo: '' });
    expect(await tab.next('error', (f) => f.requestId === 'bad3')).toMatchObject({ code: 'bad_frame' });
    expect(tab.frames.some((f) => f.type === 'thread.rewound' || f.type === 'turn.started')).toBe(false);
    tab.send({ type: 'turn.start', requestId: 'ok', threadId: thread, text: 'Hello again.', rewindTo: turn.body.userMessage.id });
    await tab.next('turn.finished');
    expect((await messagesOf(me, thread)).map((m) => m.text)).toEqual(['Hello again.', expect.any(String)]);
  });
});

describe('rewinding while a reply runs', () => {
  let slow: WorkshopServer;
  beforeAll(async () => {
    slow = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], wordDelayMs: 100 });
  });
  afterAll(async () => {
    await slow?.stop();
  });

  it('is refused (turn_in_progress) from the same tab, another tab and the HTTP API; afterwards it works', async () => {
    const me = new Attendee(slow.url('preferences'));
    const thread = 'busy_rewind';
    const first = await me.post(`/api/threads/${thread}/messages`, { text: 'Hi.' });
    const tab = await me.socket();
    const other = await me.socket();
    try {
      tab.send({ type: 'turn.start', requestId: 'long', threadId: thread, text: 'What do you know about me? Tell me everything, please.' });
      await tab.next('text.delta');
      tab.send({ type: 'turn.start', requestId: 'same', threadId: thread, text: 'x', rewindTo: first.body.userMessage.id });
      other.send({ type: 'turn.start', requestId: 'other', threadId: thread, text: 'x', rewindTo: first.body.userMessage.id });
      const http = await me.post(`/api/threads/${thread}/messages`, { text: 'x', rewindTo: first.body.userMessage.id });
      expect((await tab.next('error', (f) => f.requestId === 'same')).code).toBe('turn_in_progress');
      expect((await other.next('error', (f) => f.requestId === 'other')).code).toBe('turn_in_progress');
      expect([http.status, http.body.error.code]).toEqual([409, 'turn_in_progress']);
      await tab.next('turn.finished');
      expect(await messagesOf(me, thread)).toHaveLength(4);

      other.send({ type: 'turn.start', requestId: 'later', threadId: thread, text: 'Hi again.', rewindTo: first.body.userMessage.id });
      await other.next('turn.finished', () => true, 20_000);
      expect((await messagesOf(me, thread)).map((m) => m.text)[0]).toBe('Hi again.');
    } finally {
      tab.close();
      other.close();
    }
  }, 30_000);
});
