/**
 * The workshop killed with SIGKILL in the middle of replies, 20 times: like a crash or `kill -9`,
 * not a Ctrl+C, so nothing of the server's own clean-up runs. A client that retries as the UI
 * does (same message id, same text, until it is answered; over the WebSocket and over HTTP) sends
 * message after message while the server is killed at a random moment of each reply — on the
 * WebSocket after a random number of streamed words, over HTTP at a random time within the
 * reply's length — and started again on the same Redis, namespace and ports (by a child that
 * loaded its code while the previous one ran, so twenty restarts fit in one test).
 *
 * Afterwards the threads, read through the API, hold every user message exactly once, in order,
 * each followed by exactly one reply: the one the client was finally given, complete — word for
 * word what the same model answers to the same conversation when nobody kills it (a reference
 * run of the same messages on a workshop that is left alone) — never cut short, never twice.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireMessage } from '../../server/src/contracts/ws';
import { testRedisUrl } from '../redis';
import { prepareWorkshopChild, startWorkshopServer, type PreparedWorkshopChild, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';
import { sendUntilAnswered, type Delivery, type OutgoingMessage } from './retrying-client';

const KILLS = 20;
/** About 30 words per reply: each takes ~0.5 s to stream, so there is a "middle" to kill it in. */
const WORD_DELAY_MS = 15;
const THREADS = ['crash_log_a', 'crash_log_b'];
const EVENTS = ['the backup finished late', 'the fan in rack B is loud', 'the badge reader at the door failed twice', 'the coffee machine was descaled', 'the projector lamp flickered in room 4'];
const DISPLAY_NAME = 'Robin Crashtest';

/** Children that have loaded the workshop's code and start when the running one is killed. */
const STANDBYS = 2;

let server: WorkshopServer | undefined;
const standbys: PreparedWorkshopChild[] = [];

afterAll(async () => {
  for (const standby of standbys) standby.cancel();
  await server?.stop();
});

/** The messages of the run: alternating transports and (every two) threads, so each thread gets both. */
function script(count: number): Array<Omit<OutgoingMessage, 'messageId'>> {
  return Array.from({ length: count }, (_, i) => ({
    threadId: THREADS[Math.floor(i / 2) % 2],
    transport: i % 2 === 0 ? 'ws' : 'http',
    text: `Entry ${i + 1} in the log: ${EVENTS[i % EVENTS.length]}.`,
  }));
}

/** What the model answers to the same messages in the same threads on a workshop nobody kills. */
async function referenceReplies(messages: Array<Omit<OutgoingMessage, 'messageId'>>): Promise<string[]> {
  const reference = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['persistence'] });
  try {
    const me = new Attendee(reference.url('persistence'));
    await me.patch('/api/me', { displayName: DISPLAY_NAME });
    const replies: string[] = [];
    for (const m of messages) {
      const answer = await me.post(`/api/threads/${m.threadId}/messages`, { text: m.text, messageId: randomUUID() });
      expect(answer.status).toBe(200);
      replies.push(answer.body.reply.text);
    }
    return replies;
  } finally {
    await reference.stop();
  }
}

const random = (min: number, max: number) => min + Math.random() * (max - min);

describe('SIGKILL mid-reply, 20 times', () => {
  let expected: string[];
  const messages = script(KILLS + 2);

  beforeAll(async () => {
    expected = await referenceReplies(messages);
  }, 60_000);

  it('keeps every user message once and every reply complete, never twice', { timeout: 240_000 }, async () => {
    server = await startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', demos: ['persistence'], wordDelayMs: WORD_DELAY_MS });
    const { namespace, portBase, adminToken } = server;
    // Restarted on the same Redis, namespace and ports by a child that loaded its code meanwhile:
    // a restart then takes what the workshop's start takes, not Node's loading of the code.
    const prepare = () => standbys.push(prepareWorkshopChild({ redisUrl: testRedisUrl(), mode: 'child', demos: ['persistence'], wordDelayMs: WORD_DELAY_MS, namespace, portBase, adminToken }));
    while (standbys.length < STANDBYS) prepare();
    const restart = async () => {
      const next = standbys.shift()!;
      prepare();
      server = await next.start();
    };
    const me = new Attendee(server.url('persistence'));
    expect((await me.patch('/api/me', { displayName: DISPLAY_NAME })).status).toBe(200);

    const sent: Array<OutgoingMessage & { delivery: Delivery }> = [];
    // The first two (one per transport) are left alone.
    for (const m of messages.slice(0, 2)) {
      const message = { ...m, messageId: randomUUID() };
      sent.push({ ...message, delivery: await sendUntilAnswered(me, message) });
    }
    const words = expected[0].split(/\s+/).length;
    /** How long the model streams a reply at the least; a busy machine only makes it longer. */
    const streamingMs = words * WORD_DELAY_MS;

    const kills: string[] = [];
    const restarts: number[] = [];
    for (const m of messages.slice(2)) {
      const message = { ...m, messageId: randomUUID() };
      const victim = server.child!;
      let kill!: () => void;
      const killed = new Promise<void>((resolve) => {
        kill = () => {
          if (victim.exitCode === null && victim.signalCode === null) victim.kill('SIGKILL');
          resolve();
        };
      });
      // WebSocket: after a random number of streamed words (the last one: while the reply is being
      // stored). HTTP: at a random time within the reply, from the memory search to the last words.
      const atDelta = Math.floor(random(1, words + 1));
      const hooks =
        message.transport === 'ws'
          ? { onDelta: (count: number) => count === atDelta && kill() }
          : { onSent: (attempt: number) => attempt === 1 && setTimeout(kill, random(0, streamingMs)) };
      const delivering = sendUntilAnswered(me, message, hooks);
      // A reply that was complete before its kill came: the kill lands between messages instead.
      void delivering.then(kill, kill);
      await killed;
      if (victim.exitCode === null && victim.signalCode === null) await new Promise((resolve) => victim.once('exit', resolve));
      const down = Date.now();
      await restart();
      restarts.push(Date.now() - down);
      const delivery = await delivering;
      sent.push({ ...message, delivery });
      const lost = delivery.attempts[0];
      kills.push(`${message.transport}: ${lost.kind === 'lost' ? `lost after ${lost.deltas} words` : lost.kind}, ${delivery.attempts.length} attempts`);
    }
    console.log(`restarts ${restarts.join(', ')} ms; kills:\n  ${kills.join('\n  ')}`);
    // The kills did land before the answers: most first attempts were lost, not answered.
    expect(sent.slice(2).filter((s) => s.delivery.attempts[0].kind === 'answered').length).toBeLessThanOrEqual(KILLS / 4);

    for (const threadId of THREADS) {
      const thread = await me.get(`/api/threads/${threadId}`);
      expect(thread.status).toBe(200);
      const stored = thread.body.messages as WireMessage[];
      const mine = sent.filter((s) => s.threadId === threadId);
      // Every user message exactly once, in the order sent.
      expect(stored.filter((m) => m.role === 'user').map((m) => m.id)).toEqual(mine.map((s) => s.messageId));
      for (const s of mine) {
        const at = stored.findIndex((m) => m.id === s.messageId);
        const next = stored.findIndex((m, i) => i > at && m.role === 'user');
        const after = stored.slice(at + 1, next < 0 ? undefined : next);
        // One reply, the one the client was given, complete and not marked as cut short.
        expect(after.map((m) => m.role), `after ${s.text}`).toEqual(['assistant']);
        expect(after[0]).toMatchObject({ id: s.delivery.reply.id, text: s.delivery.reply.text });
        expect(after[0].interrupted).toBeUndefined();
        expect(after[0].text).toBe(expected[messages.findIndex((m) => m.text === s.text)]);
      }
    }
  });
});
