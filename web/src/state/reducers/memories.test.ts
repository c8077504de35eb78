import { describe, expect, it } from 'vitest';
import { frame, memory, opened, run } from './test-fixtures';

describe('reducer: memories', () => {
  it('follows live memory events of this agent only', () => {
    let s = run(opened(), { type: 'memories.loaded', items: [memory('m1', 'User name: Ada')], engine: 'fallback' });
    s = run(
      s,
      frame({ type: 'memory.stored', agentId: 'personal_assistant', memory: memory('m2', 'Diet: vegetarian') }),
      frame({ type: 'memory.stored', agentId: 'agent_work', memory: memory('w1', 'Works at Contoso', 'agent_work') }),
      frame({ type: 'memory.updated', agentId: 'personal_assistant', memory: memory('m1', 'User name: Ada Lovelace') }),
    );
    expect(s.memories.items.map((m) => m.text)).toEqual(['Diet: vegetarian', 'User name: Ada Lovelace']);
    expect(s.memories.engine).toBe('fallback');

    s = run(s, frame({ type: 'memory.deleted', agentId: 'personal_assistant', id: 'm2' }));
    expect(s.memories.items.map((m) => m.id)).toEqual(['m1']);
    s = run(s, frame({ type: 'memory.cleared', agentId: 'agent_work' }));
    expect(s.memories.items).toHaveLength(1);
    s = run(s, frame({ type: 'memory.cleared', agentId: 'personal_assistant' }));
    expect(s.memories.items).toEqual([]);
  });

  it('keeps search results ranked while live edits and deletions apply to them', () => {
    let s = run(opened(), {
      type: 'memory.search.loaded',
      query: 'food',
      engine: 'fallback',
      items: [memory('m1', 'Diet: vegetarian', undefined, { score: 2.5 }), memory('m2', 'Likes pizza', undefined, { score: 1.1 })],
    });
    s = run(
      s,
      { type: 'memory.changed', memory: memory('m2', 'Likes pizza and pasta') },
      { type: 'memory.removed', id: 'm1' },
    );
    expect(s.memorySearch?.items).toEqual([memory('m2', 'Likes pizza and pasta', undefined, { score: 1.1 })]);
    s = run(s, { type: 'memory.search.cleared' });
    expect(s.memorySearch).toBeNull();
  });
});
