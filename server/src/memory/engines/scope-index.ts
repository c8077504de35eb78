/**
 * The plain engine's in-process search index for one scope: the scope's records, newest first,
 * an Orama database over their text (BM25 with English stemming) and a `VectorMatrix` of their
 * embeddings (exact cosine search). Built from Redis, cached, and patched with the scope's
 * changes instead of being rebuilt.
 */
import { create, insertMultiple, removeMultiple, search, type AnyOrama } from '@orama/orama';
import { STOP_WORDS } from '../escape';
import type { MemoryKind, MemoryRecord } from '../types';
import type { TextCandidate, VectorCandidate } from './fusion';
import { VectorMatrix } from './vector-matrix';

/** Options of a scope's in-process index. */
export interface ScopeIndexOptions {
  /** Length of the embeddings to index; records with another length are searched by text only. Default: no vectors. */
  vectorDimensions?: number;
}

interface OramaDoc {
  id: string;
  content: string;
  kind: MemoryKind;
}

/** Fixed cost of one cached scope (its maps, the text index's tables), in bytes. */
const SCOPE_OVERHEAD_BYTES = 16 * 1024;
/** Per record besides its text and embedding: the record object, its id and the index entries. */
const RECORD_OVERHEAD_BYTES = 1200;

/** One scope's records and the Orama index over them, cached by the plain engine until the scope changes. */
export class ScopeIndex {
  /** Version counters of the scope's tag sets, as read together with the record ids. */
  readonly versions: ReadonlyArray<string | null>;
  /** Every record of the scope, newest first. */
  readonly records: readonly MemoryRecord[];
  private readonly options: ScopeIndexOptions;
  private bytes: number | undefined;
  private db: Promise<AnyOrama> | undefined;
  private vectors: VectorMatrix | undefined;
  private ids: Map<string, MemoryRecord> | undefined;

  constructor(records: MemoryRecord[], versions: ReadonlyArray<string | null>, options: ScopeIndexOptions = {}, sorted = false) {
    this.records = sorted ? records : [...records].sort(newestFirst);
    this.versions = versions;
    this.options = options;
  }

  /**
   * What this index holds in memory, estimated (the cache's budget is counted in it): per record
   * its text (twice: the record and the text index), the text index's own entries, and the
   * embedding (twice: the record and the vector matrix). Measured with V8's heap: about 1 KB of
   * index structures per 50-character record besides the text and vectors.
   */
  get estimatedBytes(): number {
    if (this.bytes === undefined) {
      let bytes = SCOPE_OVERHEAD_BYTES;
      for (const r of this.records) bytes += RECORD_OVERHEAD_BYTES + r.content.length * 4 + (r.embedding ? r.embedding.length * 8 : 0);
      this.bytes = bytes;
    }
    return this.bytes;
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

  /**
   * A new index with records replaced or added and ids removed. The built text and vector
   * indexes move to it and are changed in place (rebuilding them costs O(records), and every turn
   * writes); an index patched a second time gives its successor none, which builds its own.
   */
  patched(upserted: MemoryRecord[], removed: string[], versions: ReadonlyArray<string | null>): ScopeIndex {
    const drop = new Set([...removed, ...upserted.map((r) => r.id)]);
    const kept = this.records.filter((r) => !drop.has(r.id));
    // The kept records are in order already: merge the few new ones in rather than sort them all.
    const next = new ScopeIndex(mergeNewestFirst(kept, [...upserted].sort(newestFirst)), versions, this.options, true);
    // What the text index holds and must lose (read before the id map moves on).
    const stale = this.db ? [...drop].filter((id) => this.byId(id)) : [];
    const ids = this.ids;
    if (ids) {
      for (const id of drop) ids.delete(id);
      for (const r of upserted) ids.set(r.id, r);
      next.ids = ids;
      this.ids = undefined;
    }
    if (this.db) {
      next.db = this.db
        .then(async (db) => {
          if (stale.length > 0) await removeMultiple(db, stale);
          if (upserted.length > 0) await insertMultiple(db, upserted.map((r) => this.toDoc(r)) as never);
          return db;
        })
        .catch(() => next.build());
      this.db = undefined;
    }
    if (this.vectors) {
      for (const id of removed) this.vectors.remove(id);
      for (const r of upserted) this.vectors.set(r.id, r.kind, r.embedding);
      next.vectors = this.vectors;
      this.vectors = undefined;
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
    // Every record is a candidate; the fusion decides what a low similarity is worth.
    return this.matrix(dims).search(vector, kinds, limit);
  }

  /** Built on first vector search, like the text index. */
  private matrix(dims: number): VectorMatrix {
    if (!this.vectors) {
      const matrix = new VectorMatrix(dims, this.records.length);
      for (const r of this.records) matrix.set(r.id, r.kind, r.embedding);
      this.vectors = matrix;
    }
    return this.vectors;
  }

  /** Built on first search: listing a scope never pays for it. */
  private orama(): Promise<AnyOrama> {
    this.db ??= this.build();
    return this.db;
  }

  private toDoc(r: MemoryRecord): OramaDoc {
    return { id: r.id, content: r.content, kind: r.kind };
  }

  private async build(): Promise<AnyOrama> {
    const db = create({
      schema: { content: 'string', kind: 'enum' },
      components: { tokenizer: { stemming: true, stopWords: [...STOP_WORDS] } },
    }) as AnyOrama;
    const docs: OramaDoc[] = this.records.map((r) => this.toDoc(r));
    await insertMultiple(db, docs as never);
    return db;
  }
}

function newestFirst(a: MemoryRecord, b: MemoryRecord): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
}

/** Two lists, each newest first, as one. */
function mergeNewestFirst(a: MemoryRecord[], b: MemoryRecord[]): MemoryRecord[] {
  if (b.length === 0) return a;
  const out: MemoryRecord[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = newestFirst(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
