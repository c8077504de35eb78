/**
 * What a tool's `execute` receives besides its arguments: the turn's cancel signal and, when the
 * composition root bound the agent to a user, that user's own tool records (tickets, calendar
 * entries). Tools read and write only through these interfaces, never Redis itself.
 */

/** One stored record: its fields and the version a conditional write must name. */
export interface StoredRecord {
  id: string;
  fields: Record<string, string>;
  /** 1 after the first write, +1 on every write. */
  version: number;
}

/**
 * The demo tools' data of one user, in named collections of records. The user is fixed when the
 * store is made, so a tool cannot reach another user's records whatever arguments it is given.
 * Collection names and record ids: letters, digits, `_`, `-` and `.` (no `:`), at most 64.
 */
export interface ToolRecords {
  /** The record, or undefined when none is stored. */
  get(collection: string, id: string): Promise<StoredRecord | undefined>;
  /**
   * Replaces the record's fields when its version is still `version` (0: not stored yet) and
   * returns true; false when another write came first (read it again and retry).
   */
  put(collection: string, id: string, fields: Record<string, string>, version: number): Promise<boolean>;
  /** Every record of a collection, in no particular order. */
  list(collection: string): Promise<StoredRecord[]>;
  /** Deletes every record of the user, in every collection (a facilitator reset); returns how many. */
  clear(): Promise<number>;
}

/** The second argument of `Tool.execute`. */
export interface ToolContext {
  signal?: AbortSignal;
  /** The conversation the call belongs to (`support_ticket_12345` names its ticket). */
  threadId?: string;
  /** The calling user's tool records; absent when the agent was built without a user. */
  records?: ToolRecords;
}
