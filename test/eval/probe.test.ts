/**
 * Probe conversation evaluation: the same runner and scoring as conversation-eval.test.ts, for a
 * fifth unseen set written on 2026-12-02 without reading the model, aimed at the kinds the
 * sealed set scored worst on: work talk, support tickets, job changes, names, ages, hometown vs
 * home, updates and yes/no. probe-a/ holds demos 1 and 3, probe-b/ demos 1 and 2. Readable like
 * natural: its failures may guide general fixes, never fixes for its own sentences.
 *
 *   npx vitest run test/eval/probe.test.ts
 *   EVAL_BASE_URL=http://127.0.0.1:8000 npx vitest run test/eval/probe.test.ts
 */
import { blindPersonas } from './blind';
import { describeEvalSet } from './eval-suite';
import { freshPersonas } from './fresh';
import { holdoutPersonas } from './holdout';
import { naturalPersonas } from './natural';
import { personas as tunedPersonas } from './personas';
import { probeAPersonas } from './probe-a';
import { probeBPersonas } from './probe-b';

/** A regression floor, not the target: 58.5% when written, 79.0% after its failure kinds guided general fixes (2026-12-02). */
const PROBE_PASS_SCORE = 0.5;

describeEvalSet({
  label: 'probe',
  personas: [...probeAPersonas, ...probeBPersonas],
  passScore: PROBE_PASS_SCORE,
  minimum: { personas: 14, utterances: 350, questions: 200 },
  apartFrom: [...tunedPersonas, ...holdoutPersonas, ...freshPersonas, ...blindPersonas, ...naturalPersonas],
});
