/** Tasks: adding one with `create_task` and listing the ones added earlier. */
import nlp from '../../../nlp/compromise';
import type { RequestView } from '../request-view';
import { ACTION_TOOL, dateFrom } from '../tool-intents';
import { resultsOf } from './conversation';
import { normalize } from './normalize';
import { call, reply, type SkillInput, type SkillResult } from './types';
import { any, TASK, TASK_BARE, WORK_ASKS, type Doc } from './work-requests';

const DATE_PHRASE = /\s*\b(?:(?:by|on|before|due|for|until)\s+)?(?:today|tonight|tomorrow|(?:this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}-\d{2}-\d{2})\b/gi;

/** A task title from the words of a request, without its date and courtesy words. */
export function taskTitle(raw: string): string {
  const title = raw
    .replace(DATE_PHRASE, '')
    .replace(/\s*\b(?:please|pls|thanks|thank you)\b\s*$/i, '')
    .replace(/^\s*(?::|to)\s+/i, '')
    .replace(/[\s,;.!?]+$/, '')
    .trim();
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** A `create_task` call for "remind me to …", a question for the title, or an honest "I can't". */
export function createTask(input: SkillInput, text: string): SkillResult | undefined {
  const doc = nlp(normalize(text));
  for (const pattern of TASK) {
    const m = doc.match(pattern);
    if (!m.found) continue;
    const title = taskTitle((m.groups('x') as Doc).text());
    if (!title) break;
    if (!input.view.toolNames.has(ACTION_TOOL.task)) return reply(cannotTask());
    const due = dateFrom(doc, text);
    return call(ACTION_TOOL.task, due ? { title, due } : { title });
  }
  if (any(doc, TASK_BARE)) return input.view.toolNames.has(ACTION_TOOL.task) ? reply(`Sure. ${WORK_ASKS.taskTitle}`) : reply(cannotTask());
  return undefined;
}

/** What an agent without the task tool says to a task request. */
export function cannotTask(): string {
  return "I can't set reminders or add tasks in this chat — I don't have a task tool here.";
}

/** The tasks added in this conversation or kept in memory, as a list. */
export function listTasks(view: RequestView): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const r of resultsOf(view, 'task')) {
    const id = String(r.data.taskId);
    if (seen.has(id)) continue;
    seen.add(id);
    const due = typeof r.data.due === 'string' ? ` — due ${r.data.dueWeekday ? `${String(r.data.dueWeekday)} ` : ''}${r.data.due}` : '';
    lines.push(`- ${String(r.data.title)}${due} (${id})`);
  }
  if (!lines.length) return "You haven't asked me to add any tasks yet (not in this conversation, and I have none in memory). Say “remind me to …” and I'll add one.";
  return `Tasks you asked me to add:\n${lines.join('\n')}\n_(Demo data — not a real task list.)_`;
}
