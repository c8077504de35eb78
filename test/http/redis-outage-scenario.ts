/**
 * One Redis outage of a running workshop child, as an attendee lives it, shared by the tests of
 * each kind of Redis (one the workshop was given, the private one it started itself): Redis goes
 * away for `outageMs` while a page keeps polling health and the attendee keeps sending; then it
 * comes back and the workshop must carry on by itself, without a restart.
 *
 * What it proves: the process stays up; `/api/health` answers 503 `degraded` and the open socket
 * gets `redis.status` (the page's banner); every message sent meanwhile, over HTTP or the socket,
 * gets a clear `redis_unavailable` error at once and none of them is stored; afterwards health is
 * 200 again, turns work over HTTP and over the same socket; nothing went unhandled (Node prints
 * an unhandled rejection and ends the process); and the process' memory did not grow with the
 * requests it refused.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { WireMessage } from '../../server/src/contracts/ws';
import type { WorkshopServer } from '../workshop-server';
import { Attendee, type FrameSocket } from './attendee';

/** How the test takes its Redis away and brings it back. */
export interface RedisSwitch {
  down(): Promise<void>;
  up(): Promise<void>;
}

/** Growth of the server's resident memory over the outage that still counts as flat. */
const RSS_MARGIN_MB = 60;
/** Longest wait for one refused request: an answer, not a hang. */
const ANSWER_WITHIN_MS = 5_000;
/** What Node writes when a promise rejection or an exception went unhandled. */
const UNHANDLED = /unhandled|uncaught|ERR_UNHANDLED_REJECTION/i;

/** Reads a page makes that need Redis, sent together each round. */
const READS = ['/api/threads', '/api/memories', '/api/memories?q=lab', '/api/health', '/api/threads', '/api/memories', '/api/health', '/api/threads'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process in MB, from /proc. */
export function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) / 1024;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

async function timed<T>(what: string, work: Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work;
  expect(Date.now() - started, `${what} took too long`).toBeLessThan(ANSWER_WITHIN_MS);
  return result;
}

/** Runs the outage against `server` (a child) in `threadId`; returns the attendee, for further checks. */
export async function proveOutage(server: WorkshopServer, demo: 'preferences' | 'persistence', redis: RedisSwitch, outageMs: number): Promise<Attendee> {
  const pid = server.child?.pid;
  if (!pid) throw new Error('the outage scenario needs a workshop child process (mode: child)');
  const me = new Attendee(server.url(demo));
  const threadId = `outage_${randomUUID().slice(0, 8)}`;
  // Warm up first (every code path of a turn loaded), so the memory sample is not the start's growth.
  for (let i = 0; i < 5; i++) expect((await me.post(`/api/threads/${threadId}/messages`, { text: `Warm-up note ${i}: the lab opens at nine.` })).status).toBe(200);
  const socket: FrameSocket = await me.socket();
  await socket.next('hello');
  const rssBefore = residentMb(pid);

  await redis.down();
  await until(async () => (await me.get('/api/health')).status === 503, 15_000, 'health to answer 503');
  expect((await me.get('/api/health')).body).toMatchObject({ status: 'degraded', redis: { connected: false } });
  await socket.next('redis.status', (f) => !f.redis.connected);

  const refused: string[] = [];
  const outageEnds = Date.now() + outageMs;
  for (let round = 0; Date.now() < outageEnds; round++) {
    // What an open page does: health every few seconds, the attendee trying to send.
    const health = await timed('health', me.get('/api/health'));
    expect(health.status).toBe(503);
    // Other tabs and attendees reading meanwhile: every read refused, none of it kept in memory.
    const reads = await timed('a burst of reads', Promise.all(READS.map((path) => me.get(path))));
    expect(reads.map((r) => r.status)).toEqual(READS.map(() => 503));
    const messageId = randomUUID();
    refused.push(messageId);
    const turn = await timed('a message', me.post(`/api/threads/${threadId}/messages`, { text: `Sent while Redis is away (${round}).`, messageId }));
    expect(turn.status).toBe(503);
    expect(turn.body.error.code).toBe('redis_unavailable');
    expect(turn.body.error.message).toMatch(/Redis/);
    if (round % 5 === 0) {
      const requestId = randomUUID();
      const wsMessageId = randomUUID();
      refused.push(wsMessageId);
      socket.send({ type: 'turn.start', requestId, threadId, messageId: wsMessageId, text: `Over the socket while Redis is away (${round}).` });
      const error = await socket.next('error', (f) => f.requestId === requestId, ANSWER_WITHIN_MS);
      expect(error.code).toBe('redis_unavailable');
      expect((await timed('the demo', me.get('/api/demo'))).status).toBe(200);
    }
    await sleep(500);
  }
  expect(server.child?.exitCode).toBeNull();

  await redis.up();
  // By itself: nobody restarts the workshop; the client reconnects and the status follows.
  await until(async () => (await me.get('/api/health')).status === 200, 30_000, 'health to answer 200 again');
  await socket.next('redis.status', (f) => f.redis.connected, 15_000);
  const after = await me.post(`/api/threads/${threadId}/messages`, { text: 'Back again: the lab opens at ten now.' });
  expect(after.status).toBe(200);
  const requestId = randomUUID();
  socket.send({ type: 'turn.start', requestId, threadId, text: 'And over the socket that stayed open?' });
  await socket.next('turn.finished', (f) => f.threadId === threadId, 15_000);
  socket.close();

  const stored = (await me.get(`/api/threads/${threadId}`)).body.messages as WireMessage[];
  expect(stored.filter((m) => refused.includes(m.id))).toEqual([]);
  expect(stored.filter((m) => m.role === 'user').length).toBe(7);

  const rssAfter = residentMb(pid);
  console.log(`server memory: ${rssBefore.toFixed(1)} MB before the outage, ${rssAfter.toFixed(1)} MB after ${refused.length} refused messages`);
  expect(rssAfter - rssBefore).toBeLessThan(RSS_MARGIN_MB);
  expect(server.child?.exitCode).toBeNull();
  expect(server.output()).not.toMatch(UNHANDLED);
  return me;
}
