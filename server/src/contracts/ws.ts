/**
 * The WebSocket protocol between the server and the browser, as zod schemas. The web app imports
 * this very file, so both sides validate the same frames.
 */
import { z } from 'zod';
import { API_ERROR_CODES } from './error-codes';
import { ENGINE_NAMES } from './names';

/** Largest frame the server accepts from a browser, in bytes. */
export const MAX_CLIENT_FRAME_BYTES = 64 * 1024;
/** Longest user message, in characters (also enforced by the HTTP API). */
export const MAX_MESSAGE_CHARS = 8000;

/** A tool call the assistant asked for; `arguments` is the parsed JSON object. */
export const toolCallSchema = z.object({
  id: z.string(),
  name: z.string(),
  arguments: z.record(z.string(), z.unknown()),
});

/** DESIGN §6 `Message`. */
export const messageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant', 'tool', 'system']),
  text: z.string(),
  authorName: z.string().optional(),
  createdAt: z.number(),
  toolCalls: z.array(toolCallSchema).optional(),
  toolCallId: z.string().optional(),
  toolName: z.string().optional(),
  /** A reply cut short (stopped); `text` is the part streamed before that. */
  interrupted: z.boolean().optional(),
  /** On assistant messages: the memories injected before the reply (context prompt + one `- text` line each). */
  memoriesUsed: z.array(z.object({ id: z.string(), text: z.string(), score: z.number(), kind: z.enum(['fact', 'message', 'tool']).optional() })).optional(),
});

/** DESIGN §6 `Memory`. */
export const memorySchema = z.object({
  id: z.string(),
  kind: z.enum(['fact', 'message', 'tool']),
  text: z.string(),
  role: z.string().optional(),
  agentId: z.string(),
  userId: z.string(),
  threadId: z.string().optional(),
  createdAt: z.number(),
  score: z.number().optional(),
});

/** How long each step of a turn took, in milliseconds. */
export const timingsSchema = z.object({
  memorySearch: z.number(),
  model: z.number(),
  tools: z.number(),
  historyWrite: z.number(),
  memoryWrite: z.number(),
  total: z.number(),
});

/** Tokens in and out over a turn's model calls. */
export const usageSchema = z.object({ inputTokens: z.number(), outputTokens: z.number() });

/** A text a model call was sent, cut to a preview when long: `chars` is the full length, `tokens` an estimate. */
export const sentTextSchema = z.object({
  text: z.string(),
  chars: z.number(),
  /** True when `text` is only the beginning of what was sent. */
  truncated: z.boolean().optional(),
  tokens: z.number(),
});

/** One message of a model call's conversation (history or tool round), as a preview. */
export const sentMessageSchema = sentTextSchema.extend({
  role: z.enum(['user', 'assistant', 'tool', 'system']),
  /** On an assistant message: the tools it called. */
  toolCalls: z.array(z.string()).optional(),
  /** On a tool message: the tool whose result it carries. */
  toolName: z.string().optional(),
});

/** Messages of one part of the conversation: how many were sent, their tokens together, and the newest 50 as previews. */
const sentMessagesSchema = z.object({ messages: z.array(sentMessageSchema), count: z.number(), tokens: z.number() });

/**
 * What one model call was sent, part by part (the context inspector). Token counts are
 * estimates (`tokenizer`); the provider's own count, when it reports one, is `usage` in
 * `turn.finished`.
 */
export const modelCallContextSchema = z.object({
  /** 1 for the turn's first model call; each tool round adds one. */
  call: z.number(),
  /** The agent's instructions (system prompt). */
  instructions: sentTextSchema,
  /** The injected memories context and how many memories it holds; absent when none were found. */
  memories: sentTextSchema.extend({ count: z.number() }).optional(),
  /** The thread's newest messages the model saw, oldest first; `window`: how many it may see at most. */
  history: sentMessagesSchema.extend({ window: z.number() }),
  userMessage: sentTextSchema,
  /** Tool calls and results of the turn's earlier rounds (none on the first call). */
  toolRounds: sentMessagesSchema,
  /** Tools offered to this call and the tokens their definitions add. */
  tools: z.object({ names: z.array(z.string()), tokens: z.number() }),
  /** Estimated input tokens of this call. */
  tokens: z.number(),
  /** Estimated input tokens of the turn's model calls so far, this one included. */
  turnTokens: z.number(),
  /** `o200k_base` (GPT-4o family tokenizer), or `chars/4` when it could not be loaded. */
  tokenizer: z.string(),
});

/** The Redis connection as the tabs show it: up or down, version, cluster, and the engine in use. */
export const redisStatusSchema = z.object({
  connected: z.boolean(),
  version: z.string().optional(),
  cluster: z.boolean().optional(),
  search: z.enum(ENGINE_NAMES).optional(),
});

/** Frames the browser sends. */
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('turn.start'),
    /** Echoed in `turn.started`, so the tab can match its request. */
    requestId: z.string().max(100),
    threadId: z.string().min(1).max(128),
    agentId: z.string().max(100).optional(),
    text: z.string().min(1).max(MAX_MESSAGE_CHARS),
    /** Client-chosen id of the user's message, so a retry does not store it twice. */
    messageId: z.string().max(100).optional(),
    /**
     * Edit and resend / regenerate: the id of a user message of this thread. That message and
     * everything after it are removed (and the memories they taught forgotten) before the turn runs.
     */
    rewindTo: z.string().min(1).max(256).optional(),
  }),
  z.object({ type: z.literal('turn.stop'), turnId: z.string().max(100) }),
  /** Live events of this thread (messages stored from other tabs or processes). */
  z.object({ type: z.literal('thread.watch'), threadId: z.string().min(1).max(128) }),
  z.object({ type: z.literal('ping') }),
]);

/** Frames the server sends. */
export const serverFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), userId: z.string(), displayName: z.string(), redis: redisStatusSchema }),
  z.object({ type: z.literal('turn.started'), requestId: z.string(), turnId: z.string(), threadId: z.string(), agentId: z.string() }),
  z.object({
    type: z.literal('memories.retrieved'),
    turnId: z.string(),
    memories: z.array(memorySchema),
    /** The exact context text injected before the conversation. */
    context: z.string().optional(),
    engine: z.enum(ENGINE_NAMES),
    ms: z.number(),
  }),
  /** Right before each model call of a turn: what the model is sent. */
  z.object({ type: z.literal('turn.context'), turnId: z.string(), context: modelCallContextSchema }),
  z.object({ type: z.literal('text.delta'), turnId: z.string(), messageId: z.string(), text: z.string() }),
  z.object({ type: z.literal('tool.call'), turnId: z.string(), call: toolCallSchema }),
  z.object({
    type: z.literal('tool.result'),
    turnId: z.string(),
    toolCallId: z.string(),
    name: z.string(),
    result: z.unknown(),
    isError: z.boolean(),
    ms: z.number(),
  }),
  z.object({
    type: z.literal('turn.finished'),
    turnId: z.string(),
    threadId: z.string(),
    reply: messageSchema,
    timings: timingsSchema,
    /** Tokens in and out over the turn's model calls, when the provider reports them. */
    usage: usageSchema.optional(),
    /** Why the model stopped: `length` and `content-filter` mean the reply was cut short. */
    finishReason: z.enum(['stop', 'tool-calls', 'length', 'content-filter', 'other']).optional(),
    /** Model calls retried during the turn (429 / 5xx). */
    retries: z.number().optional(),
  }),
  /** A model call failed with something worth retrying and is tried again after `delayMs`. */
  z.object({ type: z.literal('model.retry'), turnId: z.string(), attempt: z.number(), delayMs: z.number(), reason: z.string() }),
  /** A step went wrong without failing the turn (facts read offline after the model failed, text-only search). */
  z.object({ type: z.literal('turn.notice'), turnId: z.string(), source: z.string(), message: z.string() }),
  /** A message was stored in a thread this tab watches (from any tab or server process). */
  z.object({ type: z.literal('message.stored'), threadId: z.string(), agentId: z.string(), message: messageSchema }),
  /** The thread is gone (deleted, or a facilitator reset): every tab of the user on that agent drops it. */
  z.object({ type: z.literal('thread.deleted'), threadId: z.string() }),
  /** The thread was rewound: the message `fromMessageId` and every message after it are gone. */
  z.object({ type: z.literal('thread.rewound'), threadId: z.string(), fromMessageId: z.string() }),
  z.object({ type: z.literal('memory.stored'), agentId: z.string(), memory: memorySchema }),
  z.object({ type: z.literal('memory.updated'), agentId: z.string(), memory: memorySchema }),
  z.object({ type: z.literal('memory.deleted'), agentId: z.string(), id: z.string() }),
  z.object({ type: z.literal('memory.cleared'), agentId: z.string() }),
  z.object({ type: z.literal('redis.status'), redis: redisStatusSchema }),
  z.object({ type: z.literal('pong') }),
  z.object({
    type: z.literal('error'),
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    turnId: z.string().optional(),
    requestId: z.string().optional(),
    /** A limit was reached: sending again after this many seconds can work. */
    retryAfterSeconds: z.number().optional(),
  }),
]);

/** A frame the browser sends. */
export type ClientFrame = z.infer<typeof clientFrameSchema>;
/** A frame the server sends. */
export type ServerFrame = z.infer<typeof serverFrameSchema>;
/** A message as the API and the frames carry it. */
export type WireMessage = z.infer<typeof messageSchema>;
/** A memory as the API and the frames carry it. */
export type WireMemory = z.infer<typeof memorySchema>;
/** The Redis connection as the tabs show it. */
export type RedisStatus = z.infer<typeof redisStatusSchema>;
/** How long each step of a turn took, as `turn.finished` carries it. */
export type WireTimings = z.infer<typeof timingsSchema>;
/** What one model call was sent, as `turn.context` carries it. */
export type WireModelCallContext = z.infer<typeof modelCallContextSchema>;
