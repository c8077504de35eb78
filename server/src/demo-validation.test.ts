import { describe, expect, it } from 'vitest';
import { demos } from '../../demos/index';
import type { DemoDefinition } from './demo-definition';
import { validateDemos } from './demo-validation';

const agent = (id: string, portOffset: number) => ({
  id,
  name: id,
  description: '',
  instructions: 'Be helpful.',
  memory: { indexName: `idx_${id}`, prefix: `mem_${id}`, applicationId: 'app', strategy: 'global' as const },
  history: {},
  portOffset,
});

describe('validateDemos', () => {
  it('accepts the declared demos', () => {
    expect(() => validateDemos(demos)).not.toThrow();
  });

  it('lists every problem at once, naming the demo, the agent and the field', () => {
    const bad: DemoDefinition[] = [
      { id: 'one', title: 'One', description: '', agents: [agent('a', 0)] },
      { id: 'one', title: '', description: '', agents: [{ ...agent('a', 0), portOffset: 7 }] },
      { id: 'two', title: 'Two', description: '', agents: [{ ...agent('b', 0), history: { maxMessages: 0 }, memory: { ...agent('b', 0).memory, prefix: 'has space' } }] },
    ];
    let message = '';
    try {
      validateDemos(bad);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('demo "one": declared twice');
    expect(message).toContain('demo "one": needs a title');
    expect(message).toContain('demo "one", agent "a": the agent id is already used by demo "one"');
    expect(message).toContain('portOffset must be one of 0, 1, 2, 3 (got 7)');
    expect(message).toContain('demo "two", agent "b": portOffset 0 is already served by demo "one"');
    expect(message).toContain('history.maxMessages must be a whole number');
    expect(message).toContain('memory.prefix must be');
  });
});

describe('demos served on request', () => {
  const exercise = (id: string): DemoDefinition => ({ id, title: id, description: '', onRequest: true, agents: [agent(`${id}_agent`, 0)] });

  it('may reuse a demo port (they run alone), but not together with that demo', async () => {
    const { assertPortsApart } = await import('./demo-validation');
    const main: DemoDefinition = { id: 'main', title: 'Main', description: '', agents: [agent('m', 0)] };
    expect(() => validateDemos([main, exercise('exercise-1'), exercise('exercise-2')])).not.toThrow();
    expect(() => assertPortsApart([exercise('exercise-1')])).not.toThrow();
    expect(() => assertPortsApart([main, exercise('exercise-1')])).toThrow(/both use port offset 0.*--demo exercise-1/);
  });
});
