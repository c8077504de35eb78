/**
 * What an agent can do, in words, decided by the tools its request offers: the support agent
 * never suggests restaurants, the personal assistant never offers ticket actions, and nothing
 * is offered that a missing tool would make impossible.
 */
import type { RequestView } from '../request-view';
import { ACTION_TOOL, TOOL_FOR } from '../tool-intents';

/** Which skill sets an agent has. More than one is possible (a chat offered every demo tool has all three). */
export interface Domains {
  /** Any ticket tool: what was tried, summary, escalate, close. */
  support: boolean;
  /** A work tool (`create_task`, `add_calendar_event`), or a calendar without the weather: plate, meetings, tasks, manager and project. */
  work: boolean;
  /** The weather tool, or no support or work tools at all: facts, recommendations. */
  personal: boolean;
}

/** The tools that make an agent a support agent. */
export const SUPPORT_TOOLS = [TOOL_FOR.ticket, ACTION_TOOL.opening, ACTION_TOOL.escalation, ACTION_TOOL.closure];
/** The tools that make an agent a work agent (a calendar without the weather tool does too). */
export const WORK_TOOLS = [ACTION_TOOL.task, ACTION_TOOL.event];

/** Which skill sets an agent has, from the tools its request offers. */
export function domainsOf(view: RequestView): Domains {
  const tools = view.toolNames;
  const support = SUPPORT_TOOLS.some((t) => tools.has(t));
  const work = WORK_TOOLS.some((t) => tools.has(t)) || (tools.has(TOOL_FOR.calendar) && !tools.has(TOOL_FOR.weather));
  const personal = tools.has(TOOL_FOR.weather) || (!support && !work);
  return { support, work, personal };
}

/** "a, b or c". */
function either(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The things one domain can do, as verb phrases; `short` for when several domains share a sentence. */
function abilities(view: RequestView, domain: keyof Domains, short: boolean): string[] {
  const has = (tool: string) => view.toolNames.has(tool);
  const out: string[] = [];
  if (domain === 'personal') {
    out.push(short ? 'learn facts about you' : "remember facts about you (“I live in Paris”, “I'm vegetarian”)");
    out.push(short ? 'say what I know about you' : 'tell you what I know about you');
    out.push(short ? 'recommend a restaurant' : 'recommend a restaurant or something to cook');
    const tools = [has(TOOL_FOR.weather) && 'the weather', has(TOOL_FOR.calendar) && 'your calendar'].filter((t): t is string => Boolean(t));
    if (tools.length) out.push(`check ${tools.join(' or ')}`);
  } else if (domain === 'support') {
    // Long form only: a shared sentence keeps to the look-ups and actions customers ask for most.
    if (has(ACTION_TOOL.opening) && !short) out.push('record your problem as a ticket');
    if (has(TOOL_FOR.ticket)) out.push(short ? 'check its status' : "check a ticket's status");
    out.push(short ? "list what you've tried" : "tell you what you've tried so far");
    out.push(short ? 'summarize it' : 'summarize the issue');
    if (has(ACTION_TOOL.escalation)) out.push(short ? 'escalate' : 'escalate the ticket to a human');
    if (has(ACTION_TOOL.closure)) out.push(short ? 'close it' : "close it once it's solved");
  } else {
    if (has(TOOL_FOR.calendar)) out.push(short ? 'show your day' : 'show what\'s on your plate (“what do I have tomorrow?”)');
    if (has(ACTION_TOOL.event)) out.push(short ? 'book a meeting' : 'book a meeting (“book a meeting with Sam on Friday at 3pm”)');
    if (has(ACTION_TOOL.task)) out.push(short ? 'add a task' : 'add a task (“remind me to send the report”)');
    // Long form only: in a shared sentence the tool-backed skills matter more.
    if (!short) out.push("tell you who your manager is or what project you're on, once you've told me");
  }
  return out;
}

const LEAD: Record<keyof Domains, string> = { personal: 'I can', support: 'For a support ticket I can', work: 'For work I can' };
const DEMO_TOOLS = (view: RequestView) => (view.toolNames.size ? ' (the tools use demo data)' : '');

function sentences(view: RequestView): string[] {
  const domains = domainsOf(view);
  const active = (['personal', 'support', 'work'] as Array<keyof Domains>).filter((d) => domains[d]);
  const short = active.length > 1;
  return active.map((d) => `${short ? LEAD[d] : 'I can'} ${either(abilities(view, d, short))}.`);
}

/** The honest "here's what I can do" reply when nothing else applies; lists only this agent's skills. */
export function fallbackFor(view: RequestView): string {
  const body = sentences(view).join(' ').replace(/\.$/, `${DEMO_TOOLS(view)}.`);
  return `I'm the built-in offline model, so I only understand a few kinds of requests. ${body}`;
}

/** The help part of "who are you?" / "what can you do?". */
export function helpFor(view: RequestView): string {
  return sentences(view).join(' ').replace(/\.$/, `${DEMO_TOOLS(view)}.`);
}

/** What a greeting invites the user to do next. */
export function greetingHintFor(view: RequestView): string {
  const d = domainsOf(view);
  if (d.personal) return 'Tell me something about yourself, or ask me what I remember.';
  if (d.support) return "Tell me what's wrong (and your ticket number, if you have one) and I'll help.";
  return "Ask me what's on your plate, or tell me about your work — I'll remember it.";
}

/** What a goodbye promises: per-thread support chats keep the conversation, the others what they learned about the user. */
export function farewellFor(view: RequestView): string {
  const d = domainsOf(view);
  if (d.support && !d.personal) return "This ticket's conversation stays in Redis, so we can pick up where we left off.";
  return 'Everything I learned about you stays in Redis for next time.';
}
