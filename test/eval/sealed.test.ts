/**
 * Sealed conversation evaluation: the same runner and scoring as conversation-eval.test.ts, but
 * only the personas of sealed/, a fifth unseen set of everyday natural English (a casual texter,
 * a formal older writer, a non-native speaker with small grammar slips, a run-on writer, a terse
 * one), written apart from the tuned personas, the holdout and the fresh, blind and natural sets. Its
 * score estimates how the model does on the way different people really talk.
 *
 * Keep it sealed: the developer changing the model reports only its aggregate score, never reads
 * its failing sentences or its persona files.
 *
 *   npx vitest run test/eval/sealed.test.ts
 *   EVAL_BASE_URL=http://127.0.0.1:8000 npx vitest run test/eval/sealed.test.ts
 */
import { describeEvalSet } from './eval-suite';
import { blindPersonas } from './blind';
import { freshPersonas } from './fresh';
import { holdoutPersonas } from './holdout';
import { naturalPersonas } from './natural';
import { personas as tunedPersonas } from './personas';
import { sealedPersonas } from './sealed';

/**
 * 59.3% (89/150) when written, on 2026-12-02; the floor is that minus 10 points, rounded down to
 * 0.05. 71.3% (107/150) later the same day, after fixes guided by the other sets and by this
 * set's per-kind totals only. A regression floor for now; the target is 90% (issue 6).
 */
const SEALED_PASS_SCORE = 0.45;

describeEvalSet({
  label: 'sealed',
  personas: sealedPersonas,
  passScore: SEALED_PASS_SCORE,
  minimum: { personas: 8, utterances: 200, questions: 110 },
  apartFrom: [...tunedPersonas, ...holdoutPersonas, ...freshPersonas, ...blindPersonas, ...naturalPersonas],
});
