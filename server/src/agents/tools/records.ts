/**
 * The demo tools' side of `ToolRecords`: getting the user's store out of the run context, a
 * read-change-write loop that survives concurrent writers, and an in-memory store for unit
 * tests and the console (the server uses the Redis one the composition root builds).
 */
import { WorkshopError, invalidArgument } from '../../errors';
import type { StoredRecord, ToolContext, ToolRecords } from '../tool-context';

/** Collection names and record ids (they become part of a Redis key). */
const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

/** Checks a collection name or record id; throws `invalid_argument` naming it otherwise. */
export function assertRecordName(value: string, what: string): string {
  if (!NAME.test(value)) throw invalidArgument(`${what} must be 1-64 letters, digits, "_", "-" or "." (got ${JSON.stringify(value.slice(0, 40))})`);
  return value;
}

/** The user's records, or a clear failure: a tool that keeps data per user cannot run without them. */
export function recordsOf(context: ToolContext | undefined, tool: string): ToolRecords {
  if (context?.records) return context.records;
  throw new WorkshopError(
    'tool_failed',
    `tool "${tool}" keeps its data per user and needs the user's tool records; build the agent with WorkshopRuntime.userAgent (or pass them with withToolContext)`,
  );
}

/** How often a change is retried when other writers keep getting there first. */
const MAX_ATTEMPTS = 8;

/**
 * Reads a record, computes its new fields and writes them only if nobody wrote in between,
 * retrying on a conflict, so two changes at once (an escalation and a closure) never lose one.
 * `change` returns undefined to leave the record as it is. Returns the fields before and after.
 */
export async function updateRecord(
  records: ToolRecords,
  collection: string,
  id: string,
  change: (current: Record<string, string> | undefined) => Record<string, string> | undefined,
): Promise<{ before?: Record<string, string>; after?: Record<string, string> }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored = await records.get(collection, id);
    const next = change(stored?.fields);
    if (!next) return { before: stored?.fields, after: stored?.fields };
    if (await records.put(collection, id, next, stored?.version ?? 0)) return { before: stored?.fields, after: next };
  }
  throw new WorkshopError('tool_failed', `record ${collection}/${id} kept changing under us; try again`);
}

/** `ToolRecords` in this process's memory: one user's records, gone when the process ends. */
export class InMemoryToolRecords implements ToolRecords {
  private readonly data = new Map<string, Map<string, StoredRecord>>();

  async get(collection: string, id: string): Promise<StoredRecord | undefined> {
    assertRecordName(collection, 'collection');
    const record = this.data.get(collection)?.get(assertRecordName(id, 'record id'));
    return record && { ...record, fields: { ...record.fields } };
  }

  async put(collection: string, id: string, fields: Record<string, string>, version: number): Promise<boolean> {
    assertRecordName(collection, 'collection');
    assertRecordName(id, 'record id');
    let records = this.data.get(collection);
    const current = records?.get(id)?.version ?? 0;
    if (current !== version) return false;
    if (!records) this.data.set(collection, (records = new Map()));
    records.set(id, { id, fields: { ...fields }, version: current + 1 });
    return true;
  }

  async list(collection: string): Promise<StoredRecord[]> {
    return [...(this.data.get(assertRecordName(collection, 'collection'))?.values() ?? [])].map((r) => ({ ...r, fields: { ...r.fields } }));
  }

  async clear(): Promise<number> {
    const count = [...this.data.values()].reduce((n, records) => n + records.size, 0);
    this.data.clear();
    return count;
  }
}
