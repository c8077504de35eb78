/**
 * The isolation table of `isolation-table.test.ts`: for every route of a demo port (method and
 * Express path, exactly as the app registers it) and every frame type a client may send over the
 * WebSocket, how attendee B (the attacker) calls it with attendee A's (the victim's) ids. The test
 * lists the routes of the running apps (`expressRoutes` below) and the frame types of the client
 * frame schema, and fails when one has no entry here: a new route cannot ship without saying how
 * it keeps attendees apart.
 *
 * Expectations are deliberately plain: a 404 for anything of A's that B names, B's own new thread
 * for a thread id B chooses, a 401 on the facilitator routes. Whatever the status, the runner checks
 * every answer and frame for A's text and ids, and A's data before and after every route. The
 * runner's plumbing (snapshot types, raw HTTP from a chosen address, frame waits) closes the file.
 */
import { randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import { expect } from 'vitest';
import type { ClientFrame, ServerFrame } from '../../server/src/contracts/ws';
import { toolCollectionKey, toolCollectionsKey, toolDataPrefix, toolRecordKey } from '../../server/src/redis/keys';
import type { FrameSocket } from './attendee';

/** One listening port of the workshop (`offset` from the base port) and the agent it serves (multi-agent: one per port). */
export interface PortUnderTest {
  demoId: string;
  offset: number;
  agentId: string;
}

/** One of A's threads with this port's agent, and its message ids. */
export interface VictimThread {
  id: string;
  userMessageIds: string[];
  /** Assistant and tool messages (a rewind to one is refused even for its owner, with 400 not 404). */
  otherMessageIds: string[];
}

/** A's ids as B substitutes them, read through A's own cookie after A's setup. */
export interface VictimIds {
  userId: string;
  /** Every thread id of A's, on every port: B may name any of them anywhere. */
  allThreadIds: string[];
  /** A's threads with this port's agent. */
  threads: VictimThread[];
  /** Every memory id of A's, on every port (the multi-agent ports share one index). */
  allMemoryIds: string[];
  /** A's finished turns. */
  turnIds: string[];
  /** A `nextCursor` A was given on this port. */
  cursor?: string;
  /** The number of A's support ticket (a tool record). */
  ticketNumber: string;
}

/** Who B is. */
export type Attacker = { userId: string; apiKey: string };

/** What a case factory gets. */
export interface CaseContext {
  port: PortUnderTest;
  a: VictimIds;
  b: Attacker;
  /** A question whose reply would show A's memories or tool records if B reached them. */
  probe: string;
  /**
   * B's statements of the same kinds as A's (a name, a city, a ticket of A's number, a meeting on
   * A's day): fact and tool record keys come from the slot, so with scopes mixed up these writes
   * would land on A's records.
   */
  says: string[];
}

/** One HTTP call of B. */
export interface HttpCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** Default: B's cookie. `cookie: null` sends none, a string is the whole (forged) Cookie header; `bearer` adds `Authorization: Bearer …`. */
  auth?: { cookie?: string | null; bearer?: string };
  /** A facilitator route: 401 (the runner decides, see its wrong-token count). */
  admin?: true;
  /** The right statuses (default 200). */
  status?: number[];
  /** A's message id as B's own `messageId` (the retry path): B's message takes it, the reply is B's new one. */
  adopts?: string;
  /** Further checks of the answer body. */
  check?: (body: any) => void;
}

/** One WebSocket frame of B, and what must come of it. */
export type WsCall =
  /** Nothing answers it: no error (checked once per case), and nothing of A's ever after. */
  | { frame: ClientFrame; expect: 'nothing' }
  | { frame: ClientFrame; expect: 'pong' }
  /** B's turn on B's own thread of that id; `adopts` as for HTTP. */
  | { frame: TurnStart; expect: 'own-turn'; adopts?: string }
  /** A rewind to one of A's messages: `error not_found`. */
  | { frame: TurnStart; expect: 'not-found' }
  /** A runs a turn on its own socket; B sends `turn.stop` with its id while it runs: A's reply completes. */
  | { expect: 'stop-a-running-turn' };

type TurnStart = Extract<ClientFrame, { type: 'turn.start' }>;

/** HTTP cases by route key (`METHOD path` as Express registered it). */
export type HttpTable = Record<string, (ctx: CaseContext) => HttpCall[]>;
/** WebSocket cases by client frame type. */
export type WsTable = Record<ClientFrame['type'], (ctx: CaseContext) => WsCall[]>;

const enc = encodeURIComponent;
const get = (path: string, status = [200], more: Partial<HttpCall> = {}): HttpCall => ({ method: 'GET', path, status, ...more });
const del = (path: string, status = [404], more: Partial<HttpCall> = {}): HttpCall => ({ method: 'DELETE', path, status, ...more });
const send = (method: 'POST' | 'PATCH', path: string, body: unknown, status = [200], more: Partial<HttpCall> = {}): HttpCall => ({ method, path, body, status, ...more });
/** A turn frame; the runner gives each its own requestId. */
const turnStart = (threadId: string, text: string, extra: { messageId?: string; rewindTo?: string } = {}): TurnStart => ({ type: 'turn.start', requestId: '', threadId, text, ...extra });
/** Thread `i` of `n` gets every n-th statement: each is said once per port and channel, in one of A's thread ids. */
const shareOf = (says: string[], i: number, n: number) => says.filter((_, j) => j % n === i);
/** An API key of the right shape around A's user id, with a made-up signature. */
const forged = (userId: string) => `${userId}.${'A'.repeat(43)}`;

/**
 * Every route, in the order its cases run on each port: reads and deletes of A's ids come before
 * B makes threads of the same ids, so their 404s are not B's own threads answering.
 */
export const HTTP_CASES: HttpTable = {
  // No identity, nothing per user: a user id in the query changes nothing.
  'GET /api/health': ({ a }) => [get(`/api/health?userId=${a.userId}`)],

  // B has no facilitator token: nothing, B's own API key, or A's user id in its place: all refused.
  'GET /api/admin/overview': ({ a, b }) => [
    get('/api/admin/overview', [], { admin: true }),
    get('/api/admin/overview', [], { admin: true, auth: { bearer: b.apiKey } }),
    get(`/api/admin/overview?userId=${a.userId}`, [], { admin: true, auth: { bearer: a.userId } }),
  ],
  'GET /api/admin/attendees/:userId': ({ a, b }) => [
    get(`/api/admin/attendees/${a.userId}`, [], { admin: true }),
    get(`/api/admin/attendees/${a.userId}`, [], { admin: true, auth: { bearer: b.apiKey } }),
  ],
  'POST /api/admin/reset': ({ port }) => [send('POST', '/api/admin/reset', { confirm: port.demoId }, [], { admin: true })],

  // /v1 with B's own API key. A conversation is a thread, so every thread id of A's is tried.
  'POST /v1/conversations': ({ a, b }) => [
    send('POST', '/v1/conversations', { metadata: { userId: a.userId } }, [200], { auth: { bearer: b.apiKey }, check: (body) => expect(a.allThreadIds).not.toContain(body.id) }),
    // A's user id where the key goes, a key forged around it, and no key at all.
    send('POST', '/v1/conversations', {}, [401], { auth: { bearer: a.userId } }),
    send('POST', '/v1/conversations', {}, [401], { auth: { bearer: `wk_${forged(a.userId)}` } }),
    send('POST', '/v1/conversations', {}, [401]),
  ],
  'GET /v1/conversations/:id': ({ a, b }) => a.allThreadIds.map((id) => get(`/v1/conversations/${enc(id)}`, [404], { auth: { bearer: b.apiKey } })),
  'GET /v1/conversations/:id/items': ({ a, b }) =>
    a.allThreadIds.flatMap((id) => [
      get(`/v1/conversations/${enc(id)}/items`, [404], { auth: { bearer: b.apiKey } }),
      get(`/v1/conversations/${enc(id)}/items?order=asc&userId=${a.userId}`, [404], { auth: { bearer: b.apiKey } }),
    ]),
  'DELETE /v1/conversations/:id': ({ a, b }) => a.allThreadIds.map((id) => del(`/v1/conversations/${enc(id)}`, [404], { auth: { bearer: b.apiKey } })),
  'POST /v1/responses': ({ a, b, port, probe }) => [
    ...a.allThreadIds.map((id) => send('POST', '/v1/responses', { model: port.agentId, input: probe, conversation: id }, [404], { auth: { bearer: b.apiKey } })),
    // The streaming path refuses before its 200; `conversation` as an object names the same thread.
    ...a.threads.map((t) =>
      send('POST', '/v1/responses', { model: port.agentId, input: [{ role: 'user', content: probe }], conversation: { id: t.id }, stream: true }, [404], { auth: { bearer: b.apiKey } }),
    ),
    // Without a conversation B gets a new one of its own, and a reply that knows nothing of A.
    send('POST', '/v1/responses', { model: port.agentId, input: probe, user: a.userId }, [200], { auth: { bearer: b.apiKey } }),
  ],

  'GET /api/demo': ({ a }) => [get(`/api/demo?userId=${a.userId}`)],

  // The user id comes from the signed cookie only: a query, a body or a forged cookie naming A changes nothing.
  'GET /api/me': ({ a, b }) => [
    get(`/api/me?userId=${a.userId}`, [200], { check: (body) => expect(body.userId).toBe(b.userId) }),
    get('/api/me', [200], { auth: { cookie: `workshop_uid=${a.userId}` }, check: (body) => expect(body.userId).not.toBe(a.userId) }),
    get('/api/me', [200], { auth: { cookie: `workshop_uid=${forged(a.userId)}` }, check: (body) => expect(body.userId).not.toBe(a.userId) }),
  ],
  'PATCH /api/me': ({ a, b }) => [
    send('PATCH', `/api/me?userId=${a.userId}`, { displayName: 'Mallory', userId: a.userId }, [200], {
      check: (body) => expect(body).toMatchObject({ userId: b.userId, displayName: 'Mallory' }),
    }),
  ],

  'GET /api/threads': ({ a }) => [
    get(`/api/threads?userId=${a.userId}`),
    get('/api/threads?limit=200'),
    // A's own cursor pages B's threads (or is refused), never A's.
    ...(a.cursor ? [get(`/api/threads?limit=1&cursor=${enc(a.cursor)}`, [200, 400])] : []),
  ],
  'GET /api/threads/:id': ({ a, port }) =>
    a.allThreadIds.flatMap((id) => [get(`/api/threads/${enc(id)}`, [404]), get(`/api/threads/${enc(id)}?agentId=${port.agentId}&userId=${a.userId}`, [404])]),
  'DELETE /api/threads/:id': ({ a, port }) => a.allThreadIds.flatMap((id) => [del(`/api/threads/${enc(id)}`), del(`/api/threads/${enc(id)}?agentId=${port.agentId}&userId=${a.userId}`)]),
  // B may choose A's thread ids: it gets a new, empty thread of its own (created: true), never A's.
  'POST /api/threads': ({ a, port }) =>
    a.allThreadIds.map((id) =>
      send('POST', '/api/threads', { id, title: 'B was here', agentId: port.agentId, userId: a.userId }, [201], {
        check: (body) => expect(body).toMatchObject({ created: true, thread: { id, title: 'B was here', messageCount: 0 } }),
      }),
    ),
  'POST /api/threads/:id/messages': ({ a, probe, says }) =>
    a.threads.flatMap((t, i) => {
      const path = `/api/threads/${enc(t.id)}/messages`;
      return [
        // Every message of A's as the rewind target, in B's thread of the same id.
        ...[...t.userMessageIds, ...t.otherMessageIds].map((rewindTo) => send('POST', path, { text: probe, rewindTo }, [404])),
        // A's message ids as B's own: were histories shared, this retry would answer A's stored reply.
        ...t.userMessageIds.map((messageId) => send('POST', path, { text: probe, messageId }, [200], { adopts: messageId })),
        send('POST', path, { text: probe, userId: a.userId }),
        ...shareOf(says, i, a.threads.length).map((text) => send('POST', path, { text })),
        // B drops its own thread of that id again (A's stays): the WebSocket rewinds then meet none of B's messages.
        del(`/api/threads/${enc(t.id)}`, [204]),
      ];
    }),

  'GET /api/memories': ({ a }) => [
    get(`/api/memories?userId=${a.userId}&limit=1000`),
    // Injection-looking queries are just text (DESIGN §4).
    get(`/api/memories?q=${enc('@user_id:{*}')}`),
    get(`/api/memories?q=${enc(`${a.userId} * | -x`)}`),
    ...a.allThreadIds.map((id) => get(`/api/memories?threadId=${enc(id)}`)),
  ],
  'PATCH /api/memories/:id': ({ a, port }) =>
    a.allMemoryIds.flatMap((id) => [
      send('PATCH', `/api/memories/${enc(id)}`, { text: 'B overwrote this' }, [404]),
      send('PATCH', `/api/memories/${enc(id)}?userId=${a.userId}`, { text: 'B overwrote this', agentId: port.agentId }, [404]),
    ]),
  'DELETE /api/memories/:id': ({ a }) => a.allMemoryIds.map((id) => del(`/api/memories/${enc(id)}?userId=${a.userId}`)),
  // Forgets every memory of B's; A's stay (A's data is compared after every route).
  'DELETE /api/memories': ({ a }) => [del(`/api/memories?userId=${a.userId}`, [200]), ...a.threads.map((t) => del(`/api/memories?threadId=${enc(t.id)}`, [200]))],

  'GET /api/redis': ({ a }) => [get(`/api/redis?userId=${a.userId}`)],

  // The built UI's pages: one static file for everyone (404 ui_not_built when web/dist is missing).
  'GET /': () => [get('/', [200, 404])],
  'GET /side-by-side': () => [get('/side-by-side', [200, 404])],
  'GET /facilitator': () => [get('/facilitator', [200, 404])],
};

/** Every client frame type (`clientFrameSchema`). */
export const WS_CASES: WsTable = {
  // Watching A's thread ids: B hears nothing of A's turns (the stop case below runs one of A's).
  'thread.watch': ({ a }) => a.allThreadIds.map((threadId) => ({ frame: { type: 'thread.watch', threadId }, expect: 'nothing' as const })),
  'turn.start': ({ a, probe, says }) =>
    a.threads.flatMap((t, i): WsCall[] => [
      ...[...t.userMessageIds, ...t.otherMessageIds].map((rewindTo) => ({ frame: turnStart(t.id, probe, { rewindTo }), expect: 'not-found' as const })),
      ...t.userMessageIds.map((messageId) => ({ frame: turnStart(t.id, probe, { messageId }), expect: 'own-turn' as const, adopts: messageId })),
      { frame: turnStart(t.id, probe), expect: 'own-turn' },
      ...shareOf(says, i, a.threads.length).map((text): WsCall => ({ frame: turnStart(t.id, text), expect: 'own-turn' })),
    ]),
  // A's finished turns, then one A is running right now: B's stop reaches neither.
  'turn.stop': ({ a }) => [...a.turnIds.map((turnId) => ({ frame: { type: 'turn.stop' as const, turnId }, expect: 'nothing' as const })), { expect: 'stop-a-running-turn' }],
  ping: () => [{ frame: { type: 'ping' }, expect: 'pong' }],
};

/** The question B asks each agent. */
export function probeFor(agentId: string, a: Pick<VictimIds, 'ticketNumber'>): string {
  if (agentId === 'support_agent') return `What is the status of ticket ${a.ticketNumber}?`;
  if (agentId === 'agent_work') return "What's on my calendar tomorrow?";
  return 'What do you know about me?';
}

/** What B tells each agent about itself: the same slots as A's facts and tool records, other values. */
export function statementsFor(agentId: string, a: Pick<VictimIds, 'ticketNumber'>): string[] {
  if (agentId === 'support_agent') return [`Hello — ticket ${a.ticketNumber}: the office printer prints empty pages since yesterday.`, 'I already tried restarting the printer twice.'];
  if (agentId === 'agent_work') return ['remind me to send the budget report by Thursday', 'book a meeting with Priya tomorrow at 3pm'];
  if (agentId === 'agent_personal') return ['My name is Mallory and I love chess.'];
  return ['My name is Mallory Stone.', 'I live in Leeds.', 'My favourite food is pizza.'];
}

interface RouterLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
  rawPath?: unknown;
}

/**
 * Every `METHOD path` an Express 5 app answers, from its router stack: the routes of the app and
 * of every router mounted in it, mount path in front. Middleware that is no route (the identity
 * cookie, body parsing, static assets, the JSON 404) is not listed.
 */
export function expressRoutes(app: unknown): string[] {
  const routes = new Set<string>();
  const walk = (stack: RouterLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const { path, methods } = layer.route;
        for (const p of [path].flat()) for (const m of Object.keys(methods).filter((k) => methods[k])) routes.add(`${m === '_all' ? 'ALL' : m.toUpperCase()} ${prefix}${String(p)}`);
      } else if (Array.isArray(layer.handle?.stack)) {
        walk(layer.handle.stack, prefix + (typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : ''));
      }
    }
  };
  walk((app as { router: { stack: RouterLayer[] } }).router.stack, '');
  return [...routes];
}

/** A made-up word, new on every run (`Zorvankalpim`): one in B's answers can only come from A's data. */
export function madeUpWord(): string {
  const syllables = ['zor', 'van', 'quil', 'mab', 'tes', 'rin', 'dov', 'kal', 'bre', 'nux', 'fex', 'yol', 'gar', 'pim'];
  const word = [...randomBytes(4)].map((byte) => syllables[byte % syllables.length]).join('');
  return word[0].toUpperCase() + word.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Plumbing of the runner

/** `texts` B must never receive (compared without case); `ids` only in the answer to a request that named them (a 404 may echo the id asked for). */
export interface Secrets {
  texts: string[];
  ids: string[];
}
/** What A reads of A's data on one port, through A's own cookie. */
export interface PortSnapshot {
  threads: unknown[];
  details: Record<string, { messages: Array<{ id: string; role: string; toolCalls?: Array<{ id: string }>; toolCallId?: string }> }>;
  memories: Array<{ id: string; text: string }>;
  /** `GET /api/redis` without what other attendees change (used memory, the whole index's size). */
  redis: unknown;
}
/** All of A's data: identity, every port, tool records. */
export interface Snapshot {
  me: { userId: string; displayName: string; apiKey: string };
  ports: Record<number, PortSnapshot>;
  toolRecords: Record<string, Record<string, string>>;
}

/** Every id in A's data (and `known` ones), and A's made-up words, API key, its signature and display name. */
export function secretsOf(snapshot: Snapshot, words: string[], known: string[]): Secrets {
  const ids = new Set<string>([...known, snapshot.me.userId]);
  for (const port of Object.values(snapshot.ports)) {
    for (const memory of port.memories) ids.add(memory.id);
    for (const message of Object.values(port.details).flatMap((d) => d.messages)) {
      ids.add(message.id);
      for (const call of message.toolCalls ?? []) ids.add(call.id);
      if (message.toolCallId) ids.add(message.toolCallId);
    }
  }
  return { texts: [...words, snapshot.me.apiKey, snapshot.me.apiKey.split('.')[1], snapshot.me.displayName], ids: [...ids] };
}

/** Secrets in what B received: texts anywhere (without case: a reply may capitalise), ids unless `allowedIds` names them. */
export function leaksIn(secrets: Secrets, haystack: string, allowedIds: Set<string>): string[] {
  const lower = haystack.toLowerCase();
  return [...secrets.texts.filter((text) => lower.includes(text.toLowerCase())), ...secrets.ids.filter((id) => haystack.includes(id) && !allowedIds.has(id))];
}

/** A user's demo tool records (tickets, bookings) straight from Redis: no route reads them. */
export async function readToolRecords(redis: Redis, memoryPrefixes: Iterable<string>, userId: string): Promise<Record<string, Record<string, string>>> {
  const prefixes = [...new Set([...memoryPrefixes].map(toolDataPrefix))];
  const perPrefix = await Promise.all(
    prefixes.map(async (prefix) => {
      const collections = await redis.smembers(toolCollectionsKey(prefix, userId));
      return (await Promise.all(collections.map(async (c) => (await redis.smembers(toolCollectionKey(prefix, userId, c))).map((id) => toolRecordKey(prefix, userId, c, id))))).flat();
    }),
  );
  const keys = perPrefix.flat().sort();
  const hashes = await Promise.all(keys.map((key) => redis.hgetall(key)));
  return Object.fromEntries(keys.map((key, i) => [key, hashes[i]]));
}

/** One HTTP request from a chosen local address (which fetch cannot pick). */
export function sendFrom(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; localAddress?: string },
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method, headers: init.headers, localAddress: init.localAddress }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The first frame from index `from` on that passes `test`, once there is one (polling: no stray timers). */
export async function waitFor<T extends ServerFrame = ServerFrame>(socket: FrameSocket, from: number, test: (f: ServerFrame) => boolean, what: string): Promise<T> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 5))) {
    const found = socket.frames.slice(from).find(test);
    if (found) return found as T;
  }
  throw new Error(`no ${what} within 10 s; got ${socket.frames.slice(from).map((f) => f.type).join(', ')}`);
}

/** A ping and its pong: every frame sent before it has been handled by then. */
export async function roundTrip(socket: FrameSocket): Promise<void> {
  const from = socket.frames.length;
  socket.send({ type: 'ping' });
  await waitFor(socket, from, (f) => f.type === 'pong', 'pong');
}

/** The status a `/ws` handshake with this Cookie header gets (101 when it opens). */
export function handshakeStatus(baseUrl: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, { headers: { cookie } });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => (ws.close(), resolve(101)));
    ws.on('error', reject);
  });
}
