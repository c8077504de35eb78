/**
 * Blind conversation evaluation: the same runner and scoring as conversation-eval.test.ts, but
 * only the personas of blind/, a third unseen set written apart from the tuned personas, the
 * holdout and the fresh set. Its score estimates how the model does on phrasing it has never seen.
 *
 *   npx vitest run test/eval/blind.test.ts
 *   EVAL_BASE_URL=http://127.0.0.1:8000 npx vitest run test/eval/blind.test.ts
 */
import { describeEvalSet } from './eval-suite';
import { blindPersonas } from './blind';
import { freshPersonas } from './fresh';
import { holdoutPersonas } from './holdout';
import { personas as tunedPersonas } from './personas';

/**
 * The honest estimate for phrasing nobody tuned against: its failures have not been read by
 * whoever changes the model (62.3% on 2026-12-02, 57.2% a session earlier; 49.3% when written — later changes were guided by the other sets, and only this aggregate score and its per-kind totals were looked at). A regression floor for now; the target is 90%
 * (issue 6). Keep it blind: report its score, never its failing sentences.
 */
const BLIND_PASS_SCORE = 0.45;

describeEvalSet({
  label: 'blind',
  personas: blindPersonas,
  passScore: BLIND_PASS_SCORE,
  minimum: { personas: 5, utterances: 90, questions: 60 },
  apartFrom: [...tunedPersonas, ...holdoutPersonas, ...freshPersonas],
});
