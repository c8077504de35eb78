/**
 * The work agent's skills: "what's on my plate?" (calendar and tasks), booking meetings with
 * `add_calendar_event`, adding tasks with `create_task`, listing the tasks added earlier, and
 * "who's my manager / what project am I on / which team / when is it due" answered from what
 * the user said (this conversation and the message memories) — or an honest "you haven't told me".
 * This file tells the requests apart and hands each to its reader: `work-requests.ts` (the
 * patterns), `work-tasks.ts`, `work-meetings.ts` and `work-statements.ts`.
 */
import { listing } from '../phrases';
import { ACTION_TOOL, TOOL_FOR, dateFrom } from '../tool-intents';
import { lastExchange, resultsOf } from './conversation';
import { call, reply, type SkillInput, type SkillResult } from './types';
import { bookMeeting } from './work-meetings';
import { any, DEADLINE_Q, MANAGER_Q, MEETING, PLATE, PROJECT_Q, QUESTION, TASK, TASK_BARE, TASKS, TEAM_Q, WORK_ASKS, type Doc, type WorkIntent } from './work-requests';
import { slotAnswer, statementsIn, type Slot } from './work-statements';
import { cannotTask, createTask, listTasks, taskTitle } from './work-tasks';

export { WORK_ASKS, type WorkIntent } from './work-requests';

/** Which work request a message makes, if any (statements about the user's work count). */
export function workIntent(text: string, doc: Doc): WorkIntent | undefined {
  if (any(doc, TASKS)) return 'tasks';
  if (any(doc, TASK) || any(doc, TASK_BARE)) return 'task';
  if (any(doc, MEETING) && !doc.has('^(did|have|has) (you|i|we)')) return 'meeting';
  if (any(doc, PLATE)) return 'plate';
  if (any(doc, MANAGER_Q) || doc.has('what is my (manager|boss)')) return 'manager?';
  if (any(doc, PROJECT_Q)) return 'project?';
  if (any(doc, TEAM_Q)) return 'team?';
  if (any(doc, DEADLINE_Q)) return 'deadline?';
  if ((['manager', 'project', 'team'] as Slot[]).some((slot) => statementsIn(text, slot).length > 0)) return 'statement';
  return undefined;
}

function followUp(input: SkillInput): SkillResult | undefined {
  const last = lastExchange(input.view);
  if (!last || input.text.trim().split(/\s+/).length > 10) return undefined;
  if (last.asked.includes(WORK_ASKS.meetingDay) && dateFrom(input.doc, input.fixed)) return bookMeeting(input, `${last.request} ${input.text}`);
  if (last.asked.includes(WORK_ASKS.taskTitle) && !QUESTION.test(input.text)) {
    const title = taskTitle(input.text);
    const due = dateFrom(input.doc, input.fixed);
    if (title && input.view.toolNames.has(ACTION_TOOL.task)) return call(ACTION_TOOL.task, due ? { title, due } : { title });
  }
  return undefined;
}

/** The work skills, for an agent with the calendar or work tools. */
export function workSkill(input: SkillInput): SkillResult | undefined {
  const pending = followUp(input);
  if (pending) return pending;
  const { view, text, fixed, doc } = input;
  switch (workIntent(fixed, doc)) {
    case 'tasks': {
      // No tasks added through the tool: what the user said they have to do may answer it.
      const listed = listTasks(view);
      return resultsOf(view, 'task').length ? reply(listed) : { reply: listed, unknown: true };
    }
    case 'task':
      return createTask(input, text);
    case 'meeting':
      return bookMeeting(input, text);
    case 'plate': {
      if (view.toolNames.has(TOOL_FOR.calendar)) {
        const date = dateFrom(doc, fixed);
        return call(TOOL_FOR.calendar, date ? { date } : {});
      }
      return view.toolNames.has(ACTION_TOOL.task) ? reply(listTasks(view)) : undefined;
    }
    case 'manager?':
      return slotAnswer(view, 'manager');
    case 'project?':
      return slotAnswer(view, 'project');
    case 'team?':
      return slotAnswer(view, 'team');
    case 'deadline?':
      return slotAnswer(view, 'deadline', fixed);
    case 'statement': {
      const said = (['manager', 'project', 'team'] as Slot[]).flatMap((slot) => statementsIn(text, slot));
      return said.length ? reply(`Got it — ${listing(said)}. I'll remember that.`) : undefined;
    }
    default:
      return undefined;
  }
}

/** Unmistakable bookings only: a personal chat's "make time for the kids" is not a meeting request. */
const CLEAR_BOOKING = [
  '(book|schedule|set up|setup|arrange|organise|organize|pencil) (me)? (in)? (a|an|another|the|our)? #Adjective? #Noun? (meeting|call|appointment|sync|1:1|one-on-one|interview|catch-up|catchup|check-in)',
  '(put|add|pencil) [<x>.+] (on|in|to|into) (my|the) (calendar|schedule|agenda|diary)',
];

/** Work requests an agent without the work tools declines plainly rather than half-handling them. */
export function workRequestWithoutTools(input: SkillInput): SkillResult | undefined {
  const { view, doc } = input;
  if (any(doc, TASK) && !view.toolNames.has(ACTION_TOOL.task)) return reply(cannotTask());
  if (any(doc, CLEAR_BOOKING) && !view.toolNames.has(ACTION_TOOL.event)) {
    return reply(view.toolNames.has(TOOL_FOR.calendar) ? "I can read your calendar here, but I can't book anything on it — I don't have a booking tool in this chat." : "I can't book meetings in this chat — I don't have a calendar tool here.");
  }
  return undefined;
}

/** "What's on my plate today?" for any agent that can read a calendar. */
export function plateRequest(input: SkillInput): SkillResult | undefined {
  if (!input.view.toolNames.has(TOOL_FOR.calendar) || !any(input.doc, PLATE)) return undefined;
  const date = dateFrom(input.doc, input.fixed);
  return call(TOOL_FOR.calendar, date ? { date } : {});
}
