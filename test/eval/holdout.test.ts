/**
 * Holdout conversation evaluation: the same runner and scoring as conversation-eval.test.ts, but
 * only the personas of holdout/, which the model was never tuned against. Its score estimates
 * how the model does on phrasing nobody here wrote.
 *
 *   npx vitest run test/eval/holdout.test.ts
 *   EVAL_BASE_URL=http://127.0.0.1:8000 npx vitest run test/eval/holdout.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { holdoutPersonas } from './holdout';
import { personas as tunedPersonas } from './personas';
import { formatReport, runEval, scoreLine, targetAt, type EvalReport } from './run-eval';
import { isAsk, isSay } from './types';

/**
 * A regression floor, not the target. The holdout was written without tuning, but its failure
 * kinds were then used to improve the model (91.0% on 2026-12-02), so it no longer measures
 * unseen phrasing; `blind/` does. The target for unseen phrasing is 90% (issue 6).
 */
const HOLDOUT_PASS_SCORE = 0.85;

const external = process.env.EVAL_BASE_URL?.trim() || undefined;
let server: WorkshopServer | undefined;

beforeAll(async () => {
  if (!external) server = await startWorkshopServer({ redisUrl: testRedisUrl() });
});
afterAll(async () => {
  await server?.stop();
});

function holdoutLine(report: EvalReport): string {
  const pct = report.checks ? ((100 * report.right) / report.checks).toFixed(1) : '-';
  return `holdout eval: ${report.right}/${report.checks} right (${pct}%)`;
}

describe('holdout conversation eval', () => {
  // Guards the data itself, so a trimmed persona file cannot quietly shrink the holdout.
  it('has at least 150 utterances and 90 questions across 8 personas of the three demos, apart from the tuned set', () => {
    const utterances = holdoutPersonas.flatMap((p) => p.steps.filter((s) => isSay(s) || isAsk(s)));
    const questions = holdoutPersonas.flatMap((p) => p.steps.filter(isAsk));
    expect(holdoutPersonas.length).toBeGreaterThanOrEqual(8);
    expect(utterances.length).toBeGreaterThanOrEqual(150);
    expect(questions.length).toBeGreaterThanOrEqual(90);
    expect(new Set(holdoutPersonas.map((p) => p.demo))).toEqual(new Set(['preferences', 'multi-agent', 'persistence']));
    expect(new Set(holdoutPersonas.map((p) => p.id)).size).toBe(holdoutPersonas.length);
    for (const persona of holdoutPersonas) expect(persona.steps.some(isAsk), persona.id).toBe(true);
    // Apart: no persona id and no question wording shared with the tuned personas.
    const tunedIds = new Set(tunedPersonas.map((p) => p.id));
    expect(holdoutPersonas.filter((p) => tunedIds.has(p.id)).map((p) => p.id)).toEqual([]);
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, '').trim();
    const tunedQuestions = new Set(tunedPersonas.flatMap((p) => p.steps.filter(isAsk).map((s) => norm(s.ask))));
    expect(questions.map((q) => q.ask).filter((q) => tunedQuestions.has(norm(q)))).toEqual([]);
  });

  it(
    `answers at least ${HOLDOUT_PASS_SCORE * 100}% of the holdout questions right`,
    async () => {
      const target = await targetAt(external ?? server!.url('preferences'));
      const report = await runEval(target, holdoutPersonas);
      // The shared report ends with the tuned eval's score line; the holdout has its own.
      console.log(formatReport(report).replace(scoreLine(report), holdoutLine(report)));
      // A statement that fails (an HTTP error, an empty reply) or a forget that finds nothing is a bug on its own.
      expect
        .soft(report.operationFailures.map((o) => `${o.persona} ${o.type}: ${o.text} → ${o.detail}`))
        .toEqual([]);
      expect(report.score, holdoutLine(report)).toBeGreaterThanOrEqual(HOLDOUT_PASS_SCORE);
    },
    // The offline model answers in milliseconds; a real model behind EVAL_BASE_URL takes seconds per turn.
    external ? 30 * 60_000 : 120_000,
  );
});
