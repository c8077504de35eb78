/**
 * The exercises: each check, run in process against the test Redis, fails the untouched
 * starting point with messages naming the TODOs, passes the solution, and leaves no key
 * behind; the solutions are registered as on-request demos the DevUI serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeWorkshop, type WorkshopRuntime } from '../../server/src/compose';
import { loadConfig } from '../../server/src/config';
import { selectDemos } from '../../server/src/main';
import { probeRedis } from '../../server/src/redis/probe';
import { testClient, testRedisUrl } from '../../test/redis';
import { startWorkshopServer } from '../../test/workshop-server';
import { demos } from '../index';
import { runRequirements } from './check/check-kit';
import { exercise1Requirements } from './check/exercise-1-check';
import { deleteKeysMatching, newRunId } from './check/run-scope';
import { formatReport, runExerciseCheck, type CheckReport } from './check/run-check';
import { exercise1Demo } from './exercise-1';

const client = testClient();
let runtime: WorkshopRuntime;

beforeAll(async () => {
  // The offline model and the engine the test Redis supports, as `npm run exercise:check` gets them.
  ({ runtime } = await composeWorkshop({ client, capabilities: await probeRedis(client), config: loadConfig({}, { envFile: false }) }));
});

/** The keys a run left behind (none, after its cleanup). */
async function leftovers(runId: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', `*${runId}*`, 'COUNT', 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

const failed = (report: CheckReport) => report.results.filter((r) => !r.passed).map((r) => r.detail ?? '');

describe('exercise checks on the starting points (untouched): they fail and say which TODO is missing', () => {
  it('exercise 1: the per-thread strategy and the missing weather tool', async () => {
    const report = await runExerciseCheck(1, { runtime, client });
    expect(report.passed).toBe(false);
    expect(report.file).toBe('demos/exercises/exercise-1.ts');
    const details = failed(report).join('\n');
    expect(details).toContain("TODO 1: memory.strategy is 'per-thread'");
    expect(details).toMatch(/did not know her name \(“Alice Johnson”/);
    expect(details).toContain('TODO 2: the assistant has no get_weather tool');
    // The user scope works without any TODO: that line passes.
    expect(report.results.find((r) => r.title.includes('another user'))?.passed).toBe(true);
    expect(formatReport(report)).toMatch(/^✗ TODO 1 — the profile told in session 1/m);
    expect(await leftovers(report.runId)).toEqual([]);
    expect(report.keysDeleted).toBeGreaterThan(0);
  });

  it('exercise 2: no ticket thread id, no maxMessages, memory shared across tickets', async () => {
    const report = await runExerciseCheck(2, { runtime, client });
    expect(report.passed).toBe(false);
    const details = failed(report).join('\n');
    expect(details).toContain('TODO 1: ticketThreadId(4242) returned undefined, so every session opens a new random thread');
    expect(details).toMatch(/TODO 2: history has no maxMessages, so \S+support_ticket_9001 grew to 24 messages/);
    expect(details).toContain("TODO 3: memory.strategy is 'global'");
    expect(await leftovers(report.runId)).toEqual([]);
  });

  it('exercise 3: one shared agent id, no tools', async () => {
    const report = await runExerciseCheck(3, { runtime, client });
    expect(report.passed).toBe(false);
    const details = failed(report).join('\n');
    expect(details).toContain('TODO 1: Sales Agent, Support Agent and Engineering Agent share the agent id "company_agent"');
    expect(details).toMatch(/TODO 1: the agents share agent id "company_agent", so they write and search one memory scope — Sales knew what you told Support/);
    expect(details).toContain('TODO 2: Sales did not call add_calendar_event');
    expect(await leftovers(report.runId)).toEqual([]);
  });
});

describe('exercise checks on the solutions: every requirement met', () => {
  for (const exercise of [1, 2, 3]) {
    it(`exercise ${exercise}`, async () => {
      const report = await runExerciseCheck(exercise, { runtime, client, solution: true });
      expect(report.results.filter((r) => !r.passed)).toEqual([]);
      expect(report.passed).toBe(true);
      expect(report.file).toBe(`demos/exercises/solutions/exercise-${exercise}.ts`);
      expect(formatReport(report)).toContain(`All requirements met — exercise ${exercise} is done.`);
      expect(await leftovers(report.runId)).toEqual([]);
    });
  }
});

describe('the requirements are independent', () => {
  it('exercise 1 with only TODO 1 done: the recall lines pass, the weather line still names TODO 2', async () => {
    const agent = exercise1Demo.agents[0];
    const halfDone = { exercise1Demo: { ...exercise1Demo, agents: [{ ...agent, memory: { ...agent.memory, strategy: 'global' as const } }] } };
    const runId = newRunId('xtest');
    try {
      const results = await runRequirements(exercise1Requirements(halfDone, { runtime, client, runId }));
      expect(results.map((r) => r.passed)).toEqual([true, true, false, true, true]);
      expect(results[2].detail).toMatch(/^TODO 2: /);
    } finally {
      await deleteKeysMatching(client, `*${runId}*`);
    }
  });
});

describe('the exercises as demos', () => {
  let server: Awaited<ReturnType<typeof startWorkshopServer>> | undefined;
  afterAll(async () => server?.stop());

  it('are declared on request: a plain start leaves them out, --demo picks one', () => {
    const ids = ['exercise-1', 'exercise-2', 'exercise-3'];
    expect(demos.filter((d) => ids.includes(d.id)).every((d) => d.onRequest)).toBe(true);
    expect(selectDemos(demos, undefined).map((d) => d.id)).toEqual(['preferences', 'persistence', 'multi-agent']);
    expect(selectDemos(demos, ['exercise-2']).map((d) => d.id)).toEqual(['exercise-2']);
  });

  it('--demo exercise-3 serves the solution: three agents on port offsets 0, 1 and 2', async () => {
    server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['exercise-3'] });
    const agentsOn = async (offset: number) => {
      const body = (await (await fetch(`${server!.url(offset)}/api/demo`)).json()) as { id: string; agents: Array<{ id: string }> };
      return `${body.id}:${body.agents.map((a) => a.id).join(',')}`;
    };
    expect(await agentsOn(0)).toBe('exercise-3:company_sales');
    expect(await agentsOn(1)).toBe('exercise-3:company_support');
    expect(await agentsOn(2)).toBe('exercise-3:company_engineering');
  });
});
