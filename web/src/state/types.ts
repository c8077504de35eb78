/** UI state of a demo page and the actions that change it (see `reducer.ts`). */
import type { RedisStatus, ServerFrame, WireMemory, WireMessage, WireModelCallContext, WireTimings } from '@protocol';
import type { SocketStatus } from '../transport/socket';
import type { Health, Me, ModelInfo, SearchEngine, ThreadDetail, ThreadSummary } from '../api/types';

/**
 * The model as the page keeps it from `/api/health`. The client lets through only answers that
 * fit the contract, which always name the embedder (or `null`); the reducer needs only the rest,
 * so an action built by hand (as the reducer tests do) may leave it out.
 */
export type PageModel = Omit<ModelInfo, 'embedder'> & Partial<Pick<ModelInfo, 'embedder'>>;

/** `/api/health` as the `health.loaded` action carries it (a `Health` fits). */
export type HealthSeen = Omit<Health, 'model'> & { model: PageModel };

/**
 * What the `thread.loaded` action carries of `/api/threads/:id` (a `ThreadDetail` fits): the
 * reducer reads the key and the messages, and merges the thread into the list.
 */
export type LoadedThread = Pick<ThreadDetail, 'key' | 'messages'> &
  Partial<Pick<ThreadDetail, 'maxMessages' | 'ttlSeconds' | 'ttlRemaining'>> & { thread: ThreadSummary };

/** A stored message plus what only this tab knows about it. */
export interface ChatMessage extends WireMessage {
  /** Sent by this tab, not yet confirmed stored. */
  pending?: boolean;
  /**
   * A reply cut short: stored so by the server (Stop, `WireMessage.interrupted`), or only seen so
   * by this tab (the connection dropped mid-reply; then it may not be in Redis).
   */
  interrupted?: boolean;
  /** The server refused or never got it. */
  failed?: boolean;
  /**
   * Sent by this tab to replace a stored user message (edit and resend, regenerate): that message's
   * id, kept while unsent so a retry replaces it too.
   */
  rewindTo?: string;
  /** The turn that produced this reply, when this tab saw it happen. */
  turnId?: string;
}

/** One thread as this tab holds it: its messages and, once loaded, its Redis LIST settings. */
export interface ThreadState {
  id: string;
  messages: ChatMessage[];
  /** Set once the HTTP load answered (or the thread turned out not to exist yet). */
  loaded: boolean;
  key?: string;
  maxMessages?: number | null;
  ttlSeconds?: number | null;
  ttlRemaining?: number;
}

/** One tool call of a turn, with its result once it arrived. */
export interface ToolStep {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
  result?: unknown;
  isError?: boolean;
  ms?: number;
}

/** Milliseconds per step of a turn, as `turn.finished` reports them. */
export type TurnTimings = WireTimings;

/** Why the model stopped (`turn.finished`); `length` and `content-filter` cut the reply short. */
export type FinishReason = NonNullable<Extract<ServerFrame, { type: 'turn.finished' }>['finishReason']>;

/** Tokens in and out over a turn's model calls, when the provider reports them. */
export interface TurnUsage {
  inputTokens: number;
  outputTokens: number;
}

/** One `model.retry`: the model call failed (429 / 5xx) and is tried again after `delayMs`. */
export interface ModelRetry {
  attempt: number;
  delayMs: number;
  reason: string;
}

/** One `turn.notice`: a step went wrong without failing the turn (e.g. `facts`, `embeddings`). */
export interface TurnNotice {
  source: string;
  message: string;
}

/** What one model call of a turn was sent, part by part, with estimated tokens (`turn.context`). */
export type ModelCallContext = WireModelCallContext;

/** Where a turn is: running, or how it ended. */
export type TurnStatus = 'running' | 'finished' | 'stopped' | 'error' | 'interrupted';

/** One agent turn as this tab saw it: the trace panel and the "memories used" line read it. */
export interface TurnState {
  turnId: string;
  requestId: string;
  threadId: string;
  agentId: string;
  userMessageId?: string;
  status: TurnStatus;
  startedAt: number;
  memories?: WireMemory[];
  /** The exact context text injected before the conversation. */
  context?: string;
  engine?: SearchEngine;
  memorySearchMs?: number;
  tools: ToolStep[];
  timings?: TurnTimings;
  usage?: TurnUsage;
  /** What the turn's latest model call was sent; its `turnTokens` covers every call so far. */
  modelContext?: ModelCallContext;
  finishReason?: FinishReason;
  /** Retries as they were announced, oldest first. */
  retries: ModelRetry[];
  /** The retry count `turn.finished` reported (it counts every model call of the turn). */
  retryCount?: number;
  notices: TurnNotice[];
  replyMessageId?: string;
  error?: string;
}

/** The reply being streamed right now. */
export interface StreamingReply {
  turnId: string;
  threadId: string;
  messageId: string;
  text: string;
}

/** A `turn.start` sent, waiting for `turn.started`. */
export interface PendingRequest {
  requestId: string;
  threadId: string;
  agentId?: string;
  userMessageId: string;
  sentAt: number;
  /** Edit and resend / regenerate: the stored user message this turn replaces, with what follows it. */
  rewindTo?: string;
  /**
   * Set by the reducer: the messages taken out of the view for `rewindTo` before the server
   * confirmed the rewind (`thread.rewound`); put back if the request is refused first.
   */
  replaced?: ChatMessage[];
}

/** A banner message; `id` is unique within the page. */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** The error code behind it: a `redis_unavailable` notice goes once Redis is back. */
  code?: string;
}

/** Everything a demo page shows, derived only from actions (see `reducer.ts`). */
export interface UiState {
  connection: SocketStatus;
  /** True once the socket has been open at least once. */
  everConnected: boolean;
  redis: RedisStatus | null;
  /** `/api/health` answered 503 or not at all on its last call. */
  healthDown: boolean;
  model: PageModel | null;
  /** Who this tab is; the WebSocket's hello carries no API key, `/api/me` does. */
  me: (Omit<Me, 'apiKey'> & { apiKey?: string }) | null;
  /** Agent of this page; live memory events of other agents are ignored. */
  agentId: string | null;
  currentThreadId: string | null;
  threads: ThreadSummary[];
  /** Where the next page of older threads starts (`GET /api/threads?cursor=`); null when none follows. */
  threadsCursor: string | null;
  threadsById: Record<string, ThreadState>;
  pending: Record<string, PendingRequest>;
  turns: Record<string, TurnState>;
  /** Turn ids, oldest first. */
  turnOrder: string[];
  streaming: Record<string, StreamingReply>;
  memories: { items: WireMemory[]; engine?: SearchEngine; loaded: boolean };
  /** Results of the memory search box; `null` when the box is empty. */
  memorySearch: { query: string; items: WireMemory[]; engine?: SearchEngine } | null;
  /** After a reconnect: how many messages were reloaded, from which key. */
  resumed: { threadId: string; count: number; key: string } | null;
  notices: Notice[];
  noticeSeq: number;
  /** Counts live changes (messages and memories), so panels know when to refresh. */
  liveVersion: number;
}

/** What can happen to a demo page: a server frame, a connection change, an HTTP result, a user action. */
export type UiAction =
  | { type: 'frame'; frame: ServerFrame }
  | { type: 'connection'; status: SocketStatus }
  | { type: 'agent.selected'; agentId: string }
  | { type: 'health.loaded'; httpStatus: number; health: HealthSeen | null }
  | { type: 'me.loaded'; me: Me }
  | { type: 'threads.loaded'; threads: ThreadSummary[]; nextCursor?: string }
  | { type: 'threads.older.loaded'; threads: ThreadSummary[]; nextCursor?: string }
  | { type: 'thread.selected'; threadId: string }
  | { type: 'thread.created'; thread: ThreadSummary }
  | { type: 'thread.deleted'; threadId: string }
  | { type: 'thread.loaded'; threadId: string; detail: LoadedThread; resumed?: boolean }
  | { type: 'thread.missing'; threadId: string }
  | { type: 'turn.requested'; request: PendingRequest; text: string; authorName?: string; now: number }
  | { type: 'turn.failed'; requestId: string; message: string }
  | { type: 'memories.loaded'; items: WireMemory[]; engine?: SearchEngine }
  | { type: 'memory.search.loaded'; query: string; items: WireMemory[]; engine?: SearchEngine }
  | { type: 'memory.search.cleared' }
  | { type: 'memory.changed'; memory: WireMemory }
  | { type: 'memory.removed'; id: string }
  | { type: 'memory.allRemoved' }
  | { type: 'notice'; kind: Notice['kind']; text: string; code?: string }
  | { type: 'notice.dismissed'; id: number }
  | { type: 'resumed.dismissed' };
