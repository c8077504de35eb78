/**
 * Exact cosine search over one scope's embeddings, kept as unit vectors in one Float32Array (a
 * row per record). A scope holds thousands of memories, not millions: a flat scan of contiguous
 * floats is exact, needs no index to tune, and at 10,000 × 256 takes about a millisecond, where
 * going through a general search library's per-document vector path took ten times that.
 * Rows are replaced and removed in place (removal moves the last row into the gap), so a
 * cached scope follows its writes without being rebuilt.
 */
import type { MemoryKind } from '../types';
import type { VectorCandidate } from './fusion';

const KIND_CODES: Record<MemoryKind, number> = { message: 1, fact: 2, tool: 3 };

/** One scope's unit vectors, searchable by cosine similarity. */
export class VectorMatrix {
  private data: Float32Array;
  private kinds: Uint8Array;
  private readonly ids: string[] = [];
  private readonly rowOf = new Map<string, number>();

  constructor(
    /** Length of every vector; others are ignored (searched by text only). */
    readonly dimensions: number,
    capacity = 64,
  ) {
    this.data = new Float32Array(Math.max(1, capacity) * dimensions);
    this.kinds = new Uint8Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.ids.length;
  }

  /** Adds or replaces the vector of `id`; a vector of another length or of zero length removes it. */
  set(id: string, kind: MemoryKind, vector: ArrayLike<number> | undefined): void {
    const unit = vector && vector.length === this.dimensions ? normalised(vector) : undefined;
    if (!unit) {
      this.remove(id);
      return;
    }
    let row = this.rowOf.get(id);
    if (row === undefined) {
      row = this.ids.length;
      this.grow(row + 1);
      this.ids.push(id);
      this.rowOf.set(id, row);
    }
    this.data.set(unit, row * this.dimensions);
    this.kinds[row] = KIND_CODES[kind] ?? 0;
  }

  remove(id: string): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    const last = this.ids.length - 1;
    if (row !== last) {
      const moved = this.ids[last];
      this.data.copyWithin(row * this.dimensions, last * this.dimensions, (last + 1) * this.dimensions);
      this.kinds[row] = this.kinds[last];
      this.ids[row] = moved;
      this.rowOf.set(moved, row);
    }
    this.ids.pop();
    this.rowOf.delete(id);
  }

  /** The `limit` rows most similar to `query` (cosine, best first), only of `kinds` when given. */
  search(query: ArrayLike<number>, kinds: MemoryKind[] | undefined, limit: number): VectorCandidate[] {
    const q = query.length === this.dimensions ? normalised(query) : undefined;
    if (!q || limit <= 0) return [];
    const allowed = kinds ? new Set(kinds.map((k) => KIND_CODES[k])) : undefined;
    const dims = this.dimensions;
    const data = this.data;
    // The best so far, ascending by score, so the weakest is at index 0.
    const topRows: number[] = [];
    const topScores: number[] = [];
    // Offline (hashed) embeddings are mostly zeros: then only the query's non-zero dimensions
    // are read, which is the same sum for a fraction of the work.
    const nonZero: number[] = [];
    for (let j = 0; j < dims; j++) if (q[j] !== 0) nonZero.push(j);
    const sparse = nonZero.length * 2 < dims ? Int32Array.from(nonZero) : undefined;
    for (let row = 0; row < this.ids.length; row++) {
      if (allowed && !allowed.has(this.kinds[row])) continue;
      const score = sparse ? sparseDot(data, row * dims, q, sparse) : denseDot(data, row * dims, q, dims);
      if (topRows.length >= limit && score <= topScores[0]) continue;
      // Insertion into a short sorted list: `limit` is a few dozen candidates at most.
      let at = 0;
      while (at < topScores.length && topScores[at] < score) at++;
      topRows.splice(at, 0, row);
      topScores.splice(at, 0, score);
      if (topRows.length > limit) {
        topRows.shift();
        topScores.shift();
      }
    }
    const out: VectorCandidate[] = [];
    for (let i = topRows.length - 1; i >= 0; i--) out.push({ id: this.ids[topRows[i]], similarity: clamp(topScores[i]) });
    return out;
  }

  private grow(rows: number): void {
    if (rows * this.dimensions <= this.data.length) return;
    const capacity = Math.max(rows, this.kinds.length * 2);
    const data = new Float32Array(capacity * this.dimensions);
    data.set(this.data);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.data = data;
    this.kinds = kinds;
  }
}

/** The dot product of the row at `base` with `q`, four sums at a time (kept apart for the CPU's pipelines). */
function denseDot(data: Float32Array, base: number, q: Float32Array, dims: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < dims; j += 4) {
    s0 += data[base + j] * q[j];
    s1 += data[base + j + 1] * q[j + 1];
    s2 += data[base + j + 2] * q[j + 2];
    s3 += data[base + j + 3] * q[j + 3];
  }
  for (; j < dims; j++) s0 += data[base + j] * q[j];
  return s0 + s1 + s2 + s3;
}

/** The same dot product over only the dimensions where `q` is not zero. */
function sparseDot(data: Float32Array, base: number, q: Float32Array, nonZero: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < nonZero.length; k++) {
    const j = nonZero[k];
    sum += data[base + j] * q[j];
  }
  return sum;
}

/** `vector` scaled to length 1, or undefined for a zero (or non-finite) vector. */
function normalised(vector: ArrayLike<number>): Float32Array | undefined {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i] * vector[i];
  if (!(sum > 0) || !Number.isFinite(sum)) return undefined;
  const scale = 1 / Math.sqrt(sum);
  const out = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i] * scale;
  return out;
}

/** Float rounding can put a unit-vector dot product a hair outside [-1, 1]. */
function clamp(score: number): number {
  return score > 1 ? 1 : score < -1 ? -1 : score;
}
