/**
 * Runs an exercise's check against the attendee's copy or the solution, on a real Redis, and
 * cleans up after itself. `npm run exercise:check -- <n> [--solution]` (./cli.ts) prints it;
 * the tests call `runExerciseCheck` directly.
 */
import type { WorkshopRuntime } from '../../../server/src/compose';
import type { DemoDefinition } from '../../../server/src/demo-definition';
import type { RedisClient } from '../../../server/src/redis/connection';
import { runRequirements, type CheckContext, type Requirement, type RequirementResult } from './check-kit';
import { exercise1Requirements } from './exercise-1-check';
import { exercise2Requirements } from './exercise-2-check';
import { exercise3Requirements } from './exercise-3-check';
import { deleteRunKeys, newRunId, scratchDemo } from './run-scope';

/** The exercises that have a check. */
export const EXERCISE_NUMBERS = [1, 2, 3] as const;

/** An exercise, loaded: its declaration and the requirements the check runs on it. */
interface LoadedExercise {
  demo: DemoDefinition;
  requirements(ctx: CheckContext): Requirement[];
}

/** Which file each exercise's copy and solution live in, and how to check them. */
const EXERCISES: Record<number, { title: string; file: string; load(solution: boolean): Promise<LoadedExercise> }> = {
  1: {
    title: 'user-profile memory',
    file: 'exercise-1.ts',
    async load(solution) {
      const module = solution ? await import('../solutions/exercise-1') : await import('../exercise-1');
      return { demo: module.exercise1Demo, requirements: (ctx) => exercise1Requirements(module, ctx) };
    },
  },
  2: {
    title: 'a multi-session support bot',
    file: 'exercise-2.ts',
    async load(solution) {
      const module = solution ? await import('../solutions/exercise-2') : await import('../exercise-2');
      return { demo: module.exercise2Demo, requirements: (ctx) => exercise2Requirements(module, ctx) };
    },
  },
  3: {
    title: 'Sales, Support and Engineering with separate memories',
    file: 'exercise-3.ts',
    async load(solution) {
      const module = solution ? await import('../solutions/exercise-3') : await import('../exercise-3');
      return { demo: module.exercise3Demo, requirements: (ctx) => exercise3Requirements(module, ctx) };
    },
  },
};

/** What a check found, requirement by requirement. */
export interface CheckReport {
  exercise: number;
  title: string;
  /** The file checked, relative to the project root. */
  file: string;
  solution: boolean;
  passed: boolean;
  results: RequirementResult[];
  /** The run id every key of this run contained. */
  runId: string;
  /** How many keys the cleanup deleted. */
  keysDeleted: number;
}

/** Where a check runs: the runtime and its Redis client (the console runtime, or a test's). */
export interface RunCheckOptions {
  runtime: WorkshopRuntime;
  client: RedisClient;
  /** Check the solution instead of the attendee's copy. Default false. */
  solution?: boolean;
}

/** Runs exercise `exercise`'s check and deletes every key it wrote, whatever the outcome. */
export async function runExerciseCheck(exercise: number, options: RunCheckOptions): Promise<CheckReport> {
  const entry = EXERCISES[exercise];
  if (!entry) throw new Error(`there is no exercise ${JSON.stringify(exercise)}: choose ${EXERCISE_NUMBERS.join(', ')}`);
  const solution = options.solution ?? false;
  const loaded = await entry.load(solution);
  const runId = newRunId();
  const ctx: CheckContext = { runtime: options.runtime, client: options.client, runId };
  let results: RequirementResult[] = [];
  let keysDeleted = 0;
  try {
    results = await runRequirements(loaded.requirements(ctx));
  } finally {
    const indexNames = scratchDemo(loaded.demo, runId).agents.map((a) => a.memory.indexName);
    keysDeleted = await deleteRunKeys(options.runtime, options.client, runId, indexNames);
  }
  return {
    exercise,
    title: entry.title,
    file: `demos/exercises/${solution ? 'solutions/' : ''}${entry.file}`,
    solution,
    passed: results.length > 0 && results.every((r) => r.passed),
    results,
    runId,
    keysDeleted,
  };
}

/** The report as the terminal shows it: ✓ / ✗ per requirement, what is missing, and what to do next. */
export function formatReport(report: CheckReport, color = false): string {
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines = [`Exercise ${report.exercise} — ${report.title}: checking ${report.file}`, ''];
  for (const r of report.results) {
    lines.push(`${r.passed ? paint(32, '✓') : paint(31, '✗')} ${r.title}`);
    if (r.detail) lines.push(`    ${r.passed ? paint(2, r.detail) : r.detail}`);
  }
  const ok = report.results.filter((r) => r.passed).length;
  lines.push('', `${ok}/${report.results.length} requirements met (run ${report.runId}: ${report.keysDeleted} scratch keys deleted).`);
  if (report.passed) {
    lines.push(paint(32, `All requirements met — exercise ${report.exercise} is done.`));
  } else {
    const again = `npm run exercise:check -- ${report.exercise}${report.solution ? ' --solution' : ''}`;
    lines.push(`Fix the ✗ lines in ${report.file} (each names its TODO), then run \`${again}\` again.`);
  }
  return lines.join('\n');
}
