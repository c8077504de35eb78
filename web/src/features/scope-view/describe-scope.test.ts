import { describe, expect, it } from 'vitest';
import { describeScope, scopeFacts } from './describe-scope';

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
