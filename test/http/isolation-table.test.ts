/**
 * Attendee isolation as a table: route × another attendee's ids. Attendee A (the victim) keeps data
 * of every kind on every demo port: threads with messages (HTTP, WebSocket, /v1), facts, message
 * and tool memories, tool records (a ticket, a meeting) and a display name. Attendee B (the
 * attacker) then calls every route of every port and sends every client frame type with A's
 * thread, message, memory, turn and user ids wherever one fits (`isolation-routes.ts`). For every
 * case:
 *
 * - the status is the plain one (404 for A's ids, B's own new thread for a thread id B picks, 401
 *   on the facilitator routes);
 * - nothing B receives (bodies, headers, frames, live events) holds A's text (made-up words planted
 *   in all A said) or an id of A's that B did not send in that very request;
 * - A's data, read through A's own cookie (tool records straight from Redis), is unchanged.
 *
 * Complete by construction: the test walks the router stack of every running Express app and the
 * client frame schema, and fails on a route or frame type the table does not name.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demos as declaredDemos } from '../../demos/index';
import { clientFrameSchema, type ServerFrame } from '../../server/src/contracts/ws';
import { testClient, testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { Attendee, type FrameSocket } from './attendee';
import { expressRoutes, HTTP_CASES, madeUpWord, probeFor, statementsFor, WS_CASES } from './isolation-routes';
import { handshakeStatus, leaksIn, readToolRecords, roundTrip, secretsOf, sendFrom, waitFor } from './isolation-routes';
import type { Attacker, HttpCall, PortSnapshot, PortUnderTest, Secrets, Snapshot, VictimIds, WsCall } from './isolation-routes';

/** The ports of a plain start, from the demo declarations: a new demo or agent port gets its rows without being listed here. */
const PORTS: PortUnderTest[] = declaredDemos
  .filter((demo) => !demo.onRequest)
  .flatMap((demo) => demo.agents.map((agent) => ({ demoId: demo.id, offset: agent.portOffset, agentId: agent.id })))
  .filter((port, i, all) => all.findIndex((p) => p.offset === port.offset) === i);

// 2 ms a word: A's reply still streams for tens of ms when B's stop arrives, and the table's ~150
// turns stay quick. The built UI's pages are routes too, so the UI directory is served.
const server = useWorkshopServer({ redisUrl: testRedisUrl(), wordDelayMs: 2, webDist: join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist') });
const redis = testClient();

/** A's question while B tries to stop A's turn (a reply listing what A said). */
const LONG_QUESTION = 'What do you know about me? Tell me everything.';
/** A stop that only lands after A's reply proves nothing: tried again, up to this often. */
const STOP_TRIES = 5;
const WORDS = Object.fromEntries(['first', 'last', 'city', 'food', 'code', 'band', 'device', 'hobby', 'project', 'colleague'].map((k) => [k, madeUpWord()]));
const TICKET = String(10_000 + (randomBytes(2).readUInt16BE() % 80_000));

let victim: Attendee;
let attacker: Attacker;
let attackerCookie: string;
let baseline: Snapshot;
let secrets: Secrets;
const memoryPrefixes = new Map<number, string>();
const cursors = new Map<number, string>();
const victimTurnIds: string[] = [];
/** A's sockets per port: one runs A's live turn, the other watches it as A's second tab. */
const victimSockets = new Map<number, { runner: FrameSocket; watcher: FrameSocket }>();
const attackerSockets = new Map<number, { socket: FrameSocket; sent: Set<string>; checked: number }>();
const openSockets: FrameSocket[] = [];
/** A's message ids B sent as its own `messageId`: B's own messages carry them from then on. */
const adopted = new Set<string>();
/** Wrong facilitator tokens per source address (the 11th in a minute is a 429 after a 2 s pause). */
const wrongAdminTokens = new Map<string, number>();
/** No 127.0.0.x besides 127.0.0.1 (macOS): every call comes from 127.0.0.1. */
let oneLoopbackAddress = false;
const casesRun = new Map<string, number>();
const tally = (key: string, n: number) => casesRun.set(key, (casesRun.get(key) ?? 0) + n);

// ---------------------------------------------------------------------------------------------
// A's data, as A reads it

async function snapshotPort(port: PortUnderTest): Promise<PortSnapshot> {
  const a = victim.on(server.url(port.offset));
  const [threads, memories, view] = await Promise.all([a.get('/api/threads?limit=200'), a.get('/api/memories?limit=1000'), a.get('/api/redis')]);
  for (const res of [threads, memories, view]) expect(res.status, JSON.stringify(res.body)).toBe(200);
  const ids: string[] = threads.body.threads.map((t: { id: string }) => t.id);
  const details = await Promise.all(ids.map((id) => a.get(`/api/threads/${encodeURIComponent(id)}`)));
  // The Redis view without what other attendees change (used memory, the whole index's size).
  const redisView = { keys: view.body.keys, records: view.body.records, yourDocuments: view.body.index.yourDocuments };
  return { threads: threads.body.threads, details: Object.fromEntries(ids.map((id, i) => [id, details[i].body])), memories: memories.body.items, redis: redisView };
}

async function snapshotA(): Promise<Snapshot> {
  const me = (await victim.get('/api/me')).body;
  const [ports, toolRecords] = await Promise.all([Promise.all(PORTS.map(snapshotPort)), readToolRecords(redis, memoryPrefixes.values(), me.userId)]);
  return { me, ports: Object.fromEntries(PORTS.map((port, i) => [port.offset, ports[i]])), toolRecords };
}

/** What B must not see, after a (newer) snapshot of A: an id once A's stays secret. */
const addSecrets = (snapshot: Snapshot) => (secrets = secretsOf(snapshot, Object.values(WORDS), [...(secrets?.ids ?? []), ...victimTurnIds]));

/** A's data now is the baseline; when it is not, the new state becomes the baseline (the next case is judged alone) and this case fails. */
async function expectAUnchanged(after: string): Promise<void> {
  const [before, now] = [baseline, await snapshotA()];
  baseline = now;
  addSecrets(now);
  expect(now, `A's data changed after ${after}`).toEqual(before);
}

/** A's ids on one port, as the table substitutes them. */
function victimIds(port: PortUnderTest): VictimIds {
  const all = Object.values(baseline.ports);
  const threads = Object.entries(baseline.ports[port.offset].details).map(([id, { messages }]) => ({
    id,
    userMessageIds: messages.filter((m) => m.role === 'user').map((m) => m.id),
    otherMessageIds: messages.filter((m) => m.role !== 'user').map((m) => m.id),
  }));
  const allThreadIds = [...new Set(all.flatMap((p) => Object.keys(p.details)))];
  const allMemoryIds = [...new Set(all.flatMap((p) => p.memories.map((m) => m.id)))];
  return { userId: baseline.me.userId, allThreadIds, threads, allMemoryIds, turnIds: [...victimTurnIds], cursor: cursors.get(port.offset), ticketNumber: TICKET };
}

// ---------------------------------------------------------------------------------------------
// A's setup: data of every kind on every port

async function say(port: number, threadId: string, text: string, tools: string[] = []): Promise<void> {
  const res = await victim.on(server.url(port)).post(`/api/threads/${threadId}/messages`, { text });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.toolCalls.map((c: { name: string }) => c.name), text).toEqual(tools);
  victimTurnIds.push(res.body.turnId);
}

async function connect(attendee: Attendee): Promise<FrameSocket> {
  const socket = await attendee.socket();
  openSockets.push(socket);
  await socket.next('hello');
  return socket;
}

async function setUpVictim(): Promise<void> {
  victim = new Attendee(server.url(0));
  const { apiKey } = (await victim.get('/api/me')).body;
  expect((await victim.patch('/api/me', { displayName: `${WORDS.first} ${WORDS.last}` })).status).toBe(200);
  const id = randomBytes(3).toString('hex');
  // preferences: facts, a tool result, a WebSocket thread and an OpenAI-SDK conversation.
  await say(0, `a_profile_${id}`, `My name is ${WORDS.first} ${WORDS.last}.`);
  await say(0, `a_profile_${id}`, `I live in ${WORDS.city}.`);
  await say(0, `a_profile_${id}`, `My favourite food is ${WORDS.food}.`);
  await say(0, `a_profile_${id}`, `What's the weather in ${WORDS.city} tomorrow?`, ['get_weather']);
  const socket = await connect(victim);
  socket.send({ type: 'turn.start', requestId: 'a-ws', threadId: `a_notes_${id}`, text: `Remember that my locker code is ${WORDS.code}.` });
  const started = await socket.next('turn.started', (f) => f.requestId === 'a-ws');
  victimTurnIds.push(started.turnId);
  await socket.next('turn.finished', (f) => f.turnId === started.turnId);
  const bearer = { headers: { authorization: `Bearer ${apiKey}` } };
  const conversation = (await victim.request('POST', '/v1/conversations', {}, bearer)).body.id;
  expect((await victim.request('POST', '/v1/responses', { model: 'personal_assistant', input: `My favourite band is ${WORDS.band}.`, conversation }, bearer)).status).toBe(200);
  // persistence: a support ticket (a tool record) reported, then looked up.
  await say(1, `support_ticket_${TICKET}`, `Hello — ticket ${TICKET}: the ${WORDS.device} scanner in the warehouse shows a blank screen since this morning.`, ['open_ticket']);
  await say(1, `support_ticket_${TICKET}`, "What's the status of my ticket?", ['get_ticket_status']);
  await say(1, `a_other_ticket_${id}`, `I already tried restarting the ${WORDS.device} twice.`);
  // multi-agent: private facts with one agent, a task and a meeting (a tool record) with the other.
  await say(2, `a_personal_${id}`, `My name is ${WORDS.first} and I love ${WORDS.hobby}.`);
  await say(3, `a_work_${id}`, `remind me to send the ${WORDS.project} report by Thursday`, ['create_task']);
  await say(3, `a_work_${id}`, `book a meeting with ${WORDS.colleague} tomorrow at 3pm`, ['add_calendar_event']);

  for (const port of PORTS) {
    const a = victim.on(server.url(port.offset));
    memoryPrefixes.set(port.offset, (await a.get('/api/demo')).body.agents.find((agent: { id: string }) => agent.id === port.agentId).memory.prefix);
    const page = (await a.get('/api/threads?limit=1')).body;
    if (page.nextCursor) cursors.set(port.offset, page.nextCursor);
    victimSockets.set(port.offset, { runner: await connect(a), watcher: await connect(a) });
  }
}

// ---------------------------------------------------------------------------------------------
// B's calls

async function callHttp(port: PortUnderTest, call: HttpCall, label: string): Promise<void> {
  const headers: Record<string, string> = {};
  const cookie = call.auth?.cookie === undefined ? attackerCookie : call.auth.cookie;
  if (cookie) headers.cookie = cookie;
  if (call.auth?.bearer) headers.authorization = `Bearer ${call.auth.bearer}`;
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  // The facilitator routes count wrong tokens per address: past 10 a minute they answer 429 after a
  // 2 s pause, even to the right token. Each port's facilitator calls come from a loopback address
  // of their own, so each is answered as an attacker's first tries are: 401.
  let localAddress = call.admin && !oneLoopbackAddress ? `127.0.0.${10 + port.offset}` : undefined;
  const url = server.url(port.offset) + call.path;
  const res = await sendFrom(url, { method: call.method, headers, body, localAddress }).catch((err) => {
    if (err.code !== 'EADDRNOTAVAIL') throw err;
    [oneLoopbackAddress, localAddress] = [true, undefined];
    return sendFrom(url, { method: call.method, headers, body });
  });
  const what = `${label}: ${call.method} ${call.path} ${body ?? ''} → ${res.status} ${res.text.slice(0, 400)}`;
  let expected = call.status ?? [200];
  if (call.admin) {
    const tries = wrongAdminTokens.get(localAddress ?? '') ?? 0;
    wrongAdminTokens.set(localAddress ?? '', tries + 1);
    expected = tries < 10 ? [401] : [401, 429];
  }
  expect(expected, what).toContain(res.status);
  // A's ids that the request itself names may come back (`no thread "…" of yours`); nothing else of A's.
  const request = `${call.path} ${body ?? ''} ${JSON.stringify(headers)}`;
  const allowed = new Set([...secrets.ids.filter((id) => request.includes(id) || request.includes(encodeURIComponent(id))), ...adopted]);
  expect(leaksIn(secrets, `${res.text} ${JSON.stringify(res.headers)}`, allowed), `A's data in B's answer — ${what}`).toEqual([]);
  const json = String(res.headers['content-type']).includes('json') && res.text ? JSON.parse(res.text) : undefined;
  if (res.status === 404 && call.path.startsWith('/api/')) expect(json?.error?.code, what).toBe('not_found');
  if (call.adopts) {
    // B's message takes the id B chose; the reply is a new one of B's, not A's stored reply.
    expect(json.userMessage.id, what).toBe(call.adopts);
    expect(secrets.ids, what).not.toContain(json.reply.id);
    adopted.add(call.adopts);
  }
  call.check?.(json);
}

let requestCounter = 0;

async function sendWs(port: PortUnderTest, call: WsCall, label: string): Promise<void> {
  const b = attackerSockets.get(port.offset)!;
  if (call.expect === 'stop-a-running-turn') return stopARunningTurn(port, b);
  const frame = call.frame.type === 'turn.start' ? { ...call.frame, requestId: `b-${++requestCounter}` } : call.frame;
  for (const value of Object.values(frame)) if (typeof value === 'string') b.sent.add(value);
  const from = b.socket.frames.length;
  b.socket.send(frame);
  const what = `${label}: ${JSON.stringify(frame)}`;
  if (call.expect === 'pong') await waitFor(b.socket, from, (f) => f.type === 'pong', 'pong');
  if (frame.type !== 'turn.start') return; // 'nothing': checked once for the whole case (a round trip per frame would near B's 100 frames in 10 s)
  const outcome = await waitFor(b.socket, from, (f) => (f.type === 'error' || f.type === 'turn.started') && f.requestId === frame.requestId, `an answer to ${what}`);
  if (call.expect === 'not-found') return void expect(outcome, what).toMatchObject({ type: 'error', code: 'not_found' });
  expect(outcome.type, `${what} → ${JSON.stringify(outcome)}`).toBe('turn.started');
  const { turnId } = outcome as Extract<ServerFrame, { type: 'turn.started' }>;
  const end = await waitFor(b.socket, from, (f) => (f.type === 'turn.finished' || f.type === 'error') && f.turnId === turnId, `the end of ${what}`);
  expect(end.type, `${what} → ${JSON.stringify(end)}`).toBe('turn.finished');
  expect(secrets.ids, what).not.toContain((end as Extract<ServerFrame, { type: 'turn.finished' }>).reply.id);
  if (call.expect === 'own-turn' && call.adopts) adopted.add(call.adopts);
}

/**
 * B sends `turn.stop` with the id of a turn A runs right now, in the thread B watches under the
 * same id. A's reply must complete, B must hear nothing of it, and A's other tab must hear it live
 * (so B's silence is isolation, not a broken live channel).
 */
async function stopARunningTurn(port: PortUnderTest, b: { socket: FrameSocket; sent: Set<string> }): Promise<void> {
  const { runner, watcher } = victimSockets.get(port.offset)!;
  // B's frames of this case so far are judged before A changes A's own data.
  await roundTrip(b.socket);
  await expectAUnchanged(`B's turn.stop frames on port +${port.offset}`);
  const threadId = victimIds(port).threads[0].id;
  watcher.send({ type: 'thread.watch', threadId });
  await roundTrip(watcher);
  let landedMidReply = false;
  try {
    for (let attempt = 1; attempt <= STOP_TRIES && !landedMidReply; attempt++) {
      const requestId = `a-live-${port.offset}-${attempt}`;
      const from = runner.frames.length;
      runner.send({ type: 'turn.start', requestId, threadId, text: LONG_QUESTION });
      const { turnId } = await waitFor<Extract<ServerFrame, { type: 'turn.started' }>>(runner, from, (f) => f.type === 'turn.started' && f.requestId === requestId, 'turn.started');
      victimTurnIds.push(turnId);
      b.sent.add(turnId);
      b.socket.send({ type: 'turn.stop', turnId });
      await roundTrip(b.socket);
      // B's stop has been handled: if A's turn was still running, the stop had its chance.
      landedMidReply = !runner.frames.slice(from).some((f) => f.type === 'turn.finished');
      const { reply } = await waitFor<Extract<ServerFrame, { type: 'turn.finished' }>>(runner, from, (f) => f.type === 'turn.finished' && f.turnId === turnId, 'turn.finished');
      expect(reply.interrupted, "B's turn.stop cut A's reply short").toBeUndefined();
      await waitFor(watcher, 0, (f) => f.type === 'message.stored' && f.message.id === reply.id, "A's reply, live in A's other tab");
    }
    expect(landedMidReply, `A's turn ended before B's stop arrived, ${STOP_TRIES} times: the case proved nothing`).toBe(true);
  } finally {
    // A changed A's own data: that is the new "before" (also after a failure, so later cases are judged alone).
    baseline = await snapshotA();
    addSecrets(baseline);
  }
}

/** The frames B's socket on that port received since the last check (`all`: every one): nothing of A's but ids B sent on it. */
function checkFrames(offset: number, all = false): void {
  const b = attackerSockets.get(offset)!;
  const allowed = new Set([...b.sent, ...adopted]);
  const frames = b.socket.frames.slice(all ? 0 : b.checked);
  b.checked = b.socket.frames.length;
  const leaked = frames.flatMap((f) => {
    const json = JSON.stringify(f);
    const leaks = leaksIn(secrets, json, allowed);
    return leaks.length ? [`${f.type} frame holds ${leaks.join(', ')}: ${json.slice(0, 300)}`] : [];
  });
  expect(leaked, `A's data in frames B received on port +${offset}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

describe('the isolation table is complete', () => {
  it('covers every route of every running demo port, and names no route that does not exist', () => {
    const served = server.workshop!.servers;
    expect(served.map((s) => s.port - server.portBase).sort(), 'ports served vs. declared demos').toEqual(PORTS.map((p) => p.offset).sort());
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const s of served) {
      const routes = expressRoutes(s.app);
      // The walk itself must work: these exist on every port.
      expect(routes).toEqual(expect.arrayContaining(['GET /api/health', 'POST /api/threads/:id/messages', 'POST /v1/responses']));
      for (const route of routes) {
        seen.add(route);
        if (!(route in HTTP_CASES)) missing.push(`${route} (port ${s.port}, ${s.demoId})`);
      }
    }
    const hint = "add each to HTTP_CASES in test/http/isolation-routes.ts: how attendee B calls it with attendee A's ids, and what B must get";
    expect(missing, `routes without an isolation case: ${hint}`).toEqual([]);
    expect(Object.keys(HTTP_CASES).filter((key) => !seen.has(key)), 'isolation cases for routes the app no longer has: remove them').toEqual([]);
  });

  it('covers every WebSocket frame type a client may send', () => {
    const types = clientFrameSchema.options.map((option) => option.shape.type.value as string);
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter((type) => !(type in WS_CASES)), 'client frame types without an isolation case: add each to WS_CASES in test/http/isolation-routes.ts').toEqual([]);
    expect(Object.keys(WS_CASES).filter((type) => !types.includes(type)), 'isolation cases for frame types the protocol no longer has').toEqual([]);
  });
});

describe("attendee B with attendee A's ids", () => {
  beforeAll(async () => {
    await setUpVictim();
    baseline = await snapshotA();
    addSecrets(baseline);
    // The checks mean something only if A's made-up words really are in A's data: messages, memories on every port, tool records.
    expect(Object.values(WORDS).filter((word) => !JSON.stringify(baseline).includes(word)), "made-up words missing from A's data").toEqual([]);
    for (const port of PORTS) {
      expect(baseline.ports[port.offset].memories.some((m) => Object.values(WORDS).some((w) => m.text.includes(w))), `A's memories on port +${port.offset}`).toBe(true);
    }
    // The ticket and the meeting (create_task keeps no record; the task is a tool memory).
    expect([WORDS.device, WORDS.colleague].filter((word) => !JSON.stringify(baseline.toolRecords).includes(word)), "A's tool records").toEqual([]);

    const b = new Attendee(server.url(0));
    const me = (await b.get('/api/me')).body;
    [attacker, attackerCookie] = [{ userId: me.userId, apiKey: me.apiKey }, b.cookie!];
    for (const port of PORTS) attackerSockets.set(port.offset, { socket: await connect(b.on(server.url(port.offset))), sent: new Set(), checked: 0 });
  }, 30_000);

  afterAll(() => {
    for (const socket of openSockets) socket.close();
    const total = [...casesRun.values()].reduce((n, c) => n + c, 0);
    const rows = [...casesRun].map(([key, n]) => `  ${String(n).padStart(4)}  ${key}`);
    console.info([`isolation table: ${total} cases over ${casesRun.size} routes and frame types on ${PORTS.length} ports`, ...rows].join('\n'));
  });

  for (const port of PORTS) {
    const where = `${port.demoId} (port +${port.offset}, ${port.agentId})`;
    const context = () => {
      const a = victimIds(port);
      return { port, a, b: attacker, probe: probeFor(port.agentId, a), says: statementsFor(port.agentId, a) };
    };

    describe(where, () => {
      for (const [route, cases] of Object.entries(HTTP_CASES)) {
        it(route, async () => {
          const calls = cases(context());
          expect(calls.length, `${route} has no case on ${where}`).toBeGreaterThan(0);
          for (const call of calls) await callHttp(port, call, `${where} ${route}`);
          tally(route, calls.length);
          await expectAUnchanged(`B's ${route} on ${where}`);
        });
      }

      for (const [type, cases] of Object.entries(WS_CASES)) {
        it(`ws ${type}`, async () => {
          const calls = cases(context());
          expect(calls.length, `${type} has no case on ${where}`).toBeGreaterThan(0);
          const { socket } = attackerSockets.get(port.offset)!;
          const from = socket.frames.length;
          for (const call of calls) await sendWs(port, call, `${where} ws ${type}`);
          // Once the pong is back every frame was handled. An error without a requestId answers a
          // watch or a stop: those must be ignored, not refused or acted on.
          await roundTrip(socket);
          expect(socket.frames.slice(from).filter((f) => f.type === 'error' && !f.requestId), `errors for B's ${type} on ${where}`).toEqual([]);
          checkFrames(port.offset);
          tally(`ws ${type}`, calls.length);
          await expectAUnchanged(`B's ${type} frames on ${where}`);
        });
      }

      // The handshake is no Express route and no frame, but it takes a user id: A's, unsigned or signed with B's signature.
      it('ws handshake with a cookie naming A', async () => {
        const { userId } = victimIds(port);
        const cookies = [`workshop_uid=${userId}`, `workshop_uid=${userId}.${'A'.repeat(43)}`, attackerCookie.replace(attacker.userId, userId)];
        for (const cookie of cookies) expect(await handshakeStatus(server.url(port.offset), cookie), cookie).toBe(401);
        tally('ws handshake', cookies.length);
      });
    });
  }

  it("no frame B received on any port, live events included, held anything of A's", async () => {
    await new Promise((r) => setTimeout(r, 100)); // the last live events are in
    for (const port of PORTS) checkFrames(port.offset, true);
    await expectAUnchanged('all of it');
  });
});
