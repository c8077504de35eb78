/**
 * The long-term memory of one agent for one scope: the counterpart of Agent Framework's
 * `RedisProvider`. Before a model call it searches the scope's memories and builds the context
 * message; after it, it stores the turn's messages, tool results and the curated facts.
 */
import type { ChatMessage } from '../history/types';
import { invalidArgument, WorkshopError } from '../errors';
import { NlpFactExtractor } from '../nlp/facts';
import type { FactExtractor } from '../nlp/facts/types';
import { PROVIDER_DEFAULTS, type MemoryProviderOptions } from './provider-options';
import { factMemoryId, messageMemoryId } from './record-ids';
import type { IndexInfo, MemoryChange, MemoryEngine, MemoryHit, MemoryKind, MemoryRecord, MemoryScope } from './types';

/** What `invoking` returns: the injected text (none when nothing was found) and the memories behind it. */
export interface MemoryContext {
  text?: string;
  memories: MemoryHit[];
}

const SCOPE_FIELDS = ['applicationId', 'agentId', 'userId', 'threadId'] as const;

export class RedisMemoryProvider {
  readonly engine: MemoryEngine;
  private readonly options: MemoryProviderOptions;
  private readonly facts: FactExtractor | null;

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
  async invoking(input: { threadId: string; messages: ChatMessage[] }): Promise<MemoryContext> {
    const query = input.messages
      .filter((m) => m.role === 'user')
      .map((m) => m.text)
      .join('\n');
    const memories = await this.relevant(this.scope(input.threadId), query);
    if (memories.length === 0) return { memories };
    const prompt = this.options.contextPrompt ?? PROVIDER_DEFAULTS.contextPrompt;
    const lines = memories.map((hit) => `- ${hit.record.content.replace(/\s+/g, ' ').trim()}`);
    return { text: `${prompt}\n${lines.join('\n')}`, memories };
  }

  /**
   * After a model call: store the user, assistant and tool messages of the turn and apply the
   * facts found in the user's messages. Returns what changed, for live views.
   */
  async invoked(input: { threadId: string; requestMessages: ChatMessage[]; responseMessages: ChatMessage[] }): Promise<MemoryChange[]> {
    const scope = this.scope(input.threadId);
    const storeTools = this.options.storeToolResults ?? PROVIDER_DEFAULTS.storeToolResults;
    const messages = [...input.requestMessages, ...input.responseMessages].filter(
      (m) => m.text.trim().length > 0 && (m.role === 'user' || m.role === 'assistant' || (m.role === 'tool' && storeTools)),
    );
    const records: MemoryRecord[] = messages.map((m) => ({
      ...scope,
      id: messageMemoryId(scope, m.id),
      kind: m.role === 'tool' ? 'tool' : 'message',
      content: m.role === 'tool' && m.toolName ? `${m.toolName} result: ${m.text}` : m.text,
      role: m.role,
      threadId: input.threadId,
      conversationId: input.threadId,
      messageId: m.id,
      authorName: m.authorName,
      createdAt: m.createdAt,
    }));

    const { factRecords, removedIds } = this.factChanges(scope, input.threadId, input.requestMessages);
    const toWrite = [...records, ...factRecords];
    const [previous] = await Promise.all([this.existing(scope, [...factRecords.map((r) => r.id), ...removedIds]), this.embed(toWrite)]);
    await this.engine.upsert(toWrite);

    const changes: MemoryChange[] = records.map((record) => ({ type: 'stored', record }));
    for (const record of factRecords) {
      const before = previous.get(record.id);
      if (before?.content === record.content) continue;
      changes.push({ type: before ? 'updated' : 'stored', record });
    }
    const removed = await Promise.all(
      removedIds.map(async (id) => {
        const before = previous.get(id);
        return before && (await this.engine.delete(scope, id)) ? before : undefined;
      }),
    );
    for (const record of removed) if (record) changes.push({ type: 'deleted', record });
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

  /** Forgets one memory of the scope; false when it was not there. */
  async forget(id: string, threadId?: string): Promise<boolean> {
    return this.engine.delete(this.scope(threadId), id);
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
  private async relevant(scope: MemoryScope, query: string): Promise<MemoryHit[]> {
    const maxFacts = this.options.maxFacts ?? PROVIDER_DEFAULTS.maxFacts;
    const vector = await this.queryVector(query);
    const [hits, facts] = await Promise.all([
      query.trim() ? this.engine.search(scope, query, { limit: this.topK, vector }) : Promise.resolve([]),
      maxFacts > 0 ? this.engine.list(scope, { kinds: ['fact'], limit: maxFacts }) : Promise.resolve([]),
    ]);
    const minScore = this.options.minScore ?? PROVIDER_DEFAULTS.minScore;
    const relevant = hits.filter((h) => h.score >= minScore);
    const seen = new Set(relevant.map((h) => h.record.id));
    return [...relevant, ...facts.filter((f) => !seen.has(f.id)).map((record) => ({ record, score: 0 }))];
  }

  private factChanges(scope: MemoryScope, threadId: string, messages: ChatMessage[]): { factRecords: MemoryRecord[]; removedIds: string[] } {
    const factRecords = new Map<string, MemoryRecord>();
    const removedIds = new Set<string>();
    if (!this.facts) return { factRecords: [], removedIds: [] };
    for (const message of messages) {
      if (message.role !== 'user') continue;
      const update = this.facts.extract(message.text);
      for (const key of update.remove) {
        const id = factMemoryId(scope, key);
        factRecords.delete(id);
        removedIds.add(id);
      }
      for (const fact of update.set) {
        const id = factMemoryId(scope, fact.key);
        removedIds.delete(id);
        factRecords.set(id, {
          ...scope,
          id,
          kind: 'fact',
          content: fact.text,
          role: 'user',
          threadId: scope.threadId ?? threadId,
          conversationId: threadId,
          messageId: message.id,
          authorName: message.authorName,
          factKey: fact.key,
          createdAt: message.createdAt,
        });
      }
    }
    return { factRecords: [...factRecords.values()], removedIds: [...removedIds] };
  }

  private async existing(scope: MemoryScope, ids: string[]): Promise<Map<string, MemoryRecord>> {
    const found = await Promise.all(ids.map((id) => this.engine.get(scope, id)));
    const byId = new Map<string, MemoryRecord>();
    for (const record of found) if (record) byId.set(record.id, record);
    return byId;
  }

  /** The query's vector for hybrid search; none without an embedder or for a blank query. */
  private async queryVector(query: string): Promise<Float32Array | undefined> {
    if (!query.trim() || !this.options.embedder) return undefined;
    return (await this.options.embedder.embed([query]))[0];
  }

  private async embed(records: MemoryRecord[]): Promise<void> {
    const embedder = this.options.embedder;
    if (!embedder || records.length === 0) return;
    const vectors = await embedder.embed(records.map((r) => r.content));
    records.forEach((record, i) => (record.embedding = vectors[i]));
  }
}
