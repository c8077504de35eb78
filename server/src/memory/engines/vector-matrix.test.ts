import { describe, expect, it } from 'vitest';
import type { MemoryKind } from '../types';
import { VectorMatrix } from './vector-matrix';

/** A deterministic pseudo-random source, so a failure is reproducible. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

function vector(next: () => number, dims: number): Float32Array {
  return Float32Array.from({ length: dims }, next);
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
}

describe('VectorMatrix', () => {
  it('finds exactly what a brute-force cosine ranking finds, through adds, replaces and removes', () => {
    const next = random(7);
    const dims = 37; // not a multiple of 4: the unrolled loop's tail counts too
    const matrix = new VectorMatrix(dims, 2);
    const live = new Map<string, { kind: MemoryKind; v: Float32Array }>();
    const kinds: MemoryKind[] = ['message', 'fact', 'tool'];
    for (let step = 0; step < 600; step++) {
      const id = `r${Math.floor((next() + 0.5) * 150)}`;
      if (next() < -0.3) {
        matrix.remove(id);
        live.delete(id);
      } else {
        const entry = { kind: kinds[step % 3], v: vector(next, dims) };
        matrix.set(id, entry.kind, entry.v);
        live.set(id, entry);
      }
    }
    expect(matrix.size).toBe(live.size);
    for (let q = 0; q < 20; q++) {
      const query = vector(next, dims);
      const only: MemoryKind[] | undefined = q % 2 ? ['fact', 'tool'] : undefined;
      const expected = [...live]
        .filter(([, e]) => !only || only.includes(e.kind))
        .map(([id, e]) => ({ id, similarity: cosine(e.v, query) }))
        .sort((a, b) => b.similarity - a.similarity)
        .slice(0, 10);
      const found = matrix.search(query, only, 10);
      expect(found.map((h) => h.id)).toEqual(expected.map((h) => h.id));
      found.forEach((h, i) => expect(h.similarity).toBeCloseTo(expected[i].similarity, 5));
    }
  });

  it('ignores vectors of another length or of zero length, and queries of another length', () => {
    const matrix = new VectorMatrix(4);
    matrix.set('a', 'fact', [1, 0, 0, 0]);
    matrix.set('b', 'fact', [1, 0, 0]);
    matrix.set('c', 'fact', [0, 0, 0, 0]);
    expect(matrix.size).toBe(1);
    matrix.set('a', 'fact', undefined);
    expect(matrix.size).toBe(0);
    matrix.set('a', 'fact', [0, 2, 0, 0]);
    expect(matrix.search([0, 1, 0, 0], undefined, 5)).toEqual([{ id: 'a', similarity: 1 }]);
    expect(matrix.search([0, 1, 0], undefined, 5)).toEqual([]);
    expect(matrix.search([0, 0, 0, 0], undefined, 5)).toEqual([]);
  });
});
