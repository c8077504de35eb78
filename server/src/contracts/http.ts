/**
 * The HTTP API between the server and the browser (DESIGN §6 and docs/api.md), as zod schemas:
 * every request body and query, and every answer. The routes build their answers through these
 * schemas (`send` in `devui/wire.ts`) and parse their requests with them; the web app imports this very
 * file (as `@protocol`) and validates every answer with it, so both sides agree on one shape.
 *
 * Answer schemas are objects that drop unknown keys: a field the server sends must be named here
 * or it never leaves the server.
 */
import { z } from 'zod';
import { API_ERROR_CODES } from './error-codes';
import { ENGINE_NAMES } from './names';
import { memorySchema, messageSchema, modelCallContextSchema, redisStatusSchema, timingsSchema, toolCallSchema } from './ws';

// `GET /api/redis` lives in its own file; re-exported so this module stays the one HTTP contract.
export * from './redis-view';

const engineSchema = z.enum(ENGINE_NAMES);
/** `?agentId=` / `{agentId}`: one of the agents this port serves (another one answers 404). */
const agentIdField = z.string().max(100).optional();
/** Thread ids: letters, digits and `_ - . :`, at most 128 (checked by the server like history keys). */
const threadIdField = z.string().max(128);

// ---------------------------------------------------------------------------------------------
// Errors

/** `{"error": {code, message}}`: every 4xx/5xx answer of the API (DESIGN §6). */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string() }),
});

/** The body of a `204 No Content` answer (`DELETE /api/threads/:id`, `DELETE /api/memories/:id`): none. */
export const noContentSchema = z.undefined();

// ---------------------------------------------------------------------------------------------
// GET /api/health

/** The embedding model behind vector search, e.g. `openai:text-embedding-3-small`. */
export const embedderInfoSchema = z.object({ name: z.string(), dimensions: z.number() });

/** The model answering, and the embedder behind vector search (`null` = text search only). */
export const modelInfoSchema = z.object({
  /**
   * One of `MODEL_PROVIDERS` (`offline`, `azure`, `openai`). An open string on the wire, so a page
   * still shows a provider a newer server adds (`providerLabel` shows it as it is).
   */
  provider: z.string(),
  /** The model or deployment name. */
  model: z.string(),
  /** `null`: no embedder, memory search is text only (`warnings` says why when it was asked for). */
  embedder: embedderInfoSchema.nullable(),
  /** Model settings the server worked around at start; absent when there are none. */
  warnings: z.array(z.string()).optional(),
});

/** `GET /api/health`: 200, or 503 with the same body while Redis is unreachable. */
export const healthSchema = z.object({
  /** `degraded`: Redis unreachable (503). `busy`: the server is at its bound of running turns; Redis is fine. */
  status: z.enum(['ok', 'degraded', 'busy']),
  redis: redisStatusSchema,
  /** Turns running and waiting in this server process (see WORKSHOP_TURNS_AT_ONCE). */
  turns: z.object({ running: z.number(), queued: z.number(), saturated: z.boolean() }).optional(),
  model: modelInfoSchema,
});

// ---------------------------------------------------------------------------------------------
// GET /api/demo

/** The vector field of a memory index; `null` in `vector` = text search only. */
export const memoryVectorSchema = z.object({
  field: z.literal('embedding'),
  dimensions: z.number(),
  distance: z.literal('COSINE'),
  /** Name of the embedder that fills the field. */
  embedder: z.string(),
});

/** Whose memories an agent searches: always the caller's (`userId` is shown as `(you)`). */
export const memoryScopeSchema = z.object({
  applicationId: z.string(),
  agentId: z.string(),
  userId: z.literal('(you)'),
  strategy: z.enum(['global', 'per-thread']),
});

/** A demo's or an agent's memory settings: index, prefix, scope and vector field. */
export const demoMemorySchema = z.object({
  indexName: z.string(),
  prefix: z.string(),
  scope: memoryScopeSchema,
  vector: memoryVectorSchema.nullable(),
});

/** History LIST settings; `null` = not set (no trimming, no TTL). */
export const demoHistorySchema = z.object({
  keyPrefix: z.string(),
  maxMessages: z.number().nullable(),
  ttlSeconds: z.number().nullable(),
});

/** A tool an agent may call: what the model is told about it (its arguments as JSON Schema). */
export const demoToolSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** JSON Schema of the arguments object, as the model receives it. */
  parameters: z.record(z.string(), z.unknown()),
});

/** One agent this port serves. */
export const demoAgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** The port serving this agent's page. */
  port: z.number(),
  memory: demoMemorySchema,
  history: demoHistorySchema,
  /** The tools the agent may call, in the order the model is offered them. */
  tools: z.array(demoToolSchema),
  /** The thread a page opens first when the attendee has none (persistence: `support_ticket_12345`). */
  defaultThreadId: z.string().optional(),
});

/** Every agent of a multi-agent demo with its port (only on multi-agent ports). */
export const demoPeerSchema = z.object({ agentId: z.string(), name: z.string(), port: z.number() });

/** `GET /api/demo`: `memory`, `history` and `defaultThreadId` are those of the port's first agent. */
export const demoInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  port: z.number(),
  agents: z.array(demoAgentSchema),
  memory: demoMemorySchema,
  history: demoHistorySchema,
  defaultThreadId: z.string().optional(),
  peers: z.array(demoPeerSchema).optional(),
});

// ---------------------------------------------------------------------------------------------
// GET/PATCH /api/me

/** A display name: trimmed, 1-60 characters, no control characters. */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(60, 'must be at most 60 characters')
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'must not contain control characters');

/** `PATCH /api/me` body. */
export const updateMeBodySchema = z.object({ displayName: displayNameSchema });

/** `GET /api/me`, `PATCH /api/me`: the caller, identified by the cookie. */
export const meSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  /** The attendee's bearer token for the OpenAI-compatible `/v1` endpoints; valid across restarts. */
  apiKey: z.string(),
});

// ---------------------------------------------------------------------------------------------
// Threads

/** One thread of the caller (times in ms since the epoch). */
export const threadSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** LLEN of the thread's history LIST. */
  messageCount: z.number(),
  updatedAt: z.number(),
  createdAt: z.number(),
});

/** `?agentId=` of the thread routes. */
export const agentQuerySchema = z.object({ agentId: agentIdField });

/**
 * Most threads one attendee keeps with one agent. One more is refused with `409 too_many_threads`
 * on every route that creates one: `POST /api/threads`, a turn on a new thread id (HTTP or
 * WebSocket) and `/v1` (a new conversation, a response without one).
 */
export const MAX_THREADS_PER_AGENT = 200;

/** `GET /api/threads` page size without `limit`. */
export const THREAD_PAGE_SIZE = 50;

/** `?agentId=&limit=&cursor=` of `GET /api/threads`: `cursor` is a page's `nextCursor`, as it was given. */
export const threadListQuerySchema = agentQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_THREADS_PER_AGENT).optional(),
  cursor: z.string().max(200).optional(),
});

/**
 * `GET /api/threads`: one page, newest update first. `nextCursor` is present when older threads
 * follow (pass it as `?cursor=` for the next page); a thread updated while paging moves to the first page.
 */
export const threadListSchema = z.object({ threads: z.array(threadSchema), nextCursor: z.string().optional() });

/** `POST /api/threads`: without `id` the server picks `thread_<uuid>`. */
export const createThreadBodySchema = z.object({ id: threadIdField.optional(), title: z.string().max(200).optional(), agentId: agentIdField });

/** `POST /api/threads`: `201 {created: true}` for a new thread, `200 {created: false}` for one that exists. */
export const createThreadAnswerSchema = z.object({ thread: threadSchema, created: z.boolean() });

/** `GET /api/threads/:id`: the thread and what its Redis LIST holds. */
export const threadDetailSchema = z.object({
  thread: threadSchema,
  agentId: z.string(),
  /** The Redis key of the history LIST. */
  key: z.string(),
  /** The configured limit and TTL (`null`: none). */
  maxMessages: z.number().nullable(),
  ttlSeconds: z.number().nullable(),
  /** Seconds before the key expires, read from Redis; `-1` when it has no TTL (or no key yet). */
  ttlRemaining: z.number(),
  messages: z.array(messageSchema),
});

/**
 * `POST /api/threads/:id/messages`. `text` must not be blank (400) and is at most
 * `MAX_MESSAGE_CHARS` (413 `message_too_long`); the server checks both after this schema.
 * `messageId` makes a retry idempotent.
 */
export const postMessageBodySchema = z.object({
  text: z.string({ error: 'text is required (the message to send)' }),
  agentId: agentIdField,
  messageId: z.string().min(1).max(100).optional(),
  /** Edit and resend / regenerate: a user message of this thread to remove, with what follows it, before the turn. */
  rewindTo: z.string().min(1).max(256).optional(),
});

/** What a rewind removed: the messages from `fromMessageId` on, and the memories they had taught. */
export const rewoundSchema = z.object({
  fromMessageId: z.string(),
  removedMessageIds: z.array(z.string()),
  forgottenMemoryIds: z.array(z.string()),
});

/** A memory the turn injected into the prompt. */
export const memoryUsedSchema = z.object({ id: z.string(), text: z.string(), score: z.number(), kind: memorySchema.shape.kind });

/** `POST /api/threads/:id/messages`: one whole turn, not streamed. */
export const turnAnswerSchema = z.object({
  threadId: z.string(),
  agentId: z.string(),
  turnId: z.string(),
  userMessage: messageSchema,
  reply: messageSchema,
  memoriesUsed: z.array(memoryUsedSchema),
  toolCalls: z.array(toolCallSchema),
  timings: timingsSchema,
  /** What the turn's last model call was sent (as the `turn.context` frame carries it). */
  context: modelCallContextSchema.optional(),
  /** Present when the request carried `rewindTo`. */
  rewound: rewoundSchema.optional(),
});

// ---------------------------------------------------------------------------------------------
// Memories

/** `GET /api/memories?q=&agentId=&threadId=&limit=`: ranked by the engine (with `score`) when `q` is given. */
export const memoryListQuerySchema = z.object({
  q: z.string().max(1000).optional(),
  agentId: agentIdField,
  /** Per-thread demos: only this thread's memories. */
  threadId: threadIdField.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** `?agentId=&threadId=` of `DELETE /api/memories`, `DELETE /api/memories/:id` and `PATCH /api/memories/:id`. */
export const memoryScopeQuerySchema = z.object({ agentId: agentIdField, threadId: threadIdField.optional() });

/** The `:id` of the memory routes. */
export const memoryIdSchema = z.string().min(1).max(200);

/** `GET /api/memories`. */
export const memoryListSchema = z.object({ engine: engineSchema, items: z.array(memorySchema) });

/** `PATCH /api/memories/:id`. */
export const updateMemoryBodySchema = z.object({ text: z.string({ error: 'text is required (the new memory text)' }), agentId: agentIdField });

/** `PATCH /api/memories/:id`: the memory as stored now. */
export const memoryAnswerSchema = z.object({ memory: memorySchema });

/** `DELETE /api/memories`: how many of the caller's memories were forgotten. */
export const deletedMemoriesSchema = z.object({ deleted: z.number() });

// ---------------------------------------------------------------------------------------------
// Facilitator (`Authorization: Bearer <token>`)

const countsSchema = z.object({ threads: z.number(), memories: z.number() });

/** Counts of one demo of the process. */
export const demoCountsSchema = z.object({ id: z.string(), port: z.number(), attendees: z.number(), threads: z.number(), memories: z.number() });

/** One attendee, with counts per demo they used (keyed by demo id). */
export const attendeeOverviewSchema = z.object({ userId: z.string(), displayName: z.string(), demos: z.record(z.string(), countsSchema) });

/** `GET /api/admin/overview`: every demo of the process and every attendee. */
export const adminOverviewSchema = z.object({ demos: z.array(demoCountsSchema), attendees: z.array(attendeeOverviewSchema) });

/** Most messages per thread, and most memories per agent, the facilitator's attendee detail carries (the newest). */
export const ADMIN_THREAD_MESSAGES = 200;
export const ADMIN_AGENT_MEMORIES = 1000;

/** One thread of an attendee: its summary, its history key and its newest messages (oldest first). */
export const adminThreadSchema = threadSchema.extend({
  key: z.string(),
  /** At most `ADMIN_THREAD_MESSAGES`; `messageCount` says how many the history holds. */
  messages: z.array(messageSchema),
});

/** What an attendee did with one agent: threads (newest update first) and memories (newest first, at most `ADMIN_AGENT_MEMORIES`). */
export const adminAgentActivitySchema = z.object({
  id: z.string(),
  name: z.string(),
  port: z.number(),
  threads: z.array(adminThreadSchema),
  memories: z.array(memorySchema),
});

/** What an attendee did in one demo, agent by agent (every agent of the demo, used or not). */
export const adminDemoActivitySchema = z.object({ id: z.string(), title: z.string(), port: z.number(), agents: z.array(adminAgentActivitySchema) });

/** `GET /api/admin/attendees/:userId`: one attendee's threads, messages and memories in every demo of the process. */
export const attendeeDetailSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  demos: z.array(adminDemoActivitySchema),
});

/** `POST /api/admin/reset`: `confirm` must be the demo id (else 400 `confirmation_required`). */
export const resetBodySchema = z.object({ confirm: z.string().max(200).optional() });

/** `POST /api/admin/reset`: what was deleted. */
export const resetAnswerSchema = z.object({ deletedThreads: z.number(), deletedMemories: z.number() });

// ---------------------------------------------------------------------------------------------
// Types: answers as parsed (`z.infer`); request bodies and queries as a caller writes them (`z.input`).

/** Types of the requests and answers above, inferred from their schemas. */
export type ApiErrorEnvelope = z.infer<typeof apiErrorSchema>;
export type EmbedderInfo = z.infer<typeof embedderInfoSchema>;
export type ModelInfo = z.infer<typeof modelInfoSchema>;
export type Health = z.infer<typeof healthSchema>;
export type MemoryVector = z.infer<typeof memoryVectorSchema>;
export type MemoryScope = z.infer<typeof memoryScopeSchema>;
export type DemoMemory = z.infer<typeof demoMemorySchema>;
export type DemoHistory = z.infer<typeof demoHistorySchema>;
export type DemoTool = z.infer<typeof demoToolSchema>;
export type DemoAgent = z.infer<typeof demoAgentSchema>;
export type DemoPeer = z.infer<typeof demoPeerSchema>;
export type DemoInfo = z.infer<typeof demoInfoSchema>;
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>;
export type Me = z.infer<typeof meSchema>;
export type Thread = z.infer<typeof threadSchema>;
export type ThreadList = z.infer<typeof threadListSchema>;
export type ThreadListQuery = z.input<typeof threadListQuerySchema>;
export type CreateThreadBody = z.input<typeof createThreadBodySchema>;
export type CreateThreadAnswer = z.infer<typeof createThreadAnswerSchema>;
export type ThreadDetail = z.infer<typeof threadDetailSchema>;
export type PostMessageBody = z.input<typeof postMessageBodySchema>;
export type MemoryUsed = z.infer<typeof memoryUsedSchema>;
export type TurnAnswer = z.infer<typeof turnAnswerSchema>;
export type Rewound = z.infer<typeof rewoundSchema>;
export type MemoryListQuery = z.input<typeof memoryListQuerySchema>;
export type MemoryList = z.infer<typeof memoryListSchema>;
export type UpdateMemoryBody = z.input<typeof updateMemoryBodySchema>;
export type MemoryAnswer = z.infer<typeof memoryAnswerSchema>;
export type DeletedMemories = z.infer<typeof deletedMemoriesSchema>;
export type DemoCounts = z.infer<typeof demoCountsSchema>;
export type AttendeeOverview = z.infer<typeof attendeeOverviewSchema>;
export type AdminOverview = z.infer<typeof adminOverviewSchema>;
export type AdminThread = z.infer<typeof adminThreadSchema>;
export type AdminAgentActivity = z.infer<typeof adminAgentActivitySchema>;
export type AdminDemoActivity = z.infer<typeof adminDemoActivitySchema>;
export type AttendeeDetail = z.infer<typeof attendeeDetailSchema>;
export type ResetBody = z.input<typeof resetBodySchema>;
export type ResetResult = z.infer<typeof resetAnswerSchema>;
