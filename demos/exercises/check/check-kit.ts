/**
 * The pieces every exercise check is made of: requirements that run scripted conversations
 * through the real agent and say, when they fail, what is missing and which TODO fixes it.
 */
import type { RunResult } from '../../../server/src/agents/agent';
import type { UserAgent, WorkshopRuntime } from '../../../server/src/compose';
import type { DemoAgentDefinition, DemoDefinition } from '../../../server/src/demo-definition';
import { validateDemos } from '../../../server/src/demo-validation';
import type { RedisClient } from '../../../server/src/redis/connection';
import { demos as workshopDemos } from '../../index';

/** What a requirement found: passed, or failed with what is missing. */
export type Outcome = { passed: true; detail?: string } | { passed: false; detail: string };

/** One requirement of an exercise: a title and the conversation that checks it. */
export interface Requirement {
  title: string;
  check(): Promise<Outcome>;
}

/** A requirement's line in the report. */
export interface RequirementResult {
  title: string;
  passed: boolean;
  /** On failure: what is missing and the TODO that fixes it. On success: what was seen, if anything. */
  detail?: string;
}

/** What a check runs on: the runtime (agents, memory, history over one Redis) and a unique run id. */
export interface CheckContext {
  runtime: WorkshopRuntime;
  client: RedisClient;
  /** Unique per run: every key the check writes contains it, so cleanup finds exactly those. */
  runId: string;
}

/** A requirement met, with an optional note of what was seen. */
export const pass = (detail?: string): Outcome => ({ passed: true, detail });
/** A requirement not met: `detail` says what is missing and which TODO fixes it. */
export const fail = (detail: string): Outcome => ({ passed: false, detail });

/** Runs requirements one after another; one that throws fails with the error instead of stopping the rest. */
export async function runRequirements(requirements: Requirement[]): Promise<RequirementResult[]> {
  const results: RequirementResult[] = [];
  for (const requirement of requirements) {
    try {
      const outcome = await requirement.check();
      results.push({ title: requirement.title, passed: outcome.passed, detail: outcome.detail });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      results.push({ title: requirement.title, passed: false, detail: `the check could not run this conversation: ${message}` });
    }
  }
  return results;
}

/** One turn through the real agent, quietly (the check prints only its verdicts). */
export async function ask(user: UserAgent, threadId: string | undefined, text: string): Promise<RunResult> {
  return user.agent.run(text, { thread: user.thread(threadId), authorName: 'Check' });
}

/** Case-insensitive "does the reply mention it". */
export function mentions(text: string, needle: string): boolean {
  return text.toLowerCase().includes(needle.toLowerCase());
}

/** A reply shortened to one line for a report. */
export function quote(text: string, max = 110): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `“${line.length > max ? `${line.slice(0, max - 1)}…` : line}”`;
}

/** Items as prose: `a, b and c`. */
export function listing(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The requirement every exercise starts with: the declaration is one the workshop accepts
 * (the same validation `npm start` runs) and has the expected id, agents and `onRequest`.
 */
export function declarationRequirement(demo: DemoDefinition, expected: { id: string; agents: number; sharedIdTodo?: string }): Requirement {
  return {
    title: `the declaration: a valid demo "${expected.id}" the DevUI can host (onRequest, ${expected.agents} agent${expected.agents > 1 ? 's' : ''})`,
    async check() {
      const problems: string[] = [];
      // Agents of this demo that share an id: said once, in words about this demo.
      const ids = (demo.agents ?? []).map((a) => a.id);
      const shared = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      for (const id of shared) {
        const names = (demo.agents ?? []).filter((a) => a.id === id).map((a) => a.name);
        const todo = expected.sharedIdTodo ? `${expected.sharedIdTodo}: ` : '';
        problems.push(`${todo}${listing(names)} share the agent id ${JSON.stringify(id)}: agent ids scope memories and must be unique`);
      }
      try {
        // Validated next to the demos every `npm start` serves: agent ids must be unique across them too.
        validateDemos([...workshopDemos.filter((d) => !d.onRequest && d.id !== demo.id), demo]);
      } catch (err) {
        const lines = (err instanceof Error ? err.message : String(err)).split('\n').slice(1).map((l) => l.replace(/^\s*-\s*/, ''));
        problems.push(...new Set(lines.filter((l) => !(shared.length && l.includes('the agent id is already used')))));
      }
      if (demo.id !== expected.id) problems.push(`its id is ${JSON.stringify(demo.id)}; it must stay "${expected.id}" (npm start -- --demo ${expected.id})`);
      if (!demo.onRequest) problems.push('onRequest must be true: exercises reuse the demo ports and are served only when named');
      if (demo.agents?.length !== expected.agents) problems.push(`it declares ${demo.agents?.length ?? 0} agents; the exercise needs ${expected.agents}`);
      const offsets = (demo.agents ?? []).map((a) => a.portOffset);
      if (new Set(offsets).size !== offsets.length) problems.push(`two agents share a port offset (${offsets.join(', ')}): each agent needs its own page`);
      return problems.length ? fail(problems.join('; ')) : pass();
    },
  };
}

/** The agent's tool names, for messages ("its tools: none"). */
export function toolNames(definition: DemoAgentDefinition): string {
  const names = (definition.tools ?? []).map((t) => t.name);
  return names.length ? names.join(', ') : 'none';
}
