/**
 * Adding a memory engine, done once: a test-only engine (it delegates to the plain engine and
 * counts what it is asked) passes the engine contract suite and carries real agent turns when
 * the composition root is given it. docs/architecture.md points here.
 */
import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../../test/redis';
import { WorkshopRuntime } from '../../compose';
import type { DemoAgentDefinition } from '../../demo-definition';
import { InMemoryChatMessageStore } from '../../history/in-memory-store';
import { AgentThread } from '../../agents/thread';
import { OfflineChatModel } from '../../models/offline';
import type { IndexInfo, MemoryEngine, MemoryHit, MemoryKind, MemoryRecord, MemoryScope, SearchOptions } from '../types';
import { describeMemoryEngineContract } from './engine-contract';
import { PlainRedisEngine } from './plain-engine';

/** The smallest possible new engine: every call counted, then handed to the plain engine. */
class CountingEngine implements MemoryEngine {
  readonly name = 'fallback' as const;
  readonly calls = new Map<string, number>();
  constructor(private readonly inner: MemoryEngine) {}
  private count(method: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
  }
  init(): Promise<void> {
    this.count('init');
    return this.inner.init();
  }
  upsert(records: MemoryRecord[]): Promise<void> {
    this.count('upsert');
    return this.inner.upsert(records);
  }
  get(scope: MemoryScope, id: string): Promise<MemoryRecord | undefined> {
    this.count('get');
    return this.inner.get(scope, id);
  }
  search(scope: MemoryScope, text: string, options?: SearchOptions): Promise<MemoryHit[]> {
    this.count('search');
    return this.inner.search(scope, text, options);
  }
  list(scope: MemoryScope, options?: { kinds?: MemoryKind[]; limit?: number }): Promise<MemoryRecord[]> {
    this.count('list');
    return this.inner.list(scope, options);
  }
  delete(scope: MemoryScope, id: string): Promise<boolean> {
    this.count('delete');
    return this.inner.delete(scope, id);
  }
  deleteAll(scope: MemoryScope): Promise<number> {
    this.count('deleteAll');
    return this.inner.deleteAll(scope);
  }
  info(): Promise<IndexInfo> {
    return this.inner.info();
  }
}

// Named `fallback` because the suite checks `engine.name`: a real new engine adds its own name to contracts/names.ts.
const clients = [testClient(), testClient()] as const;

describeMemoryEngineContract('fallback', ({ prefix, indexName, vectorDimensions, connection }) =>
  new CountingEngine(new PlainRedisEngine({ client: clients[connection], prefix, indexName, vectorDimensions })),
);

describe('a new engine in the composition root', () => {
  it('carries the agents built there: their memory is searched and written through it', async () => {
    const engines: CountingEngine[] = [];
    const runtime = new WorkshopRuntime({
      client: clients[0],
      capabilities: { version: '7', cluster: false, search: false },
      model: new OfflineChatModel(),
      createEngine: (o) => {
        const engine = new CountingEngine(new PlainRedisEngine({ client: o.client, prefix: o.prefix, indexName: o.indexName, vectorDimensions: o.vectorDimensions }));
        engines.push(engine);
        return engine;
      },
    });
    const prefix = uniquePrefix('newengine');
    const definition: DemoAgentDefinition = {
      id: 'assistant',
      name: 'Assistant',
      description: '',
      instructions: 'Be helpful.',
      memory: { indexName: prefix, prefix, applicationId: 'app', strategy: 'global' },
      history: {},
      portOffset: 0,
    };
    const user = await runtime.userAgent(definition, { userId: 'u1' });
    await user.agent.run('My name is Ottilie and I live in Graz.', { thread: new AgentThread(new InMemoryChatMessageStore()) });
    const { reply } = await user.agent.run("What's my name?", { thread: new AgentThread(new InMemoryChatMessageStore()) });
    expect(reply.text).toContain('Ottilie');
    expect(engines).toHaveLength(1);
    expect(engines[0].calls.get('init')).toBe(1);
    expect(engines[0].calls.get('upsert')).toBeGreaterThan(0);
    expect(engines[0].calls.get('search')).toBeGreaterThan(0);
  });
});
