/** The HTTP contract: its schemas take the answers the server really sends and refuse wrong ones. */
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from './error-codes';
import {
  adminOverviewSchema,
  apiErrorSchema,
  attendeeDetailSchema,
  createThreadAnswerSchema,
  createThreadBodySchema,
  demoInfoSchema,
  healthSchema,
  memoryAnswerSchema,
  memoryListQuerySchema,
  memoryListSchema,
  meSchema,
  noContentSchema,
  postMessageBodySchema,
  redisInfoSchema,
  resetAnswerSchema,
  threadDetailSchema,
  threadListSchema,
  turnAnswerSchema,
  updateMeBodySchema,
} from './http';

// Answers as a workshop on the offline model sends them (ids and times shortened).
const redis = { connected: true, version: '8.2.1', cluster: false, search: 'fallback' } as const;
const health = { status: 'ok', redis, model: { provider: 'offline', model: 'offline-demo-model', embedder: { name: 'offline-hashing', dimensions: 256 } } };
const scope = { applicationId: 'redis_agent_workshop', agentId: 'support_agent', userId: '(you)', strategy: 'per-thread' };
const memory = { indexName: 'idx:memory_persistence', prefix: 'memory_persistence', scope, vector: { field: 'embedding', dimensions: 256, distance: 'COSINE', embedder: 'offline-hashing' } };
const history = { keyPrefix: 'chat_messages', maxMessages: 50, ttlSeconds: null };
const ticketTool = {
  name: 'get_ticket_status',
  description: 'Look up a support ticket by its number.',
  parameters: { type: 'object', properties: { ticketId: { type: 'string', description: 'Ticket number' } }, required: ['ticketId'] },
};
const agent = { id: 'support_agent', name: 'Support Agent', description: 'Handles support tickets.', port: 8001, memory, history, tools: [ticketTool], defaultThreadId: 'support_ticket_12345' };
const demo = { id: 'persistence', title: 'Persistence', description: 'Survives a restart.', port: 8001, agents: [agent], memory, history, defaultThreadId: 'support_ticket_12345' };
const thread = { id: 'support_ticket_12345', title: 'What is the status of ticket 12345?', messageCount: 4, updatedAt: 1_760_000_001_000, createdAt: 1_760_000_000_000 };
const call = { id: 'call_1', name: 'get_ticket_status', arguments: { ticketId: '12345' } };
const userMessage = { id: 'm1', role: 'user', text: 'What is the status of ticket 12345?', createdAt: 1, authorName: 'Ada' };
const toolStep = { id: 'm2', role: 'assistant', text: '', createdAt: 2, authorName: 'Support Agent', toolCalls: [call] };
const toolResult = { id: 'm3', role: 'tool', text: '{"status":"open"}', createdAt: 3, toolCallId: 'call_1', toolName: 'get_ticket_status' };
const reply = { id: 'm4', role: 'assistant', text: 'Ticket 12345 is open.', createdAt: 4, authorName: 'Support Agent' };
const fact = { id: 'fact_1', kind: 'fact', text: 'User lives in Lisbon.', agentId: 'personal_assistant', userId: 'u_0123456789abcdef', createdAt: 5, role: 'user', threadId: 'mine' };
const timings = { memorySearch: 1.2, model: 3.4, tools: 0.5, historyWrite: 0.7, memoryWrite: 0.8, total: 6.6 };

/** The dotted path of the first issue `schema` finds in `value`. */
function firstIssue(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } } }, value: unknown): string {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues[0].path.map(String).join('.');
}

describe('HTTP contract: answers', () => {
  it('health: ok, and degraded (503) with text search only and warnings', () => {
    expect(healthSchema.parse(health)).toEqual(health);
    const degraded = { status: 'degraded', redis: { connected: false, version: '8.2.1', cluster: false, search: 'fallback' }, model: { provider: 'azure', model: 'gpt-4o', embedder: null, warnings: ['no embedding deployment'] } };
    expect(healthSchema.parse(degraded)).toEqual(degraded);
    expect(firstIssue(healthSchema, { ...health, model: { provider: 'offline', model: 'm' } })).toBe('model.embedder');
    expect(firstIssue(healthSchema, { ...health, status: 'down' })).toBe('status');
  });

  it('demo: one agent with its default thread, several with peers; the vector field or null', () => {
    expect(demoInfoSchema.parse(demo)).toEqual(demo);
    const textOnly = { ...memory, vector: null };
    const multi = { ...demo, agents: [{ ...agent, memory: textOnly }], memory: textOnly, defaultThreadId: undefined, peers: [{ agentId: 'agent_personal', name: 'Personal Agent', port: 8002 }] };
    expect(demoInfoSchema.parse(multi).peers).toHaveLength(1);
    expect(firstIssue(demoInfoSchema, { ...demo, agents: [{ ...agent, port: undefined }] })).toBe('agents.0.port');
    expect(firstIssue(demoInfoSchema, { ...demo, agents: [{ ...agent, tools: undefined }] })).toBe('agents.0.tools');
    expect(firstIssue(demoInfoSchema, { ...demo, agents: [{ ...agent, tools: [{ ...ticketTool, parameters: 'object' }] }] })).toBe('agents.0.tools.0.parameters');
    expect(firstIssue(demoInfoSchema, { ...demo, memory: { ...memory, vector: { ...memory.vector, distance: 'L2' } } })).toBe('memory.vector.distance');
    expect(firstIssue(demoInfoSchema, { ...demo, memory: { ...memory, scope: { ...scope, strategy: 'per-user' } } })).toBe('memory.scope.strategy');
  });

  it('me, threads, a created thread and a thread with its messages', () => {
    const me = { userId: 'u_0123456789abcdef', displayName: 'Ada', apiKey: 'wk_u_0123456789abcdef.sig' };
    expect(meSchema.parse(me)).toEqual(me);
    expect(meSchema.safeParse({ userId: 'u_1', displayName: 'Ada' }).success).toBe(false);
    expect(threadListSchema.parse({ threads: [thread] })).toEqual({ threads: [thread] });
    expect(createThreadAnswerSchema.parse({ thread, created: false })).toEqual({ thread, created: false });
    const detail = { thread, agentId: 'support_agent', key: 'chat_messages:support_agent:u_0123456789abcdef:support_ticket_12345', maxMessages: 50, ttlSeconds: null, ttlRemaining: -1, messages: [userMessage, toolStep, toolResult, reply] };
    expect(threadDetailSchema.parse(detail)).toEqual(detail);
    expect(firstIssue(threadListSchema, { threads: [{ ...thread, updatedAt: '2025-01-01' }] })).toBe('threads.0.updatedAt');
    expect(firstIssue(threadDetailSchema, { ...detail, messages: [{ ...reply, role: 'bot' }] })).toBe('messages.0.role');
  });

  it('a turn: messages, the memories it used, tool calls and timings', () => {
    const turn = {
      threadId: 'support_ticket_12345',
      agentId: 'support_agent',
      turnId: 'turn_1',
      userMessage,
      reply,
      memoriesUsed: [{ id: 'fact_1', text: 'User lives in Lisbon.', score: 0.82, kind: 'fact' }],
      toolCalls: [call],
      timings,
    };
    expect(turnAnswerSchema.parse(turn)).toEqual(turn);
    expect(firstIssue(turnAnswerSchema, { ...turn, memoriesUsed: [{ id: 'x', text: 'y', kind: 'fact' }] })).toBe('memoriesUsed.0.score');
    expect(firstIssue(turnAnswerSchema, { ...turn, timings: { ...timings, total: undefined } })).toBe('timings.total');
    // What the model call was sent: long texts are previews, `chars` their full length.
    const sent = (text: string, tokens: number) => ({ text, chars: text.length, tokens });
    const context = {
      call: 1,
      instructions: { ...sent('You are a support agent.', 9), chars: 5000, truncated: true },
      history: { messages: [{ role: 'user', ...sent('My router reboots.', 7) }], count: 1, tokens: 7, window: 40 },
      userMessage: sent(userMessage.text, 12),
      toolRounds: { messages: [], count: 0, tokens: 0 },
      tools: { names: ['get_ticket_status'], tokens: 30 },
      tokens: 70,
      turnTokens: 70,
      tokenizer: 'o200k_base',
    };
    expect(turnAnswerSchema.parse({ ...turn, context })).toEqual({ ...turn, context });
    expect(firstIssue(turnAnswerSchema, { ...turn, context: { ...context, history: { ...context.history, window: undefined } } })).toBe('context.history.window');
  });

  it('memories: a list (ranked with scores), one edited, and the count forgotten', () => {
    const list = { engine: 'redisearch', items: [fact, { ...fact, id: 'fact_2', score: 0.5 }] };
    expect(memoryListSchema.parse(list)).toEqual(list);
    expect(memoryAnswerSchema.parse({ memory: fact })).toEqual({ memory: fact });
    expect(firstIssue(memoryListSchema, { ...list, engine: 'elastic' })).toBe('engine');
    expect(firstIssue(memoryListSchema, { ...list, items: [{ ...fact, kind: 'note' }] })).toBe('items.0.kind');
  });

  it("the Redis view: status with memory used, how to connect, the index and the caller's keys and records", () => {
    const view = {
      redis: { ...redis, usedMemory: 1_234_567, usedMemoryHuman: '1.18M' },
      connection: { host: '127.0.0.1', port: 6390, tls: false, cluster: false, db: 0, local: true, command: 'redis-cli -p 6390' },
      index: { engine: 'fallback', indexName: 'idx:memory_preferences', prefix: 'memory_preferences', documents: 4, yourDocuments: 3 },
      keys: [
        { key: 'chat_messages:personal_assistant:u_1:mine', type: 'list', length: 2, ttl: -1 },
        { key: 'memory_preferences:* (fact)', type: 'hash', length: 3, kind: 'fact', ttl: -1 },
      ],
      records: [{ id: 'fact_1', key: 'memory_preferences:fact_1', kind: 'fact', agentId: 'personal_assistant', threadId: 'mine', text: 'User lives in Lisbon.' }],
    };
    expect(redisInfoSchema.parse(view)).toEqual(view);
    expect(redisInfoSchema.parse({ ...view, redis })).toEqual({ ...view, redis });
    expect(firstIssue(redisInfoSchema, { ...view, keys: [{ key: 'k', type: 'stream', length: 1, ttl: -1 }] })).toBe('keys.0.type');
    expect(firstIssue(redisInfoSchema, { ...view, index: undefined })).toBe('index');
    expect(firstIssue(redisInfoSchema, { ...view, index: { ...view.index, yourDocuments: undefined } })).toBe('index.yourDocuments');
    expect(firstIssue(redisInfoSchema, { ...view, records: [{ ...view.records[0], key: undefined }] })).toBe('records.0.key');
    expect(firstIssue(redisInfoSchema, { ...view, connection: { ...view.connection, command: undefined } })).toBe('connection.command');
  });

  it('the facilitator: overview, one attendee, a reset', () => {
    const overview = {
      demos: [{ id: 'preferences', port: 8000, attendees: 1, threads: 2, memories: 4 }],
      attendees: [{ userId: 'u_0123456789abcdef', displayName: 'Ada', demos: { preferences: { threads: 2, memories: 4 } } }],
    };
    expect(adminOverviewSchema.parse(overview)).toEqual(overview);
    const adminThread = { ...thread, key: 'chat_messages:support_agent:u_0123456789abcdef:support_ticket_12345', messages: [userMessage, toolStep, toolResult, reply] };
    const activity = { id: 'support_agent', name: 'Support Agent', port: 8001, threads: [adminThread], memories: [fact] };
    const detail = { userId: 'u_0123456789abcdef', displayName: 'Ada', demos: [{ id: 'persistence', title: 'Persistence', port: 8001, agents: [activity] }] };
    expect(attendeeDetailSchema.parse(detail)).toEqual(detail);
    expect(resetAnswerSchema.parse({ deletedThreads: 1, deletedMemories: 0 })).toEqual({ deletedThreads: 1, deletedMemories: 0 });
    expect(firstIssue(attendeeDetailSchema, { ...detail, demos: [{ ...detail.demos[0], agents: [{ ...activity, threads: [thread] }] }] })).toBe('demos.0.agents.0.threads.0.key');
    expect(firstIssue(adminOverviewSchema, { ...overview, attendees: [{ ...overview.attendees[0], demos: { preferences: { threads: 2 } } }] })).toBe('attendees.0.demos.preferences.memories');
  });

  it('keeps only the fields it names (an answer never carries more)', () => {
    expect(meSchema.parse({ userId: 'u_1', displayName: 'Ada', apiKey: 'wk_x', secret: 'x' })).toEqual({ userId: 'u_1', displayName: 'Ada', apiKey: 'wk_x' });
  });

  it('204 answers have no body', () => {
    expect(noContentSchema.safeParse(undefined).success).toBe(true);
    expect(noContentSchema.safeParse({}).success).toBe(false);
  });
});

describe('HTTP contract: errors', () => {
  it('takes every API error code in the envelope, and nothing else', () => {
    for (const code of API_ERROR_CODES) expect(apiErrorSchema.parse({ error: { code, message: 'm' } }).error.code).toBe(code);
    expect(firstIssue(apiErrorSchema, { error: { code: 'teapot', message: 'm' } })).toBe('error.code');
    expect(firstIssue(apiErrorSchema, { error: { code: 'not_found' } })).toBe('error.message');
    expect(firstIssue(apiErrorSchema, { message: 'Not Found' })).toBe('error');
  });
});

describe('HTTP contract: requests', () => {
  it('a message needs its text (the error says what it is for)', () => {
    expect(postMessageBodySchema.parse({ text: 'Hi', messageId: 'm1' })).toEqual({ text: 'Hi', messageId: 'm1' });
    const result = postMessageBodySchema.safeParse({});
    expect(result.error?.issues[0].message).toBe('text is required (the message to send)');
    expect(postMessageBodySchema.safeParse({ text: 'Hi', messageId: '' }).success).toBe(false);
  });

  it('a display name is trimmed, 1-60 characters, without control characters', () => {
    expect(updateMeBodySchema.parse({ displayName: '  Ada ' })).toEqual({ displayName: 'Ada' });
    for (const displayName of ['   ', 'x'.repeat(61), 'A\u0007da']) expect(updateMeBodySchema.safeParse({ displayName }).success).toBe(false);
  });

  it('thread ids and titles have limits; memory queries coerce the limit', () => {
    expect(createThreadBodySchema.safeParse({ id: 'x'.repeat(129) }).success).toBe(false);
    expect(createThreadBodySchema.safeParse({ title: 'x'.repeat(201) }).success).toBe(false);
    expect(memoryListQuerySchema.parse({ q: 'pizza', limit: '5' })).toEqual({ q: 'pizza', limit: 5 });
    expect(firstIssue(memoryListQuerySchema, { limit: '0' })).toBe('limit');
  });
});
