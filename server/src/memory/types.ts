/** Long-term memory: records, scopes and the engine interface both search engines implement. */

/** What a memory holds: a chat message, a fact read from one, or a tool result. */
export type MemoryKind = 'message' | 'fact' | 'tool';

/**
 * Which memories a provider may read and write. Every set field becomes a filter on every read
 * and a value on every write; an unset field is neither. At least one field must be set.
 */
export interface MemoryScope {
  applicationId?: string;
  agentId?: string;
  userId?: string;
  threadId?: string;
}

/** One stored memory (a HASH `{prefix}:{id}`). */
export interface MemoryRecord {
  id: string;
  kind: MemoryKind;
  content: string;
  role?: string;
  applicationId?: string;
  agentId?: string;
  userId?: string;
  threadId?: string;
  conversationId?: string;
  messageId?: string;
  authorName?: string;
  /** For facts: the slot this fact fills (`name`, `likes:sushi`), so a new value replaces the old. */
  factKey?: string;
  /**
   * For facts: the ids of the message memories that stated it. Forgetting the fact forgets them
   * too, and a new value retires them, so an old statement is never injected next to its correction.
   */
  sourceIds?: string[];
  /** Milliseconds since the epoch. */
  createdAt: number;
  embedding?: Float32Array;
}

/** A record returned by a search, with the engine's relevance score (higher is better). */
export interface MemoryHit {
  record: MemoryRecord;
  score: number;
}

export type { EngineName } from '../contracts/names';
import type { EngineName } from '../contracts/names';

/** What a memory engine reports about its index: the engine, index name, key prefix and record count. */
export interface IndexInfo {
  engine: EngineName;
  indexName: string;
  prefix: string;
  documents: number;
}

/** How many hits a search returns, the query vector for hybrid search, and which kinds it looks at. */
export interface SearchOptions {
  /** Max results; default 10. */
  limit?: number;
  /** Query vector for hybrid search (only when an embedder is configured). */
  vector?: Float32Array;
  kinds?: MemoryKind[];
}

/**
 * A search engine over memory HASH records. Implementations: `RediSearchEngine` (FT.* commands,
 * needs the search module) and `PlainRedisEngine` (any Redis; ranks in process).
 * Every method takes the scope and must never return or touch a record outside it.
 */
export interface MemoryEngine {
  readonly name: EngineName;
  /** Creates the index or bookkeeping if needed; reports a changed schema as `index_schema_changed`. */
  init(): Promise<void>;
  /** Writes or overwrites records (same id = same key). */
  upsert(records: MemoryRecord[]): Promise<void>;
  get(scope: MemoryScope, id: string): Promise<MemoryRecord | undefined>;
  /** Ranked by relevance to `text` (and `vector` when given); empty text = newest first. */
  search(scope: MemoryScope, text: string, options?: SearchOptions): Promise<MemoryHit[]>;
  /** Every record of the scope, newest first. */
  list(scope: MemoryScope, options?: { kinds?: MemoryKind[]; limit?: number }): Promise<MemoryRecord[]>;
  /** Returns true when a record of the scope was deleted. */
  delete(scope: MemoryScope, id: string): Promise<boolean>;
  /** Deletes every record of the scope; returns how many. */
  deleteAll(scope: MemoryScope): Promise<number>;
  info(): Promise<IndexInfo>;
}

export type { Embedder } from '../models/types';

/**
 * One scope's long-term memory as the DevUI, the facilitator and tools see it: read, search,
 * correct and forget. `RedisMemoryProvider` is one; the composition root hands it out as this.
 */
export interface MemoryStore {
  /** Ranked search within the scope. */
  search(query: string, options?: { threadId?: string; limit?: number; kinds?: MemoryKind[] }): Promise<MemoryHit[]>;
  /** Every memory of the scope, newest first. */
  searchAll(options?: { threadId?: string; limit?: number; kinds?: MemoryKind[] }): Promise<MemoryRecord[]>;
  get(id: string, threadId?: string): Promise<MemoryRecord | undefined>;
  /** Replaces the text of one memory (an attendee correcting a fact). */
  update(id: string, text: string, threadId?: string): Promise<MemoryRecord>;
  /** Forgets one memory and, for a fact, the statements it came from; returns the ids deleted. */
  forgetWithSources(id: string, threadId?: string): Promise<string[]>;
  /** Forgets every memory of the scope; returns how many. */
  forgetAll(threadId?: string): Promise<number>;
  indexInfo(): Promise<IndexInfo>;
}

/** Something that went wrong in a memory step without failing the turn; shown in the Trace panel. */
export interface MemoryNotice {
  source: 'facts' | 'embeddings';
  message: string;
}

/** What changed in long-term memory after a turn or an edit. */
export interface MemoryChange {
  type: 'stored' | 'updated' | 'deleted';
  record: MemoryRecord;
}
