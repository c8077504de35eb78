import { describe, expect, it } from 'vitest';
import { HashingEmbedder, cosineSimilarity, lightStem } from './hashing-embedder';

describe('HashingEmbedder', () => {
  const embedder = new HashingEmbedder();

  it('is named and sized as configured', async () => {
    expect(embedder.name).toBe('offline-hashing');
    expect(embedder.dimensions).toBe(256);
    const [v] = await new HashingEmbedder({ dimensions: 64 }).embed(['hello world']);
    expect(v).toBeInstanceOf(Float32Array);
    expect(v.length).toBe(64);
  });

  it('is deterministic and L2-normalised', async () => {
    const [a, b] = await embedder.embed(['I love sushi', 'I love sushi']);
    expect(Array.from(a)).toEqual(Array.from(b));
    const norm = Math.sqrt(a.reduce((s, x) => s + x * x, 0));
    expect(norm).toBeCloseTo(1, 5);
  });

  it('scores similar texts higher than unrelated ones', async () => {
    const [query, sushi, dog, car] = await embedder.embed([
      'where should I eat sushi',
      'User loves the sushi restaurant downtown',
      'My dog Rex likes long walks',
      'I drive a blue car',
    ]);
    const toSushi = cosineSimilarity(query, sushi);
    expect(toSushi).toBeGreaterThan(cosineSimilarity(query, dog));
    expect(toSushi).toBeGreaterThan(cosineSimilarity(query, car));
    expect(toSushi).toBeGreaterThan(0.2);
  });

  it('relates inflected forms through stems and character 3-grams', async () => {
    const [a, b, c] = await embedder.embed(['restaurants', 'restaurant', 'volcano']);
    expect(cosineSimilarity(a, b)).toBeGreaterThan(0.9);
    expect(cosineSimilarity(a, c)).toBeLessThan(0.3);
  });

  it('gives the zero vector to text without content words', async () => {
    const [v] = await embedder.embed(['?? what is it']);
    expect(v.every((x) => x === 0)).toBe(true);
  });

  it('rejects impossible dimensions', () => {
    expect(() => new HashingEmbedder({ dimensions: 0 })).toThrow(/dimensions/);
  });
});

describe('lightStem', () => {
  it('strips common inflections only from longer words', () => {
    expect(lightStem('restaurants')).toBe('restaurant');
    expect(lightStem('cities')).toBe('city');
    expect(lightStem('walking')).toBe('walk');
    expect(lightStem('glass')).toBe('glass');
    expect(lightStem('bus')).toBe('bus');
  });
});
