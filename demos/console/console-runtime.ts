/**
 * What every console demo needs: config, Redis (the embedded default when nothing else is set
 * up), the engine probe and the offline model, then a way to print a conversation.
 */
import type { AgentEvent } from '../../server/src/agents/types';
import { composeWorkshop, type WorkshopRuntime } from '../../server/src/compose';
import { loadConfig } from '../../server/src/config';
import { chooseEngine } from '../../server/src/memory/engines';
import { resolveRedis, type RedisHandle } from '../../server/src/redis/embedded';
import { probeRedis } from '../../server/src/redis/probe';
import type { UserAgent } from '../../server/src/compose';

/** What a console demo runs on: the runtime, the Redis it found, and how to let go of both. */
export interface ConsoleRuntime {
  runtime: WorkshopRuntime;
  redis: RedisHandle;
  close(): Promise<void>;
}

/** Loads the configuration, finds Redis, builds the runtime and prints what it runs on. */
export async function startConsoleRuntime(): Promise<ConsoleRuntime> {
  const config = loadConfig();
  const redis = await resolveRedis({
    url: config.redis.url,
    cluster: config.redis.cluster,
    redisServerBin: config.redis.serverBin,
    dataDir: config.dataDir,
    name: 'workshop-console',
  });
  const capabilities = await probeRedis(redis.client);
  const { runtime, models } = await composeWorkshop({ client: redis.client, capabilities, config });
  for (const warning of models.warnings) console.warn(`warning: ${warning}`);
  const engine = chooseEngine(config.memory.engine, capabilities) === 'redisearch' ? 'search module (FT.SEARCH)' : 'plain Redis (ranking in process)';
  const model = models.chat.provider === 'offline' ? 'the built-in offline model' : `${models.chat.provider} · ${models.chat.model}`;
  console.log(`Redis ${capabilities.version} at ${redis.safeUrl} (${redis.source}) — memory engine: ${engine} — model: ${model}\n`);
  return { runtime, redis, close: () => redis.stop() };
}

/** Colour for a terminal that shows it; plain text for a pipe or with NO_COLOR (https://no-color.org). */
function paint(code: string, text: string): string {
  return process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[${code}m${text}\x1b[0m` : text;
}

/** Runs one turn and prints it like a chat transcript, with the memories that were used. */
export async function say(user: UserAgent, threadId: string, text: string): Promise<string> {
  const thread = user.thread(threadId);
  console.log(`${paint('36', 'You:')} ${text}`);
  let reply = '';
  for await (const event of user.agent.runStream(text, { thread, authorName: 'You' })) {
    printEvent(event);
    if (event.type === 'turn-finished') reply = event.reply.text;
  }
  console.log(`${paint('32', `${user.agent.name}:`)} ${reply}\n`);
  return reply;
}

function printEvent(event: AgentEvent): void {
  if (event.type === 'memories-retrieved' && event.memories.length > 0) {
    const lines = event.memories.map((m) => `    · ${m.record.content} (${m.record.kind}, score ${m.score.toFixed(2)})`);
    console.log(`  ${paint('2', `memories used:\n${lines.join('\n')}`)}`);
  } else if (event.type === 'tool-call') {
    console.log(`  ${paint('2', `tool call: ${event.call.name}(${JSON.stringify(event.call.arguments)})`)}`);
  } else if (event.type === 'memory-changed' && event.change.record.kind === 'fact') {
    console.log(`  ${paint('2', `memory ${event.change.type}: ${event.change.record.content}`)}`);
  } else if (event.type === 'error') {
    console.log(`  ${paint('31', `error ${event.code}: ${event.message}`)}`);
  }
}

/** Runs a console demo: always closes Redis (and the embedded server) and sets the exit code. */
export async function runConsoleDemo(main: (rt: ConsoleRuntime) => Promise<void>): Promise<void> {
  let rt: ConsoleRuntime | undefined;
  try {
    rt = await startConsoleRuntime();
    await main(rt);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  } finally {
    await rt?.close();
  }
}
