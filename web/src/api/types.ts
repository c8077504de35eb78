/**
 * Shapes of the HTTP API (docs/api.md). Fields the server may leave out are optional, so a page
 * still renders against an older or newer server.
 */
import type { EngineName, RedisStatus, WireMemory, WireMessage } from '@protocol';

/** How memories are searched: the Redis query engine, or plain Redis with ranking in the app. */
export type SearchEngine = EngineName;

/** The embedding model behind vector search. */
export interface EmbedderInfo {
  /** e.g. `openai:text-embedding-3-small`. */
  name: string;
  dimensions: number;
}

/** The chat model the server uses (`/api/health`). */
export interface ModelInfo {
  provider: 'offline' | 'azure' | 'openai' | string;
  model?: string;
  /** `null`: no embedder, memory search is text only. Absent: an older server that does not say. */
  embedder?: EmbedderInfo | null;
  /** Configuration problems the server worked around (e.g. a model setting it ignored). */
  warnings?: string[];
}

/** The answer of `/api/health`. */
export interface Health {
  status: 'ok' | 'degraded';
  redis: RedisStatus;
  model: ModelInfo;
}

/** The vector field of the memory index; `null` in `DemoMemory.vector` means text search only. */
export interface MemoryVector {
  field: 'embedding' | string;
  dimensions: number;
  distance: 'COSINE' | string;
  /** Name of the embedder that fills the field. */
  embedder: string;
}

/** Memory settings of a demo or an agent in `/api/demo`. */
export interface DemoMemory {
  indexName?: string;
  prefix?: string;
  scope?: MemoryScope;
  /** `null`: no vectors, text search only. Absent: an older server that does not say. */
  vector?: MemoryVector | null;
}

/** Memory scope of an agent; `userId` is shown as "(you)" by the server. */
export interface MemoryScope {
  applicationId?: string;
  agentId?: string;
  userId?: string;
  threadId?: string;
  strategy?: 'global' | 'per-thread';
}

/** One agent of a demo (`/api/demo`). */
export interface DemoAgent {
  id: string;
  name: string;
  description: string;
  /** Port that serves this agent's page (multi-agent demo). */
  port?: number;
  /** Per-agent memory settings when a demo has several agents. */
  memory?: DemoMemory & MemoryScope;
  /** Thread the page opens first when the attendee has none (e.g. `support_ticket_12345`). */
  defaultThreadId?: string;
}

/** The demo served on this port (`/api/demo`). */
export interface DemoInfo {
  id: string;
  title: string;
  description: string;
  port: number;
  agents: DemoAgent[];
  memory?: DemoMemory;
  history?: { keyPrefix?: string; maxMessages?: number | null; ttlSeconds?: number | null };
  /** Multi-agent ports: every agent of the demo with the port serving it (`agents` holds only this port's). */
  peers?: Array<{ agentId: string; name: string; port: number }>;
}

/** The attendee, identified by their cookie (`/api/me`). */
export interface Me {
  userId: string;
  displayName: string;
}

/** A thread in the attendee's list (`/api/threads`). */
export interface ThreadSummary {
  id: string;
  title?: string;
  messageCount?: number;
  updatedAt?: number | string;
}

/** One thread with the messages its Redis LIST holds (`/api/threads/:id`). */
export interface ThreadDetail {
  thread: ThreadSummary;
  /** Redis key of the thread's LIST. */
  key: string;
  maxMessages?: number | null;
  ttlSeconds?: number | null;
  /** Seconds left before the key expires, `-1` when it has no TTL. */
  ttlRemaining?: number;
  messages: WireMessage[];
}

/** Memories of a scope, ranked when searched (`/api/memories`). */
export interface MemoryList {
  engine?: SearchEngine;
  items: WireMemory[];
}

/** One Redis key of the attendee in this demo (`/api/redis`). */
export interface RedisKeyInfo {
  key: string;
  type: string;
  length?: number;
  ttl?: number;
  /** Memory records counted by kind, when the entry stands for several HASHes. */
  kind?: string;
}

/** Redis as the server sees it: status, memory index, the attendee's keys (`/api/redis`). */
export interface RedisInfo {
  redis: RedisStatus & { usedMemory?: number; usedMemoryHuman?: string };
  index?: { engine?: SearchEngine; indexName?: string; prefix?: string; documents?: number };
  keys?: RedisKeyInfo[];
}

/** Counts of one demo in the facilitator overview. */
export interface AdminDemoCounts {
  id: string;
  port?: number;
  attendees?: number;
  threads?: number;
  memories?: number;
}

/** The facilitator overview: every demo and attendee with counts. */
export interface AdminOverview {
  demos: AdminDemoCounts[];
  attendees: Array<{
    userId: string;
    displayName?: string;
    demos?: Record<string, { threads?: number; memories?: number }>;
  }>;
}

/** One attendee's threads and memories, for the facilitator. */
export interface AttendeeDetail {
  userId: string;
  displayName?: string;
  threads: ThreadSummary[];
  memories: WireMemory[];
}

/** What a demo reset deleted. */
export interface ResetResult {
  deletedThreads: number;
  deletedMemories: number;
}
