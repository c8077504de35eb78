/**
 * One full agent turn as the server runs it: `WorkshopRuntime` + offline model (no typing delay)
 * + `HashingEmbedder` + plain engine, history in a real Redis LIST. Also counts the Redis
 * commands of each warm turn.
 */
import type { Redis } from 'ioredis';
import { composeWorkshop, type WorkshopRuntime } from '../server/src/compose';
import type { RedisCapabilities } from '../server/src/redis/probe';
import { countCommands, type CommandCount } from '../test/command-counter';
import { TURN_SCRIPT, benchAgent, syntheticMemories } from './fixtures';
import { summarize, timeLoop, type Summary } from './stats';

/** The runtime the server would build for the offline model, on the plain engine. */
export async function benchRuntime(client: Redis, capabilities: RedisCapabilities): Promise<WorkshopRuntime> {
  const config = { model: { provider: 'offline' as const }, modelCalls: { timeoutMs: 60_000, maxRetries: 0 }, memory: { engine: 'fallback' as const, overwriteIndex: false } };
  return (await composeWorkshop({ client, capabilities, config, wordDelayMs: 0 })).runtime;
}

export interface AgentTurnResult {
  turns: Summary;
  /** Memories in the user's scope after the run (the search works on a growing scope). */
  memoriesAtEnd: number;
  commandsPerWarmTurn: {
    /** MULTI … EXEC counted as one, as in the README's "cost of a turn". */
    groupedMedian: number;
    groupedMin: number;
    groupedMax: number;
    /** Every command sent, MULTI and EXEC included. */
    rawMedian: number;
    /** The commands of one warm "Where do I live?" turn (the README's six-command case). */
    questionTurn: CommandCount;
  };
}

export async function benchAgentTurn(options: { client: Redis; capabilities: RedisCapabilities; prefix: string; turns: number }): Promise<AgentTurnResult> {
  // A connection of its own, so the count holds this turn's commands and nothing else.
  const client = options.client.duplicate();
  const counter = countCommands(client);
  try {
    const runtime = await benchRuntime(client, options.capabilities);
    const user = await runtime.userAgent(benchAgent(options.prefix), { userId: 'turn_user' });
    const thread = user.thread('bench_thread');
    const grouped: number[] = [];
    const raw: number[] = [];
    let questionTurn: CommandCount | undefined;
    const text = (i: number) => TURN_SCRIPT[((i % TURN_SCRIPT.length) + TURN_SCRIPT.length) % TURN_SCRIPT.length];
    const samples = await timeLoop(
      async (i) => {
        counter.reset();
        await user.agent.run(text(i), { thread });
        if (i < 0) return;
        const count = counter.snapshot();
        grouped.push(count.grouped);
        raw.push(count.raw);
        if (text(i) === 'Where do I live?') questionTurn = count;
      },
      { warmup: TURN_SCRIPT.length * 2, iterations: options.turns, budgetMs: 15_000 },
    );
    const memoriesAtEnd = (await user.memory.searchAll({ limit: 100_000 })).length;
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    return {
      turns: summarize(samples),
      memoriesAtEnd,
      commandsPerWarmTurn: {
        groupedMedian: sorted(grouped)[Math.floor(grouped.length / 2)],
        groupedMin: Math.min(...grouped),
        groupedMax: Math.max(...grouped),
        rawMedian: sorted(raw)[Math.floor(raw.length / 2)],
        questionTurn: questionTurn ?? { raw: 0, grouped: 0, byName: {} },
      },
    };
  } finally {
    await client.quit().catch(() => client.disconnect());
  }
}

export interface SeededTurnResult {
  /** Memories the user had before the timed turns. */
  seededMemories: number;
  turns: Summary;
}

/**
 * The same turn for a user who already has `memories` memories (a long-running attendee or an
 * app's heavy user): shows how the turn grows with the size of the scope.
 */
export async function benchSeededTurn(options: { client: Redis; capabilities: RedisCapabilities; prefix: string; memories: number; turns: number }): Promise<SeededTurnResult> {
  const runtime = await benchRuntime(options.client, options.capabilities);
  const definition = benchAgent(options.prefix);
  const userId = `seeded_user_${options.memories}`;
  const scope = { applicationId: definition.memory.applicationId, agentId: definition.id, userId };
  const records = syntheticMemories(scope, options.memories, `seed${options.memories}`, 7);
  const embedder = runtime.options.embedder!;
  const vectors = await embedder.embed(records.map((r) => r.content));
  records.forEach((r, i) => (r.embedding = vectors[i]));
  const engine = await runtime.engine(definition.memory);
  for (let i = 0; i < records.length; i += 200) await engine.upsert(records.slice(i, i + 200));
  const user = await runtime.userAgent(definition, { userId });
  const thread = user.thread('seeded_thread');
  const samples = await timeLoop(
    (i) => user.agent.run(TURN_SCRIPT[Math.abs(i) % TURN_SCRIPT.length], { thread }),
    { warmup: 3, iterations: options.turns, budgetMs: 10_000 },
  );
  return { seededMemories: options.memories, turns: summarize(samples) };
}
