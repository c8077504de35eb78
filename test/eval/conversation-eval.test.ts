/**
 * Conversation evaluation: attendees tell an agent about themselves in their own words, then
 * ask in a new thread, so the answer has to come from long-term memory in Redis (demo 2 keeps
 * memory per ticket thread, so its questions stay in the ticket). Runs the built-in offline
 * model through the public HTTP API against the test Redis, or, with EVAL_BASE_URL, against a
 * workshop that is already running (any model). See run-eval.ts and personas/.
 *
 *   npm run eval
 *   EVAL_BASE_URL=http://127.0.0.1:8000 npm run eval
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { personas } from './personas';
import { formatReport, PASS_SCORE, runEval, scoreLine, targetAt } from './run-eval';
import { isAsk, isSay } from './types';

const external = process.env.EVAL_BASE_URL?.trim() || undefined;
let server: WorkshopServer | undefined;

beforeAll(async () => {
  if (!external) server = await startWorkshopServer({ redisUrl: testRedisUrl() });
});
afterAll(async () => {
  await server?.stop();
});

describe('conversation eval', () => {
  // Guards the data itself, so a trimmed persona file cannot quietly shrink the evaluation.
  it('covers the three demos with at least 230 utterances across at least 9 personas', () => {
    const utterances = personas.flatMap((p) => p.steps.filter((s) => isSay(s) || isAsk(s)));
    expect(personas.length).toBeGreaterThanOrEqual(9);
    expect(utterances.length).toBeGreaterThanOrEqual(230);
    expect(new Set(personas.map((p) => p.demo))).toEqual(new Set(['preferences', 'multi-agent', 'persistence']));
    expect(new Set(personas.map((p) => p.id)).size).toBe(personas.length);
    for (const persona of personas) expect(persona.steps.some(isAsk), persona.id).toBe(true);
  });

  it(
    `answers at least ${PASS_SCORE * 100}% of the questions right`,
    async () => {
      const target = await targetAt(external ?? server!.url('preferences'));
      const report = await runEval(target, personas);
      console.log(formatReport(report));
      // A statement that fails (an HTTP error, an empty reply) or a forget that finds nothing is a bug on its own.
      expect
        .soft(report.operationFailures.map((o) => `${o.persona} ${o.type}: ${o.text} → ${o.detail}`))
        .toEqual([]);
      expect(report.score, scoreLine(report)).toBeGreaterThanOrEqual(PASS_SCORE);
    },
    // The offline model answers in milliseconds; a real model behind EVAL_BASE_URL takes seconds per turn.
    external ? 30 * 60_000 : 120_000,
  );
});
