import { describe, expect, it } from 'vitest';
import { fuseHybrid, normaliseTextScores } from './fusion';

describe('normaliseTextScores', () => {
  it('scales BM25 to the best hit, best first', () => {
    expect(normaliseTextScores([{ id: 'b', score: 2 }, { id: 'a', score: 8 }, { id: 'c', score: 0 }])).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 0.25 },
      { id: 'c', score: 0 },
    ]);
    expect(normaliseTextScores([])).toEqual([]);
  });
});

describe('fuseHybrid', () => {
  it('blends normalised text relevance with cosine similarity', () => {
    const fused = fuseHybrid(
      [{ id: 'both', score: 4 }, { id: 'text', score: 2 }],
      [{ id: 'both', similarity: 0.8 }, { id: 'vector', similarity: 0.9 }, { id: 'opposite', similarity: -0.5 }],
    );
    expect(fused.map((f) => f.id)).toEqual(['both', 'vector', 'text', 'opposite']);
    expect(fused[0].score).toBeCloseTo(0.5 + 0.4);
    expect(fused[1].score).toBeCloseTo(0.45);
    expect(fused[2].score).toBeCloseTo(0.25);
    expect(fused[3].score).toBe(0);
  });

  it('honours the weights', () => {
    const fused = fuseHybrid([{ id: 't', score: 1 }], [{ id: 'v', similarity: 1 }], { text: 0.2, vector: 0.8 });
    expect(fused).toEqual([{ id: 'v', score: 0.8 }, { id: 't', score: 0.2 }]);
  });
});
