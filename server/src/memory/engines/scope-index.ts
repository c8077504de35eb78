/**
 * The plain engine's in-process search index for one scope: the scope's records, newest first,
 * and an Orama database over them (BM25 full text with English stemming, plus cosine vector
 * search when embeddings exist). Built from Redis, cached, thrown away when Redis says the
 * scope changed.
 */
import { create, insertMultiple, removeMultiple, search, type AnyOrama } from '@orama/orama';
import { STOP_WORDS } from '../escape';
import type { MemoryKind, MemoryRecord } from '../types';
import type { TextCandidate, VectorCandidate } from './fusion';

/** Options of a scope's in-process index. */
export interface ScopeIndexOptions {
  /** Length of the embeddings to index; records with another length are searched by text only. Default: no vectors. */
  vectorDimensions?: number;
}

interface OramaDoc {
  id: string;
  content: string;
  kind: MemoryKind;
  embedding?: number[];
}

/** One scope's records and the Orama index over them, cached by the plain engine until the scope changes. */
export class ScopeIndex {
  /** Version counters of the scope's tag sets, as read together with the record ids. */
  readonly versions: ReadonlyArray<string | null>;
  /** Every record of the scope, newest first. */
  readonly records: readonly MemoryRecord[];
  private readonly options: ScopeIndexOptions;
  private db: Promise<AnyOrama> | undefined;
  private ids: Map<string, MemoryRecord> | undefined;

  constructor(records: MemoryRecord[], versions: ReadonlyArray<string | null>, options: ScopeIndexOptions = {}) {
    this.records = [...records].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
    this.versions = versions;
    this.options = options;
  }

  /** Newest first, optionally only some kinds. */
  list(kinds: MemoryKind[] | undefined, limit: number): MemoryRecord[] {
    const out: MemoryRecord[] = [];
    for (const record of this.records) {
      if (kinds && !kinds.includes(record.kind)) continue;
      out.push(record);
      if (out.length >= limit) break;
    }
    return out;
  }

  byId(id: string): MemoryRecord | undefined {
    this.ids ??= new Map(this.records.map((r) => [r.id, r]));
    return this.ids.get(id);
  }

  /** A new index with records replaced or added and ids removed; the Orama part is rebuilt on next search. */
  patched(upserted: MemoryRecord[], removed: string[], versions: ReadonlyArray<string | null>): ScopeIndex {
    const drop = new Set([...removed, ...upserted.map((r) => r.id)]);
    const kept = this.records.filter((r) => !drop.has(r.id));
    const next = new ScopeIndex([...kept, ...upserted], versions, this.options);
    if (this.db) {
      // Carry the built Orama database over and change only what changed: rebuilding it costs
      // O(records) and every turn writes, so a rebuild here would make every search cold.
      const stale = [...drop].filter((id) => this.byId(id));
      next.db = this.db.then(async (db) => {
        if (stale.length > 0) await removeMultiple(db, stale);
        if (upserted.length > 0) await insertMultiple(db, upserted.map((r) => this.toDoc(r)) as never);
        return db;
      }).catch(() => next.build());
    }
    return next;
  }

  /** BM25 over `content`; any term may match (OR), as in the query-engine query. */
  async searchText(terms: string[], kinds: MemoryKind[] | undefined, limit: number): Promise<TextCandidate[]> {
    if (terms.length === 0 || this.records.length === 0) return [];
    const result = await search(await this.orama(), {
      term: terms.join(' '),
      properties: ['content'],
      threshold: 1,
      limit,
      ...(kinds ? { where: { kind: { in: kinds } } } : {}),
    } as Parameters<typeof search>[1]);
    return result.hits.map((hit) => ({ id: String(hit.id), score: hit.score }));
  }

  /** Cosine similarity to `vector` over the records whose embedding has the configured length. */
  async searchVector(vector: Float32Array, kinds: MemoryKind[] | undefined, limit: number): Promise<VectorCandidate[]> {
    const dims = this.options.vectorDimensions;
    if (!dims || vector.length !== dims || this.records.length === 0) return [];
    const result = await search(await this.orama(), {
      mode: 'vector',
      vector: { value: Array.from(vector), property: 'embedding' },
      // Every record is a candidate; the fusion decides what a low similarity is worth.
      similarity: -1,
      limit,
      ...(kinds ? { where: { kind: { in: kinds } } } : {}),
    } as Parameters<typeof search>[1]);
    return result.hits.map((hit) => ({ id: String(hit.id), similarity: hit.score }));
  }

  /** Built on first search: listing a scope never pays for it. */
  private orama(): Promise<AnyOrama> {
    this.db ??= this.build();
    return this.db;
  }

  private toDoc(r: MemoryRecord): OramaDoc {
    const dims = this.options.vectorDimensions;
    return {
      id: r.id,
      content: r.content,
      kind: r.kind,
      ...(dims && r.embedding?.length === dims ? { embedding: Array.from(r.embedding) } : {}),
    };
  }

  private async build(): Promise<AnyOrama> {
    const dims = this.options.vectorDimensions;
    const schema: Record<string, string> = { content: 'string', kind: 'enum' };
    if (dims) schema.embedding = `vector[${dims}]`;
    const db = create({
      schema: schema as never,
      components: { tokenizer: { stemming: true, stopWords: [...STOP_WORDS] } },
    }) as AnyOrama;
    const docs: OramaDoc[] = this.records.map((r) => this.toDoc(r));
    await insertMultiple(db, docs as never);
    return db;
  }
}
