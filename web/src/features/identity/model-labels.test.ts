import { describe, expect, it } from 'vitest';
import { chatModelLabel, embedderLabel, modelTitle, providerLabel } from './model-labels';

describe('model badge labels', () => {
  it('names the providers, and shows an unknown one as it is', () => {
    expect(providerLabel('offline')).toBe('offline model');
    expect(providerLabel('azure')).toBe('Azure OpenAI');
    expect(providerLabel('openai')).toBe('OpenAI-compatible');
    expect(providerLabel('ollama')).toBe('ollama');
  });

  it('keeps "offline model" alone and adds the deployment of a real model', () => {
    expect(chatModelLabel({ provider: 'offline', model: 'offline', embedder: null })).toBe('offline model');
    expect(chatModelLabel({ provider: 'azure', model: 'gpt-4o-mini', embedder: null })).toBe('Azure OpenAI · gpt-4o-mini');
    expect(chatModelLabel({ provider: 'openai', model: '', embedder: null })).toBe('OpenAI-compatible');
  });

  it('describes the embedder, text-only search, or nothing while no health answer named it', () => {
    expect(embedderLabel({ name: 'openai:text-embedding-3-small', dimensions: 1536 })).toBe('embeddings: openai:text-embedding-3-small · 1536 dims');
    expect(embedderLabel(null)).toBe('text search only');
    expect(embedderLabel(undefined)).toBeNull();
  });

  it('puts the chat model and the embedder in the tooltip', () => {
    const title = modelTitle({ provider: 'azure', model: 'gpt-4o', embedder: { name: 'azure:text-embedding-3-small', dimensions: 1536 } });
    expect(title.split('\n')).toEqual(['Chat model: Azure OpenAI, deployment gpt-4o', 'embeddings: azure:text-embedding-3-small · 1536 dims']);
    expect(modelTitle({ provider: 'offline', model: 'offline', embedder: null })).toMatch(/offline model.*\nembeddings: none, text search only$/s);
    expect(modelTitle({ provider: 'offline', model: 'offline' })).not.toContain('\n');
  });
});
