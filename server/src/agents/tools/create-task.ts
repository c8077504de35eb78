/**
 * `create_task`: adds a task (a reminder) to the user's demo work task list. Deterministic and
 * clearly labelled: nothing is stored by the tool itself — the result lives on in the
 * conversation history and, as a tool memory, in Redis, which is where the agent finds it later.
 */
import { z } from 'zod';
import { defineTool } from '../tool';
import { DAY_WORDS, isoDate, resolveCalendarDate, weekdayOf } from './dates';
import { seedOf } from './demo-random';

/** Stamped on every created task, so neither the model nor the user takes it for a real one. */
export const TASK_SOURCE = 'demo data — not saved to a real task list';

/** A task as `create_task` reports it. */
export interface CreatedTask {
  /** `TASK-` and four digits; the same title and due date always get the same id. */
  taskId: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when a due date was given. */
  due?: string;
  /** Weekday of `due`, e.g. `Friday`. */
  dueWeekday?: string;
  list: 'Work';
  status: 'open';
  source: typeof TASK_SOURCE;
}

/** Options of the task tool. */
export interface TaskToolOptions {
  /** Clock used to resolve "today", "tomorrow" and weekday names (server local time). Default: `() => new Date()`. */
  now?: () => Date;
}

/** The demo task for a title and an optional due day ("friday", "tomorrow", YYYY-MM-DD). */
export function demoTask(title: string, due: string | undefined, now: Date): CreatedTask {
  const name = title.replace(/\s+/g, ' ').trim();
  const day = due?.trim() ? resolveCalendarDate(due, now) : undefined;
  const dueIso = day ? isoDate(day) : undefined;
  return {
    taskId: `TASK-${1000 + (seedOf(`task:${name.toLowerCase()}:${dueIso ?? ''}`) % 9000)}`,
    title: name,
    ...(day ? { due: dueIso, dueWeekday: weekdayOf(day) } : {}),
    list: 'Work',
    status: 'open',
    source: TASK_SOURCE,
  };
}

/** Builds the task tool with an injectable clock (tests pin "today"). */
export function createCreateTaskTool(options: TaskToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'create_task',
    description:
      'Add a task or reminder to the user\'s work task list, optionally with a due day. Demo tool: returns a made-up task id; nothing is saved to a real task list.',
    schema: z.object({
      title: z.string().trim().min(1).max(200).describe('What to do, e.g. "Send the quarterly report"'),
      due: z.string().max(40).optional().describe(`Due day: ${DAY_WORDS}`),
    }),
    execute: ({ title, due }) => demoTask(title, due, now()),
  });
}

/** `create_task` on the server's clock. */
export const createTaskTool = createCreateTaskTool();
