/**
 * One conversation set as a vitest suite: a guard on the data (so a trimmed persona file cannot
 * quietly shrink the set, and an unseen set shares nothing with the sets the model was tuned on)
 * and the run itself, through the public HTTP API — against the test Redis, or, with
 * EVAL_BASE_URL, against a workshop that is already running (any model).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { formatReport, runEval, scoreLine, targetAt, type EvalReport } from './run-eval';
import { isAsk, isSay, type Persona } from './types';

export interface EvalSet {
  /** Names the set in the report ("holdout eval: …"); `conversation` is the tuned set. */
  label: string;
  personas: Persona[];
  passScore: number;
  /** Smallest size the data may have. */
  minimum: { personas: number; utterances: number; questions?: number };
  /** Sets this one must share no persona id and no question wording with. */
  apartFrom?: Persona[];
}

function lineOf(label: string, report: EvalReport): string {
  return label === 'conversation' ? scoreLine(report) : scoreLine(report).replace(/^conversation eval/, `${label} eval`);
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();

export function describeEvalSet(set: EvalSet): void {
  const external = process.env.EVAL_BASE_URL?.trim() || undefined;
  let server: WorkshopServer | undefined;

  beforeAll(async () => {
    if (!external) server = await startWorkshopServer({ redisUrl: testRedisUrl() });
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe(`${set.label} eval`, () => {
    const { personas, minimum } = set;
    it(`has at least ${minimum.utterances} utterances across ${minimum.personas} personas of the three demos${set.apartFrom ? ', apart from the other sets' : ''}`, () => {
      const utterances = personas.flatMap((p) => p.steps.filter((s) => isSay(s) || isAsk(s)));
      const questions = personas.flatMap((p) => p.steps.filter(isAsk));
      expect(personas.length).toBeGreaterThanOrEqual(minimum.personas);
      expect(utterances.length).toBeGreaterThanOrEqual(minimum.utterances);
      if (minimum.questions) expect(questions.length).toBeGreaterThanOrEqual(minimum.questions);
      expect(new Set(personas.map((p) => p.demo))).toEqual(new Set(['preferences', 'multi-agent', 'persistence']));
      expect(new Set(personas.map((p) => p.id)).size).toBe(personas.length);
      for (const persona of personas) expect(persona.steps.some(isAsk), persona.id).toBe(true);
      if (!set.apartFrom) return;
      const seenIds = new Set(set.apartFrom.map((p) => p.id));
      expect(personas.filter((p) => seenIds.has(p.id)).map((p) => p.id)).toEqual([]);
      const seenQuestions = new Set(set.apartFrom.flatMap((p) => p.steps.filter(isAsk).map((s) => norm(s.ask))));
      expect(questions.map((q) => q.ask).filter((q) => seenQuestions.has(norm(q)))).toEqual([]);
    });

    it(
      `answers at least ${set.passScore * 100}% of the questions right`,
      async () => {
        const target = await targetAt(external ?? server!.url('preferences'));
        const report = await runEval(target, personas);
        console.log(formatReport(report).replace(scoreLine(report), lineOf(set.label, report)));
        // A statement that fails (an HTTP error, an empty reply) or a forget that finds nothing is a bug on its own.
        expect
          .soft(report.operationFailures.map((o) => `${o.persona} ${o.type}: ${o.text} → ${o.detail}`))
          .toEqual([]);
        expect(report.score, lineOf(set.label, report)).toBeGreaterThanOrEqual(set.passScore);
      },
      // The offline model answers in milliseconds; a real model behind EVAL_BASE_URL takes seconds per turn.
      external ? 30 * 60_000 : 120_000,
    );
  });
}
