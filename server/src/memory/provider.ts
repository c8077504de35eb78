/**
 * The long-term memory of one agent for one scope: the counterpart of Agent Framework's
 * `RedisProvider`. Before a model call it searches the scope's memories and builds the context
 * message; after it, it stores the turn's messages, tool results and the curated facts.
 */
import type { ChatMessage } from '../history/types';
import { invalidArgument, WorkshopError } from '../errors';
import { NlpFactExtractor, parseFactText } from '../nlp/facts';
import { keysToRemove } from '../nlp/facts/resolve';
import type { Fact, FactExtractor, FactSource, FactUpdate } from '../nlp/facts/types';
import { expandQuery } from '../nlp/concepts';
import { isInformative } from '../nlp/informative';
import { contentTerms } from '../nlp/terms';
import { dedupeContext } from './context-dedupe';
import { PROVIDER_DEFAULTS, type MemoryProviderOptions } from './provider-options';
import { factMemoryId, messageMemoryId } from './record-ids';
import type { IndexInfo, MemoryChange, MemoryEngine, MemoryHit, MemoryKind, MemoryNotice, MemoryRecord, MemoryScope, MemoryStore } from './types';

/** What `invoking` returns: the injected text (none when nothing was found) and the memories behind it. */
export interface MemoryContext {
  text?: string;
  memories: MemoryHit[];
}

const SCOPE_FIELDS = ['applicationId', 'agentId', 'userId', 'threadId'] as const;

/** One agent's long-term memory for one scope: searches it before a model call and stores the turn after it. */
export class RedisMemoryProvider implements MemoryStore {
  readonly engine: MemoryEngine;
  private readonly options: MemoryProviderOptions;
  private readonly facts: FactSource | null;
  /** Reads facts when `facts` (a model) fails, so a turn never loses them. */
  private readonly offlineFacts: FactExtractor = new NlpFactExtractor();

  constructor(options: MemoryProviderOptions) {
    if (!options.engine) throw invalidArgument('RedisMemoryProvider needs an `engine` (see createMemoryEngine)');
    const hasScope = SCOPE_FIELDS.some((f) => options[f]) || options.scopeToPerOperationThread;
    if (!hasScope) {
      throw invalidArgument('RedisMemoryProvider needs at least one scope field: applicationId, agentId, userId or threadId');
    }
    for (const field of SCOPE_FIELDS) {
      const value = options[field];
      if (value !== undefined && (typeof value !== 'string' || value.length === 0 || value.length > 256)) {
        throw invalidArgument(`RedisMemoryProvider option ${field} must be a non-empty string of at most 256 characters`);
      }
    }
    const topK = options.topK ?? PROVIDER_DEFAULTS.topK;
    if (!Number.isInteger(topK) || topK < 1 || topK > 100) throw invalidArgument('RedisMemoryProvider option topK must be an integer 1-100');
    this.options = options;
    this.engine = options.engine;
    this.facts = options.factExtractor === undefined ? new NlpFactExtractor() : options.factExtractor;
  }

  /**
   * The scope of a call. With `scopeToPerOperationThread` the call's thread is part of it, so
   * nothing crosses threads; otherwise the fixed `threadId` option (if any) is.
   */
  scope(threadId?: string): MemoryScope {
    const { applicationId, agentId, userId } = this.options;
    const scopedThread = this.options.scopeToPerOperationThread ? threadId : this.options.threadId;
    if (this.options.scopeToPerOperationThread && !threadId) {
      throw invalidArgument('this memory provider is scoped to the current thread (scopeToPerOperationThread): pass a threadId');
    }
    const scope: MemoryScope = {};
    if (applicationId) scope.applicationId = applicationId;
    if (agentId) scope.agentId = agentId;
    if (userId) scope.userId = userId;
    if (scopedThread) scope.threadId = scopedThread;
    return scope;
  }

  /** Before a model call: the memories relevant to the new input, and the context text built from them. */
  async invoking(input: { threadId: string; messages: ChatMessage[]; report?: (notice: MemoryNotice) => void }): Promise<MemoryContext> {
    const query = input.messages
      .filter((m) => m.role === 'user')
      .map((m) => m.text)
      .join('\n');
    const memories = dedupeContext(await this.relevant(this.scope(input.threadId), query, input.report));
    if (memories.length === 0) return { memories };
    const prompt = this.options.contextPrompt ?? PROVIDER_DEFAULTS.contextPrompt;
    const lines = memories.map((hit) => `- ${hit.record.content.replace(/\s+/g, ' ').trim()}`);
    return { text: `${prompt}\n${lines.join('\n')}`, memories };
  }

  /**
   * After a model call: store what the turn taught (see `capture`) and apply the facts found in
   * the user's messages: new facts link to the message memories that stated them, and a fact
   * that is replaced or withdrawn takes those statements with it. Returns what changed.
   */
  async invoked(input: {
    threadId: string;
    requestMessages: ChatMessage[];
    responseMessages: ChatMessage[];
    /** Told what went wrong without failing the turn (a model that could not read facts, an embedder that failed). */
    report?: (notice: MemoryNotice) => void;
  }): Promise<MemoryChange[]> {
    const scope = this.scope(input.threadId);
    const storeTools = this.options.storeToolResults ?? PROVIDER_DEFAULTS.storeToolResults;
    const everything = (this.options.capture ?? PROVIDER_DEFAULTS.capture) === 'all';
    const users = input.requestMessages.filter((m) => m.role === 'user');
    const updates = new Map(await Promise.all(users.map(async (m) => [m.id, await this.readFacts(m.text, input.report)] as const)));
    const messages = [...input.requestMessages, ...input.responseMessages].filter((m) => {
      if (m.text.trim().length === 0) return false;
      if (m.role === 'tool') return storeTools;
      if (everything) return m.role === 'user' || m.role === 'assistant';
      if (m.role !== 'user') return false;
      const update = updates.get(m.id);
      return isInformative(m.text) || Boolean(update && (update.set.some((f) => f.attribute !== 'about') || update.remove.length > 0));
    });
    const records: MemoryRecord[] = messages.map((m) => ({
      ...scope,
      id: this.messageRecordId(scope, m, everything),
      kind: m.role === 'tool' ? 'tool' : 'message',
      content: m.role === 'tool' && m.toolName ? `${m.toolName} result: ${m.text}` : m.text,
      role: m.role,
      // A fixed thread (the "global thread" strategy) keeps every record in its scope.
      threadId: scope.threadId ?? input.threadId,
      conversationId: input.threadId,
      messageId: m.id,
      authorName: m.authorName,
      createdAt: m.createdAt,
    }));
    const stored = new Set(records.map((r) => r.id));

    const facts = await this.factChanges(scope, input.threadId, input.requestMessages, updates, stored);
    const toWrite = [...records, ...facts.write];
    await this.embed(toWrite, input.report);
    await this.engine.upsert(toWrite);

    const changes: MemoryChange[] = records.map((record) => ({ type: 'stored', record }));
    for (const record of facts.write) {
      const before = facts.previous.get(record.id);
      if (before?.content === record.content) continue;
      changes.push({ type: before ? 'updated' : 'stored', record });
    }
    const doomed = [...facts.remove.map((id) => facts.previous.get(id) ?? this.engine.get(scope, id))];
    const gone = await Promise.all(
      doomed.map(async (pending) => {
        const record = await pending;
        return record && (await this.engine.delete(scope, record.id)) ? record : undefined;
      }),
    );
    for (const record of gone) if (record) changes.push({ type: 'deleted', record });
    return changes;
  }

  /** Ranked search within the scope. */
  async search(query: string, options: { threadId?: string; limit?: number; kinds?: MemoryKind[] } = {}): Promise<MemoryHit[]> {
    const scope = this.scope(options.threadId);
    const vector = await this.queryVector(query);
    return this.engine.search(scope, query, { limit: options.limit ?? this.topK, vector, kinds: options.kinds });
  }

  /** Every memory of the scope, newest first. */
  async searchAll(options: { threadId?: string; limit?: number; kinds?: MemoryKind[] } = {}): Promise<MemoryRecord[]> {
    return this.engine.list(this.scope(options.threadId), { limit: options.limit ?? 1000, kinds: options.kinds });
  }

  async get(id: string, threadId?: string): Promise<MemoryRecord | undefined> {
    return this.engine.get(this.scope(threadId), id);
  }

  /** Replaces the text of one memory of the scope (an attendee correcting a fact). */
  async update(id: string, text: string, threadId?: string): Promise<MemoryRecord> {
    const content = text.trim();
    if (!content) throw invalidArgument('memory text must not be empty');
    if (content.length > 10_000) throw invalidArgument('memory text must be at most 10000 characters');
    const scope = this.scope(threadId);
    const record = await this.engine.get(scope, id);
    if (!record) throw new WorkshopError('not_found', `no memory ${id} in this scope`);
    const updated: MemoryRecord = { ...record, content, embedding: undefined };
    await this.embed([updated]);
    await this.engine.upsert([updated]);
    return updated;
  }

  /** Forgets one memory of the scope (a fact with the statements it came from); false when it was not there. */
  async forget(id: string, threadId?: string): Promise<boolean> {
    return (await this.forgetWithSources(id, threadId)).length > 0;
  }

  /**
   * Forgets one memory and, for a fact, the message memories that stated it, so nothing left
   * in memory still says it. Returns the ids deleted (none when `id` was not there).
   */
  async forgetWithSources(id: string, threadId?: string): Promise<string[]> {
    const scope = this.scope(threadId);
    const record = await this.engine.get(scope, id);
    if (!record || !(await this.engine.delete(scope, id))) return [];
    const deleted = [id];
    for (const source of record.sourceIds ?? []) {
      if (await this.engine.delete(scope, source)) deleted.push(source);
    }
    return deleted;
  }

  /** Forgets every memory of the scope; returns how many. */
  async forgetAll(threadId?: string): Promise<number> {
    return this.engine.deleteAll(this.scope(threadId));
  }

  async indexInfo(): Promise<IndexInfo> {
    return this.engine.info();
  }

  private get topK(): number {
    return this.options.topK ?? PROVIDER_DEFAULTS.topK;
  }

  /** Searched memories first (by score), then the facts the search did not reach. */
  private async relevant(scope: MemoryScope, query: string, report?: (notice: MemoryNotice) => void): Promise<MemoryHit[]> {
    const maxFacts = this.options.maxFacts ?? PROVIDER_DEFAULTS.maxFacts;
    const vector = await this.queryVector(query, report);
    // "any health conditions?" also searches for the words of that category (diabetic, asthma …).
    const expanded = query.trim() ? expandQuery(query, contentTerms(query).map((t) => t.lemma)) : query;
    const [hits, facts] = await Promise.all([
      query.trim() ? this.engine.search(scope, expanded, { limit: this.topK, vector }) : Promise.resolve([]),
      maxFacts > 0 ? this.engine.list(scope, { kinds: ['fact'], limit: maxFacts }) : Promise.resolve([]),
    ]);
    const minScore = this.options.minScore ?? PROVIDER_DEFAULTS.minScore;
    const relevant = hits.filter((h) => h.score >= minScore);
    const seen = new Set(relevant.map((h) => h.record.id));
    return [...relevant, ...facts.filter((f) => !seen.has(f.id)).map((record) => ({ record, score: 0 }))];
  }

  /**
   * The fact records to write and the memories to delete after this turn's user messages. The
   * facts already in memory are read so that a withdrawal ("I don't eat sushi anymore") finds
   * what it withdraws (a favourite food, a liking) whatever its key, and so that a replaced or
   * withdrawn fact takes the statements it came from with it.
   */
  private async factChanges(
    scope: MemoryScope,
    threadId: string,
    messages: ChatMessage[],
    updates: Map<string, FactUpdate | undefined>,
    stored: Set<string>,
  ): Promise<{ write: MemoryRecord[]; previous: Map<string, MemoryRecord>; remove: string[] }> {
    const previous = new Map<string, MemoryRecord>();
    const changing = [...updates.values()].some((u) => u && (u.set.length || u.remove.length || u.withdraw?.length || u.switchTo?.length));
    if (!this.facts || !changing) return { write: [], previous, remove: [] };

    /** Current facts by key: the stored ones, then this turn's. */
    const current = new Map<string, { fact: Fact; record: MemoryRecord }>();
    for (const record of await this.engine.list(scope, { kinds: ['fact'], limit: 1000 })) {
      previous.set(record.id, record);
      const parsed = parseFactText(record.content);
      const key = record.factKey ?? parsed?.key;
      if (key) current.set(key, { fact: parsed ? { ...parsed, key } : { key, attribute: 'note', value: record.content, text: record.content }, record });
    }
    const remove = new Set<string>();
    const retire = (record: MemoryRecord) => record.sourceIds?.forEach((id) => remove.add(id));

    for (const message of messages) {
      const update = message.role === 'user' ? updates.get(message.id) : undefined;
      if (!update) continue;
      const sourceId = this.messageRecordId(scope, message, (this.options.capture ?? PROVIDER_DEFAULTS.capture) === 'all');
      for (const key of keysToRemove([...current.values()].map((c) => c.fact), update)) {
        const entry = current.get(key);
        if (!entry) continue;
        current.delete(key);
        retire(entry.record);
        remove.add(entry.record.id);
      }
      for (const fact of update.set) {
        const before = current.get(fact.key)?.record;
        const same = before?.content === fact.text;
        // Restating keeps the earlier statements as sources; a new value retires them.
        if (before && !same) retire(before);
        const sources = [...(same ? (before?.sourceIds ?? []) : []), ...(stored.has(sourceId) ? [sourceId] : [])];
        const record: MemoryRecord = {
          ...scope,
          id: factMemoryId(scope, fact.key),
          kind: 'fact',
          content: fact.text,
          role: 'user',
          threadId: scope.threadId ?? threadId,
          conversationId: threadId,
          messageId: message.id,
          authorName: message.authorName,
          factKey: fact.key,
          sourceIds: [...new Set(sources)],
          createdAt: message.createdAt,
        };
        remove.delete(record.id);
        current.set(fact.key, { fact, record });
      }
    }
    // Never delete what this turn writes or what a standing fact still cites.
    const write = [...current.values()].map((c) => c.record).filter((r) => r !== previous.get(r.id));
    const keep = new Set([...stored, ...write.map((r) => r.id)]);
    for (const { record } of current.values()) record.sourceIds?.forEach((id) => keep.add(id));
    return { write, previous, remove: [...remove].filter((id) => !keep.has(id)) };
  }

  /**
   * A message memory's id. Curated memory keys a statement by what it says, so the same sentence
   * told in three chats (or a weather result fetched twice) is one memory, refreshed; storing
   * every message keys by message id, as the original provider does. Either way a retried turn
   * overwrites instead of duplicating.
   */
  private messageRecordId(scope: MemoryScope, message: ChatMessage, everything: boolean): string {
    if (everything) return messageMemoryId(scope, message.id);
    const said = message.text.toLowerCase().replace(/[\s.!?,;:]+/g, ' ').trim();
    return messageMemoryId(scope, `said:${message.role}:${message.toolName ?? ''}:${said}`);
  }

  /** The query's vector for hybrid search; none without an embedder or for a blank query. */
  private async queryVector(query: string, report?: (notice: MemoryNotice) => void): Promise<Float32Array | undefined> {
    if (!query.trim() || !this.options.embedder) return undefined;
    if (!report) return (await this.options.embedder.embed([query]))[0];
    try {
      return (await this.options.embedder.embed([query]))[0];
    } catch (err) {
      // Text search alone still finds most of what matters; a turn is worth more than its vector.
      report({ source: 'embeddings', message: `the embedder failed, so this search used text only: ${messageOf(err)}` });
      return undefined;
    }
  }

  private async embed(records: MemoryRecord[], report?: (notice: MemoryNotice) => void): Promise<void> {
    const embedder = this.options.embedder;
    if (!embedder || records.length === 0) return;
    let vectors: Float32Array[];
    try {
      vectors = await embedder.embed(records.map((r) => r.content));
    } catch (err) {
      if (!report) throw err;
      // Stored without vectors, the memories are still found by text; nothing the user said is lost.
      report({ source: 'embeddings', message: `the embedder failed, so these memories were stored without vectors: ${messageOf(err)}` });
      return;
    }
    records.forEach((record, i) => (record.embedding = vectors[i]));
  }

  /** The facts of one user message: from the configured source, or the offline extractor when that fails. */
  private async readFacts(text: string, report?: (notice: MemoryNotice) => void): Promise<FactUpdate | undefined> {
    if (!this.facts) return undefined;
    try {
      return await this.facts.extract(text);
    } catch (err) {
      report?.({ source: 'facts', message: `the model could not read facts from this message, so the offline extractor did: ${messageOf(err)}` });
      return this.offlineFacts.extract(text);
    }
  }
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 300);
}
