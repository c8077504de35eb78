/**
 * Blind conversation evaluation: the same runner and scoring as conversation-eval.test.ts, but
 * only the personas of blind/, a third unseen set written apart from the tuned personas, the
 * holdout and the fresh set. Its score estimates how the model does on phrasing it has never seen.
 *
 *   npx vitest run test/eval/blind.test.ts
 *   EVAL_BASE_URL=http://127.0.0.1:8000 npx vitest run test/eval/blind.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { blindPersonas } from './blind';
import { freshPersonas } from './fresh';
import { holdoutPersonas } from './holdout';
import { personas as tunedPersonas } from './personas';
import { formatReport, runEval, scoreLine, targetAt, type EvalReport } from './run-eval';
import { isAsk, isSay } from './types';

/**
 * The honest estimate for phrasing nobody tuned against: its failures have not been read by
 * whoever changes the model (57.2% on 2026-12-02; 49.3% when written — later changes were guided by the other sets, and only this aggregate score was looked at). A regression floor for now; the target is 90%
 * (issue 6). Keep it blind: report its score, never its failing sentences.
 */
const BLIND_PASS_SCORE = 0.45;

const external = process.env.EVAL_BASE_URL?.trim() || undefined;
let server: WorkshopServer | undefined;

beforeAll(async () => {
  if (!external) server = await startWorkshopServer({ redisUrl: testRedisUrl() });
});
afterAll(async () => {
  await server?.stop();
});

function blindLine(report: EvalReport): string {
  const pct = report.checks ? ((100 * report.right) / report.checks).toFixed(1) : '-';
  return `blind eval: ${report.right}/${report.checks} right (${pct}%)`;
}

describe('blind conversation eval', () => {
  // Guards the data itself, so a trimmed persona file cannot quietly shrink the blind set.
  it('has at least 90 utterances and 60 questions across 5 personas of the three demos, apart from the tuned, holdout and fresh sets', () => {
    const utterances = blindPersonas.flatMap((p) => p.steps.filter((s) => isSay(s) || isAsk(s)));
    const questions = blindPersonas.flatMap((p) => p.steps.filter(isAsk));
    expect(blindPersonas.length).toBeGreaterThanOrEqual(5);
    expect(utterances.length).toBeGreaterThanOrEqual(90);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(blindPersonas.map((p) => p.demo))).toEqual(new Set(['preferences', 'multi-agent', 'persistence']));
    expect(new Set(blindPersonas.map((p) => p.id)).size).toBe(blindPersonas.length);
    for (const persona of blindPersonas) expect(persona.steps.some(isAsk), persona.id).toBe(true);
    // Apart: no persona id and no question wording shared with the tuned personas, the holdout or the fresh set.
    const seen = [...tunedPersonas, ...holdoutPersonas, ...freshPersonas];
    const seenIds = new Set(seen.map((p) => p.id));
    expect(blindPersonas.filter((p) => seenIds.has(p.id)).map((p) => p.id)).toEqual([]);
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();
    const seenQuestions = new Set(seen.flatMap((p) => p.steps.filter(isAsk).map((s) => norm(s.ask))));
    expect(questions.map((q) => q.ask).filter((q) => seenQuestions.has(norm(q)))).toEqual([]);
  });

  it(
    `answers at least ${BLIND_PASS_SCORE * 100}% of the blind questions right`,
    async () => {
      const target = await targetAt(external ?? server!.url('preferences'));
      const report = await runEval(target, blindPersonas);
      // The shared report ends with the tuned eval's score line; the blind set has its own.
      console.log(formatReport(report).replace(scoreLine(report), blindLine(report)));
      // A statement that fails (an HTTP error, an empty reply) or a forget that finds nothing is a bug on its own.
      expect
        .soft(report.operationFailures.map((o) => `${o.persona} ${o.type}: ${o.text} → ${o.detail}`))
        .toEqual([]);
      expect(report.score, blindLine(report)).toBeGreaterThanOrEqual(BLIND_PASS_SCORE);
    },
    // The offline model answers in milliseconds; a real model behind EVAL_BASE_URL takes seconds per turn.
    external ? 30 * 60_000 : 120_000,
  );
});
