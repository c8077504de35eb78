/**
 * Shapes of the HTTP API, from the contract the server answers through
 * (`server/src/contracts/http.ts`, imported as `@protocol`). The client validates every answer
 * with its schema, so a value of these types is what the server really sent.
 */
import type { EngineName, Thread } from '@protocol';

export type {
  AdminOverview,
  AttendeeDetail,
  DemoAgent,
  DemoInfo,
  DemoMemory,
  EmbedderInfo,
  Health,
  Me,
  MemoryList,
  MemoryListQuery,
  MemoryScope,
  MemoryVector,
  ModelInfo,
  RedisInfo,
  RedisKeyInfo,
  ResetResult,
  Thread,
  ThreadDetail,
} from '@protocol';

/** How memories are searched: the Redis query engine, or plain Redis with ranking in the app. */
export type SearchEngine = EngineName;

/**
 * A thread as the page's thread list holds it: a `Thread` from the server, or what the page
 * patched in from live events before the list was read again (a message stored, a thread opened).
 */
export type ThreadSummary = Pick<Thread, 'id'> & Partial<Omit<Thread, 'id'>>;
