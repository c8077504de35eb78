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
import { describeEvalSet } from './eval-suite';
import { personas } from './personas';
import { PASS_SCORE } from './run-eval';

describeEvalSet({ label: 'conversation', personas, passScore: PASS_SCORE, minimum: { personas: 9, utterances: 230 } });
