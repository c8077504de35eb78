import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PageModel } from '../../state/types';
import { ModelBadge } from './model-badge';

const render = (model: PageModel | null) => renderToStaticMarkup(createElement(ModelBadge, { model }));

describe('model badge', () => {
  it('keeps the badge text "offline model" and shows text-only search beside it', () => {
    const html = render({ provider: 'offline', model: 'offline', embedder: null });
    expect(html).toMatch(/data-testid="model-badge"[^>]*>offline model</);
    expect(html).toMatch(/data-testid="model-embedder"[^>]*>text search only</);
    expect(html).not.toContain('model-warnings');
  });

  it('shows the embedder and a warning marker carrying the warnings', () => {
    const html = render({
      provider: 'azure',
      model: 'gpt-4o-mini',
      embedder: { name: 'azure:text-embedding-3-small', dimensions: 1536 },
      warnings: ['AZURE_OPENAI_API_VERSION ignored', 'no embedding deployment'],
    });
    expect(html).toMatch(/data-testid="model-badge"[^>]*>Azure OpenAI · gpt-4o-mini</);
    expect(html).toContain('embeddings: azure:text-embedding-3-small · 1536 dims');
    expect(html).toMatch(/data-testid="model-warnings"[^>]*title="AZURE_OPENAI_API_VERSION ignored\nno embedding deployment"/);
  });

  it('shows no embedder line while no health answer named the embedder', () => {
    expect(render({ provider: 'openai', model: 'llama3' })).not.toContain('model-embedder');
  });
});
