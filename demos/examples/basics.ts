/**
 * Example — the basics of long-term memory (`npm run example:basics`): the TypeScript
 * counterpart of Agent Framework's `redis_basics.py`, in three steps.
 *
 *   1. `RedisMemoryProvider` on its own: store a turn, then see what a later question retrieves.
 *   2. An `Agent` with the provider: teach it something in one thread, ask in another.
 *   3. An agent with a tool (`defineTool`): the tool's result is stored as a memory, and a later
 *      thread gets the answer from Redis without calling the tool again.
 *
 * Runs on the same Redis and model as the console demos (the embedded redis-server and the
 * offline model when nothing is configured); removes its keys when it is done.
 */
import { z } from 'zod';
import { Agent } from '../../server/src/agents/agent';
import { AgentThread } from '../../server/src/agents/thread';
import { defineTool } from '../../server/src/agents/tool';
import type { DemoMemoryDefinition } from '../../server/src/demo-definition';
import { RedisChatMessageStore } from '../../server/src/history/redis-store';
import { RedisMemoryProvider } from '../../server/src/memory/provider';
import { runConsoleDemo } from '../console/console-runtime';
import { chat, explain, heading, message, removeExampleKeys } from './example-kit';

/** Every key this example writes starts with (or contains) this. */
const PREFIX = 'example_basics';

await runConsoleDemo(async ({ runtime, redis }) => {
  const client = redis.client;
  // An interrupted earlier run may have left keys behind: start from nothing.
  await removeExampleKeys(runtime, client, PREFIX, [PREFIX]);

  // The engine: the search over memory records. With Redis 8 / Redis Stack it is an FT index
  // (`FT.CREATE example_basics ON HASH PREFIX 1 example_basics:`); on plain Redis the records
  // are the same HASHes, ranked in this process. The runtime builds it once per index.
  const memoryIndex: DemoMemoryDefinition = { indexName: PREFIX, prefix: PREFIX, applicationId: 'examples', strategy: 'global' };
  const engine = await runtime.engine(memoryIndex);
  const engineLabel = engine.name === 'redisearch' ? 'the search module (FT.SEARCH)' : 'plain Redis (ranked in this process)';
  console.log(`Memory engine: ${engineLabel}; records are HASH keys ${PREFIX}:<id>`);

  // The provider: one scope of that index. Every record it writes carries these ids and every
  // search it makes is filtered by them — here one application, one agent, one user.
  const memory = new RedisMemoryProvider({
    engine,
    applicationId: 'examples',
    agentId: 'basics_agent',
    userId: 'kermit',
    // The runtime's embedder (offline hashing by default) adds vectors: hybrid text + vector search.
    embedder: runtime.options.embedder,
    // Reads facts from the user's messages (the offline NLP reader unless a real model is set).
    factExtractor: runtime.options.facts,
  });
  // Histories: one Redis LIST per thread, `example_basics_chat:<thread id>`.
  const thread = (id: string) => new AgentThread(new RedisChatMessageStore({ client, keyPrefix: `${PREFIX}_chat`, threadId: id }));

  heading('1. The provider on its own: store a turn, then search it');
  explain('invoked() is what an agent calls after a turn: the provider stores what the turn taught.');
  const changes = await memory.invoked({
    threadId: 'runA',
    requestMessages: [message('user', 'My boat is called Sea Breeze and it is moored in Oslo.')],
    responseMessages: [message('assistant', "Nice — I'll remember your boat.")],
  });
  for (const change of changes) console.log(`  ${change.type}: ${change.record.content} (${change.record.kind}, key ${PREFIX}:${change.record.id})`);
  explain('invoking() is what an agent calls before the model: it searches the scope with the new input.');
  const context = await memory.invoking({ threadId: 'runB', messages: [message('user', 'What is my boat called?')] });
  console.log(`  Context injected before the model call, from thread runB:\n${(context.text ?? '(nothing found)').replace(/^/gm, '    ')}`);

  heading('2. Agent + provider: teach a preference in one thread, recall it in another');
  explain('The agent runs the provider around every turn; the two threads share no history.');
  const assistant = new Agent({
    name: 'MemoryAssistant',
    instructions: 'You are a helpful assistant. Personalise replies using the memories provided.',
    model: runtime.options.model,
    contextProviders: [memory],
  });
  await chat(assistant, thread('basics_1'), 'I enjoy sailing on weekends.');
  const recalled = await chat(assistant, thread('basics_2'), 'What do I enjoy?');
  explain(`Recalled from Redis in a new thread: ${/sailing/i.test(recalled.reply.text) ? 'yes' : 'no'}.`);

  heading('3. Agent + provider + tool: a tool result becomes a memory');
  // A tool of our own, declared with a zod schema: the schema is both what the model is told
  // (JSON Schema) and how its arguments are checked before `execute` runs. The built-in offline
  // model calls tools by their names (get_weather, get_ticket_status, …), so ours is called
  // `get_weather`; a real model picks tools by their descriptions.
  const harbourWeather = defineTool({
    name: 'get_weather',
    description: 'Sailing weather for a harbour city, from the harbour office (example data).',
    schema: z.object({ city: z.string().trim().min(1).describe('Harbour city, for example "Oslo"') }),
    execute: ({ city }) => ({ city, condition: 'fog', temperatureC: 11, windKph: 28, windDirection: 'SW', humidityPercent: 90, source: 'example data — not a real forecast' }),
  });
  const sailor = new Agent({
    name: 'HarbourAssistant',
    instructions: 'You are a helpful assistant for sailors. Use your tools and the memories provided.',
    model: runtime.options.model,
    tools: [harbourWeather],
    contextProviders: [memory],
  });
  await chat(sailor, thread('basics_3'), "What's the weather in Oslo?");
  explain('After the turn the provider stored the tool result as a `tool` memory in Redis:');
  for (const hit of await memory.search('Oslo weather', { kinds: ['tool'] })) console.log(`  ${hit.record.content} (HASH ${PREFIX}:${hit.record.id})`);
  explain('A new thread has no history of that call; the answer can only come from memory.');
  const later = await chat(sailor, thread('basics_4'), 'What was the weather in Oslo earlier?');
  const fromMemory = later.toolCalls.length === 0 && later.memoriesUsed.some((m) => m.record.kind === 'tool');
  console.log(`Tool result recalled from memory without calling the tool again: ${fromMemory ? 'yes' : 'no'}`);

  heading('Clean up');
  const forgotten = await memory.forgetAll();
  const removed = await removeExampleKeys(runtime, client, PREFIX, [PREFIX]);
  console.log(`Forgot ${forgotten} memories of the scope and removed ${removed} more keys (histories, index bookkeeping).`);
  if (!fromMemory) process.exitCode = 1;
});
