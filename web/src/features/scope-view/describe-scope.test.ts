import { describe, expect, it } from 'vitest';
import { demoAgent, demoInfo, demoMemory } from '../../api/test-fixtures';
import { describeScope, scopeFacts, vectorOf } from './describe-scope';

describe('describeScope', () => {
  it('explains a global scope: isolated per user and agent, shared across threads', () => {
    const scope = { applicationId: 'workshop', agentId: 'agent_personal', userId: '(you)', strategy: 'global' } as const;
    const text = describeScope(scopeFacts(scope, 't1')).join(' ');
    expect(text).toContain('“agent_personal”');
    expect(text).toContain('“workshop”');
    expect(text).toMatch(/Another attendee never sees them/);
    expect(text).toMatch(/global across your threads/);
    expect(text).not.toMatch(/per thread/);
  });

  it('explains a per-thread scope naming the open thread', () => {
    const scope = { ...demoMemory('support_agent').scope, strategy: 'per-thread' } as const;
    const text = describeScope(scopeFacts(scope, 'support_ticket_12345')).join(' ');
    expect(text).toContain('“support_ticket_12345”');
    expect(text).toMatch(/new thread starts with an empty memory/);
    expect(text).toContain('“support_agent”');
  });

  it('is global and names nothing until /api/demo answered', () => {
    expect(scopeFacts(null, null)).toEqual({ applicationId: undefined, agentId: undefined, strategy: 'global', threadId: null });
  });
});

describe('vectorOf', () => {
  const vector = { field: 'embedding', dimensions: 1536, distance: 'COSINE', embedder: 'openai:text-embedding-3-small' } as const;
  const demo = demoInfo([demoAgent('a', 8000, { memory: demoMemory('a', { vector }) })]);

  it("takes the page agent's vector field, even when it says text only", () => {
    expect(vectorOf(demo, demoAgent('b', 8001, { memory: demoMemory('b', { vector: { ...vector, dimensions: 384 } }) }))?.dimensions).toBe(384);
    expect(vectorOf(demo, demoAgent('b', 8001))).toBeNull();
  });

  it("falls back to the demo's until the agent is known, and is undefined before /api/demo answered", () => {
    expect(vectorOf(demo, null)).toEqual(vector);
    expect(vectorOf(null, null)).toBeUndefined();
  });
});
