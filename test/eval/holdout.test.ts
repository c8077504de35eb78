/**
 * Holdout conversation evaluation: the same runner and scoring as conversation-eval.test.ts, but
 * only the personas of holdout/, which the model was never tuned against. Its score estimates
 * how the model does on phrasing nobody here wrote.
 *
 *   npx vitest run test/eval/holdout.test.ts
 *   EVAL_BASE_URL=http://127.0.0.1:8000 npx vitest run test/eval/holdout.test.ts
 */
import { describeEvalSet } from './eval-suite';
import { holdoutPersonas } from './holdout';
import { personas as tunedPersonas } from './personas';

/**
 * A regression floor, not the target. The holdout was written without tuning, but its failure
 * kinds were then used to improve the model (91.0% on 2026-12-02), so it no longer measures
 * unseen phrasing; `blind/` does. The target for unseen phrasing is 90% (issue 6).
 */
const HOLDOUT_PASS_SCORE = 0.85;

describeEvalSet({
  label: 'holdout',
  personas: holdoutPersonas,
  passScore: HOLDOUT_PASS_SCORE,
  minimum: { personas: 8, utterances: 150, questions: 90 },
  apartFrom: tunedPersonas,
});
