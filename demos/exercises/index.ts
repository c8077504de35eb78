/**
 * The workshop's exercises as demos the DevUI hosts on request (`npm start -- --demo exercise-1`).
 * The solutions are registered, so `--demo exercise-N` always works; to serve your own copy
 * instead, import it from `./exercise-N` here (the workshop validates it at start).
 */
import type { DemoDefinition } from '../../server/src/demo-definition';
import { exercise1Demo } from './solutions/exercise-1';
import { exercise2Demo } from './solutions/exercise-2';
import { exercise3Demo } from './solutions/exercise-3';

/** Exercises 1–3 (solutions), each `onRequest`: never served by a plain `npm start`. */
export const exerciseDemos: DemoDefinition[] = [exercise1Demo, exercise2Demo, exercise3Demo];
