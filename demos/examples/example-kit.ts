/**
 * What the framework examples share: printing a conversation in plain words (who said what,
 * which memories were used, which tools were called) and removing the keys an example wrote.
 */
import { randomUUID } from 'node:crypto';
import type { Agent, RunResult } from '../../server/src/agents/agent';
import type { AgentThread } from '../../server/src/agents/thread';
import type { WorkshopRuntime } from '../../server/src/compose';
import type { ChatMessage, ChatRole } from '../../server/src/history/types';
import type { RedisClient } from '../../server/src/redis/connection';
import { deleteRunKeys } from '../exercises/check/run-scope';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/** A section title. */
export function heading(text: string): void {
  console.log(`\n${paint(1, `=== ${text} ===`)}`);
}

/** A line of explanation: what the next step does and why. */
export function explain(text: string): void {
  console.log(paint(2, `  ${text}`));
}

/** One turn through the agent on this thread, printed as a transcript; returns what happened. */
export async function chat(agent: Agent, thread: AgentThread, text: string): Promise<RunResult> {
  console.log(`${paint(36, 'You:')} ${text}  ${paint(2, `[thread ${thread.id}]`)}`);
  const result = await agent.run(text, { thread, authorName: 'You' });
  if (result.memoriesUsed.length) {
    const used = result.memoriesUsed.map((m) => `    · ${m.record.content.replace(/\s+/g, ' ').slice(0, 110)} (${m.record.kind})`);
    console.log(paint(2, `  memories used:\n${used.join('\n')}`));
  }
  for (const call of result.toolCalls) console.log(paint(2, `  tool call: ${call.name}(${JSON.stringify(call.arguments)})`));
  console.log(`${paint(32, `${agent.name}:`)} ${result.reply.text}\n`);
  return result;
}

/** A message as the provider and the stores take it, for the steps that skip the agent. */
export function message(role: ChatRole, text: string): ChatMessage {
  return { id: randomUUID(), role, text, createdAt: Date.now() };
}

/**
 * Removes every key an example wrote (all its keys contain `prefix`), and its search index
 * when Redis has the search module, so the example can run again from scratch.
 */
export async function removeExampleKeys(runtime: WorkshopRuntime, client: RedisClient, prefix: string, indexNames: string[] = []): Promise<number> {
  return deleteRunKeys(runtime, client, prefix, indexNames);
}
