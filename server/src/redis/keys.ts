/**
 * Every Redis key name the product uses, in one place.
 *
 * Cluster note: keys that one atomic step touches together share a hash tag. A history LIST key
 * has no braces, so its slot is the hash of the whole name; its companion keys put that whole
 * name in braces (`{chat_messages:t1}:ids`), which lands them in the same slot.
 */
import { invalidArgument } from '../errors';

/** Thread ids, key prefixes and index names: letters, digits and `_ - . :`, at most 128 chars. */
const NAME = /^[A-Za-z0-9_.:-]{1,128}$/;

/** Checks a thread id, key prefix or index name; throws `invalid_argument` naming it otherwise. */
export function assertKeyPart(value: string, what: string): string {
  if (!NAME.test(value)) {
    throw invalidArgument(`${what} must be 1-128 characters of letters, digits, "_", "-", "." or ":" (got ${JSON.stringify(value.slice(0, 40))})`);
  }
  return value;
}

/** History of one thread: a LIST of JSON messages, newest at the tail. */
export function historyKey(keyPrefix: string, threadId: string): string {
  return `${keyPrefix}:${threadId}`;
}

/** Ids already stored in a thread's LIST, so a retried append does not duplicate a message. */
export function historyIdsKey(keyPrefix: string, threadId: string): string {
  return `{${historyKey(keyPrefix, threadId)}}:ids`;
}

/** One memory record: a HASH. */
export function memoryKey(prefix: string, id: string): string {
  return `${prefix}:${id}`;
}

/**
 * Plain-Redis engine bookkeeping: one SET of record ids per scope field value (a tag index kept
 * by hand). All of them share the `{prefix}` hash tag, so SINTER and the write transaction stay
 * in one slot.
 */
export function plainTagSetKey(prefix: string, field: string, value: string): string {
  return `${prefix}:idx:{${prefix}}:${field}:${value}`;
}

/**
 * Plain-Redis engine: a counter per scope (`signature` lists its field values, e.g.
 * `agent_id=a&user_id=u1`) that every write to a record of that scope increments, so each process
 * can tell whether its cached ranking of exactly that scope is stale.
 */
export function plainScopeVersionKey(prefix: string, signature: string): string {
  return `${prefix}:ver:{${prefix}}:${signature}`;
}

/**
 * Plain-Redis engine: the ids each increment of a scope's version counter was about, newest last
 * (a LIST, trimmed, expiring with the counter), so a process whose cached scope is a few versions
 * behind reads just those records instead of the whole scope.
 */
export function plainScopeChangesKey(prefix: string, signature: string): string {
  return `${prefix}:chg:{${prefix}}:${signature}`;
}

/**
 * Which embedder made the vectors under a memory prefix (a STRING of JSON, so the query engine,
 * which indexes HASHes only, never sees it). Both engines check it at start.
 */
export function memoryEmbedderKey(prefix: string): string {
  return `${prefix}:embedder:{${prefix}}`;
}

/** Plain-Redis engine: a SET of every record id under the prefix (document count, no SCAN needed). */
export function plainAllIdsKey(prefix: string): string {
  return `${prefix}:all:{${prefix}}`;
}

/*
 * Demo tool records (tickets, calendar bookings): one HASH per record, one SET of record ids per
 * collection, for each user. The user id is the hash tag, so a record and its collection SET are
 * written in one atomic step on a cluster too.
 */

/** Record ids and collection names: no `:`, so a record key can never equal a collection key. */
const TOOL_RECORD_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Where a demo agent's tools keep their records: next to its memory prefix, never under it (the
 * search index and the embedder check read every HASH under `{memoryPrefix}:`). Namespaced demos
 * get namespaced tool data with it.
 */
export function toolDataPrefix(memoryPrefix: string): string {
  return `${memoryPrefix}_tools`;
}

function toolName(value: string, what: string): string {
  if (!TOOL_RECORD_NAME.test(value)) throw invalidArgument(`${what} must be 1-64 letters, digits, "_", "-" or "." (got ${JSON.stringify(value.slice(0, 40))})`);
  return value;
}

/** SET of the record ids of one user's tool collection (`memory_persistence_tools:{u_1a2b}:tickets`). */
/** The SET of one user's collection names (so all of the user's tool records can be found and cleared). */
export function toolCollectionsKey(prefix: string, userId: string): string {
  return `${prefix}:{${userId}}`;
}

export function toolCollectionKey(prefix: string, userId: string, collection: string): string {
  return `${prefix}:{${userId}}:${toolName(collection, 'collection')}`;
}

/** One tool record of one user: a HASH (`memory_persistence_tools:{u_1a2b}:tickets:12345`). */
export function toolRecordKey(prefix: string, userId: string, collection: string, id: string): string {
  return `${toolCollectionKey(prefix, userId, collection)}:${toolName(id, 'record id')}`;
}

/*
 * DevUI keys. All live under a namespace (default `workshop`) so they never meet a history LIST
 * (`{keyPrefix}:{agent}:{user}:{threadId}`) whatever thread id an attendee picks; tests pass
 * their own namespace to stay apart on a shared server.
 */

/** Default namespace of the DevUI keys. */
export const DEVUI_NAMESPACE = 'workshop';

/** The generated facilitator token: one per Redis, so it survives the restart demo and every port accepts it. */
export function adminTokenKey(ns = DEVUI_NAMESPACE): string {
  return `${ns}:admin:token`;
}

/** The secret that signs identity cookies: one per Redis, so every process and restart agrees. */
export function identitySecretKey(ns = DEVUI_NAMESPACE): string {
  return `${ns}:identity:secret`;
}

/** HASH user id → display name of every attendee (the facilitator's list). */
export function attendeesKey(ns = DEVUI_NAMESPACE): string {
  return `${ns}:attendees`;
}

/** SET of the user ids that used one agent (per-demo counts without SCAN). */
export function agentUsersKey(agentId: string, ns = DEVUI_NAMESPACE): string {
  return `${ns}:agent_users:${agentId}`;
}

/**
 * ZSET of one user's thread ids for one agent, scored by last update. `historyPrefix` is the
 * per-agent+user history prefix; in braces so the ZSET and its meta HASH share a slot.
 */
export function threadIndexKey(historyPrefix: string, ns = DEVUI_NAMESPACE): string {
  return `${ns}:threads:{${historyPrefix}}`;
}

/** HASH next to `threadIndexKey`: `t:{threadId}` title, `c:{threadId}` created at (ms), `u:{threadId}` set once it held messages. */
export function threadMetaKey(historyPrefix: string, ns = DEVUI_NAMESPACE): string {
  return `${ns}:thread_meta:{${historyPrefix}}`;
}

/** The one pub/sub channel of DevUI live events (frames tagged with user, agent and thread). */
export function liveEventsChannel(ns = DEVUI_NAMESPACE): string {
  return `${ns}:live`;
}
