/**
 * Example — how the thread scopes long-term memory (`npm run example:thread-scoping`): the
 * TypeScript counterpart of Agent Framework's `redis_threads.py`. The same sentence is told
 * to three memory providers that differ only in how they treat the thread, then each is asked
 * about it from other threads:
 *
 *   global              no thread in the scope: every thread of this user and agent shares it
 *   per-operation       `scopeToPerOperationThread: true`: confined to the thread of each call
 *   fixed thread id     `threadId: 'project_alpha'`: one named memory, whatever the conversation
 *                       thread is; another fixed id ('project_beta') is another memory
 *
 * A thread's own history always holds what was said in it, so every recall below is asked in a
 * *new* thread: what it finds there can only have come from long-term memory.
 */
import { Agent } from '../../server/src/agents/agent';
import { AgentThread } from '../../server/src/agents/thread';
import { RedisChatMessageStore } from '../../server/src/history/redis-store';
import type { MemoryProviderOptions } from '../../server/src/memory/provider-options';
import { RedisMemoryProvider } from '../../server/src/memory/provider';
import { runConsoleDemo } from '../console/console-runtime';
import { chat, explain, heading, removeExampleKeys } from './example-kit';

/** Every key this example writes contains this. */
const PREFIX = 'example_scoping';
const STATEMENT = 'I prefer technical answers with code examples.';
const QUESTION = 'What kind of answers do I prefer?';

await runConsoleDemo(async ({ runtime, redis }) => {
  const client = redis.client;
  await removeExampleKeys(runtime, client, PREFIX, [PREFIX]);
  // One index for all three variants: a scope is a filter on every query, not a place.
  const engine = await runtime.engine({ indexName: PREFIX, prefix: PREFIX, applicationId: 'examples', strategy: 'global' });
  const thread = (id: string) => new AgentThread(new RedisChatMessageStore({ client, keyPrefix: `${PREFIX}_chat`, threadId: id }));

  /**
   * An agent whose memory has this thread scope. Each variant gets its own agent id, so the
   * three never read each other's memories (the global scope would otherwise see them all).
   */
  const agentWith = (agentId: string, scope: Pick<MemoryProviderOptions, 'threadId' | 'scopeToPerOperationThread'>) =>
    new Agent({
      name: agentId,
      instructions: 'You are a helpful assistant. Personalise replies using the memories provided.',
      model: runtime.options.model,
      contextProviders: [
        new RedisMemoryProvider({ engine, applicationId: 'examples', agentId, userId: 'threads_demo_user', embedder: runtime.options.embedder, factExtractor: runtime.options.facts, ...scope }),
      ],
    });
  const recalls = async (agent: Agent, threadId: string) => /code examples/i.test((await chat(agent, thread(threadId), QUESTION)).reply.text);
  const rows: Array<[string, string]> = [];
  const mark = (ok: boolean) => (ok ? '✓ recalled' : '✗ not recalled');

  heading('1. Global: no thread in the scope');
  explain('Scope = application + agent + user. Memories told in any thread are found from every thread.');
  const global = agentWith('scoping_global', {});
  await chat(global, thread('global_A'), STATEMENT);
  const globalB = await recalls(global, 'global_B');
  rows.push(['global (no thread)', `new thread B: ${mark(globalB)}`]);

  heading('2. Per-operation thread: scopeToPerOperationThread');
  explain("Scope = application + agent + user + the call's thread. Each conversation has its own memory.");
  const perOperation = agentWith('scoping_per_operation', { scopeToPerOperationThread: true });
  await chat(perOperation, thread('per_op_A'), STATEMENT);
  const perOpA = await recalls(perOperation, 'per_op_A');
  const perOpB = await recalls(perOperation, 'per_op_B');
  rows.push(['per-operation thread', `same thread A: ${mark(perOpA)}   new thread B: ${mark(perOpB)}`]);

  heading('3. A fixed thread id: threadId "project_alpha"');
  explain('Scope = application + agent + user + "project_alpha", whichever conversation thread is used:');
  explain('one named memory shared by every conversation of that provider — the original\'s "global thread".');
  const alpha = agentWith('scoping_fixed', { threadId: 'project_alpha' });
  await chat(alpha, thread('fixed_A'), STATEMENT);
  const alphaB = await recalls(alpha, 'fixed_B');
  explain('Same agent and user, but a provider fixed to "project_beta": another memory.');
  const beta = agentWith('scoping_fixed', { threadId: 'project_beta' });
  const betaC = await recalls(beta, 'fixed_C');
  rows.push(['fixed thread "project_alpha"', `new thread B: ${mark(alphaB)}   provider fixed to "project_beta": ${mark(betaC)}`]);

  heading(`Side by side — what each scope recalls of “${STATEMENT}” (told in thread A)`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, outcome] of rows) console.log(`  ${label.padEnd(width)}   ${outcome}`);
  explain('Pick global for what belongs to the user (a profile), per-operation for what belongs to one');
  explain('conversation (a support ticket), a fixed id for a memory several conversations share (a project).');

  heading('Clean up');
  console.log(`Removed ${await removeExampleKeys(runtime, client, PREFIX, [PREFIX])} keys containing ${PREFIX}.`);
  // The example shows the three behaviours; if one of them did not happen, say so with the exit code.
  const expected = globalB && perOpA && !perOpB && alphaB && !betaC;
  if (!expected) {
    console.error('Unexpected: a scope did not behave as described above.');
    process.exitCode = 1;
  }
});
