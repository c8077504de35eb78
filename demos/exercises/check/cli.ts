/**
 * `npm run exercise:check -- <1|2|3> [--solution]`: checks your copy of an exercise (or the
 * solution) against a real Redis — the same one the console demos use — and prints ✓ / ✗ per
 * requirement. Exit code 0 when every requirement is met, 1 otherwise.
 */
import { runConsoleDemo } from '../../console/console-runtime';
import { EXERCISE_NUMBERS, formatReport, runExerciseCheck } from './run-check';

const args = process.argv.slice(2);
const solution = args.includes('--solution');
const exercise = Number(args.find((a) => /^\d+$/.test(a)));

if (!(EXERCISE_NUMBERS as readonly number[]).includes(exercise)) {
  console.error(`usage: npm run exercise:check -- <${EXERCISE_NUMBERS.join('|')}> [--solution]`);
  console.error('  e.g. npm run exercise:check -- 1            checks demos/exercises/exercise-1.ts (your copy)');
  console.error('       npm run exercise:check -- 1 --solution checks demos/exercises/solutions/exercise-1.ts');
  process.exitCode = 1;
} else {
  // The console runtime: configuration, Redis (REDIS_URL, a local one, or the embedded server)
  // and the model, exactly as `npm run exercise:N` gets them.
  await runConsoleDemo(async ({ runtime, redis }) => {
    const report = await runExerciseCheck(exercise, { runtime, client: redis.client, solution });
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    console.log(formatReport(report, color));
    process.exitCode = report.passed ? 0 : 1;
  });
}
