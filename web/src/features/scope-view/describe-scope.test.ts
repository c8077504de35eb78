import { describe, expect, it } from 'vitest';
import { describeScope, scopeFacts, vectorOf } from './describe-scope';

describe('describeScope', () => {
  it('explains a global scope: isolated per user and agent, shared across threads', () => {
    const lines = describeScope(scopeFacts({ applicationId: 'workshop', agentId: 'agent_personal', strategy: 'global' }, undefined, 't1'));
    const text = lines.join(' ');
    expect(text).toContain('“agent_personal”');
    expect(text).toContain('“workshop”');
    expect(text).toMatch(/Another attendee never sees them/);
    expect(text).toMatch(/global across your threads/);
    expect(text).not.toMatch(/per thread/);
  });

  it('explains a per-thread scope naming the open thread', () => {
    const text = describeScope(scopeFacts({ strategy: 'per-thread' }, 'support_agent', 'support_ticket_12345')).join(' ');
    expect(text).toContain('“support_ticket_12345”');
    expect(text).toMatch(/new thread starts with an empty memory/);
    expect(text).toContain('“support_agent”');
  });

  it('defaults to global and falls back to the page agent when the scope omits it', () => {
    expect(scopeFacts(undefined, 'a1', null)).toEqual({ applicationId: undefined, agentId: 'a1', strategy: 'global', threadId: null });
  });
});

describe('vectorOf', () => {
  const vector = { field: 'embedding', dimensions: 1536, distance: 'COSINE', embedder: 'openai:text-embedding-3-small' };
  const demo = { id: 'd', title: 'D', description: '', port: 8000, agents: [], memory: { indexName: 'idx', vector } };

  it("prefers the agent's own vector field, even when it says text only", () => {
    expect(vectorOf(demo, { id: 'a', name: 'A', description: '', memory: { vector: { ...vector, dimensions: 384 } } })?.dimensions).toBe(384);
    expect(vectorOf(demo, { id: 'a', name: 'A', description: '', memory: { vector: null } })).toBeNull();
  });

  it("falls back to the demo's, and is undefined when an older server does not say", () => {
    expect(vectorOf(demo, { id: 'a', name: 'A', description: '' })).toEqual(vector);
    expect(vectorOf({ ...demo, memory: { indexName: 'idx' } }, null)).toBeUndefined();
    expect(vectorOf(null, null)).toBeUndefined();
  });
});
