import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MemoryVector } from '../../api/types';
import { VectorFacts } from './vector-facts';

const render = (vector: MemoryVector | null | undefined) => renderToStaticMarkup(createElement(VectorFacts, { vector }));

describe('vector facts', () => {
  it('shows the field, its dimension, the distance and the embedder', () => {
    const html = render({ field: 'embedding', dimensions: 1536, distance: 'COSINE', embedder: 'openai:text-embedding-3-small' });
    expect(html).toMatch(/data-testid="vector-field">embedding</);
    expect(html).toMatch(/data-testid="vector-dimensions">1536</);
    expect(html).toMatch(/data-testid="vector-distance">COSINE</);
    expect(html).toMatch(/data-testid="vector-embedder">openai:text-embedding-3-small</);
  });

  it('says text search only without vectors, and nothing before /api/demo answered', () => {
    expect(render(null)).toMatch(/data-testid="vector-none">no vectors \(text search only\)</);
    expect(render(undefined)).toBe('');
  });
});
