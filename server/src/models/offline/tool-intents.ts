/**
 * The offline model's tool use: deciding to call a demo tool (and with which arguments),
 * answering from a tool result on the next call, and recalling an earlier result from memory
 * or history without calling the tool again.
 */
import nlp from '../../nlp/compromise';
import type { ModelMessage } from '../types';
import type { FactMap } from './known-facts';
import type { RequestView } from './request-view';
import { LABEL, RESULT_TOOL, TOOL_FOR, describeResult, isObject, kindOf, parseJson, type Json, type ResultKind, type ToolKind } from './tool-results';

export { ACTION_TOOL, TOOL_FOR, describeResult, isObject, parseJson, type ActionKind, type ResultKind, type ToolKind } from './tool-results';

type View = ReturnType<typeof nlp>;

const TOOL_NAME_IN_TEXT = new RegExp(`\\b(${Object.values(RESULT_TOOL).join('|')})\\b`);

/** A tool call the offline model decided to make. */
export interface PlannedCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** Either tool calls to make, or a reply when a call is impossible (tool missing, argument unknown). */
export type ToolPlan = { calls: PlannedCall[] } | { reply: string };

const REQUEST_START = /^(?:what|what's|whats|how|how's|hows|show|check|list|get|tell|give|look|find|is|are|am|do|does|will|can|could|would|please|any|and|so|ok|okay|hey|hi)\b/i;

/** A question or an instruction; a short keyword phrase ("weather in Paris") counts, a statement ("I like sunny weather") does not. */
function isRequest(text: string): boolean {
  const t = text.trim();
  const firstPerson = /^(?:i|i'm|im|i've|my|we|we're|our)\b/i.test(t);
  return /\?/.test(t) || REQUEST_START.test(t) || (!firstPerson && t.split(/\s+/).length <= 5);
}

/** Which tools a message asks for (in the order weather, ticket, calendar). */
export function toolKinds(text: string): ToolKind[] {
  // "My ticket 12345 is still broken" is worth a lookup even though it is not phrased as a request.
  const namesTicket = ticketFrom(text, true) !== undefined;
  if (!isRequest(text)) return namesTicket ? ['ticket'] : [];
  const doc = nlp(text.toLowerCase());
  // "do I like early meetings?", "do I hate rainy weather?" ask about the user's taste, not for a look-up.
  if (doc.has('(do|did|would|will) i #Adverb? (like|love|hate|enjoy|prefer|mind|dislike)') && !namesTicket) return [];
  const kinds: ToolKind[] = [];
  if (doc.has('(weather|forecast|temperature|rain|raining|snow|snowing|sunny|umbrella)')) kinds.push('weather');
  if (namesTicket || doc.has('(ticket|tickets)')) kinds.push('ticket');
  if (
    doc.has('(calendar|schedule|agenda|meetings|meeting|appointments|appointment|events)') ||
    doc.has('what is on (for)? (today|tomorrow|#WeekDay)') ||
    doc.has('am i (free|busy)') ||
    doc.has('do i have (anything|plans) (on|for|today|tomorrow)')
  ) {
    kinds.push('calendar');
  }
  return kinds;
}

/** True when the message asks about an earlier tool result rather than for a new one. */
export function isRecall(text: string): boolean {
  const t = text.toLowerCase();
  return (
    /\b(?:earlier|previously|before|already|last time)\b/.test(t) ||
    /\bdid (?:the|that|your) [\w ]{0,30}?(?:tool|weather|ticket|calendar)[\w ]{0,12}?(?:say|return|report|show)\b/.test(t) ||
    /\b(?:tool|it) (?:said|returned|reported)\b/.test(t) ||
    /\bdid you (?:find|get|see|say|check|look)\b/.test(t)
  );
}

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

function cityFrom(doc: View): string | undefined {
  for (const pattern of ['(in|for|at) [<c>#Place+]', '(in|for|at) [<c>#ProperNoun+]', '[<c>#Place+] (weather|forecast)', '(weather|forecast) [<c>#Place+]', 'weather (like)? (in|for|at) [<c>.+]']) {
    const m = doc.match(pattern);
    if (!m.found) continue;
    const raw = (m.groups('c') as View).text();
    const city = raw
      .replace(/[?.!,]+$/, '')
      .replace(/\b(?:today|tomorrow|tonight|now|right now|this week|this weekend|please|like)\b.*$/i, '')
      .trim();
    if (city && !/^(?:my|the|here|home|there)\b/i.test(city)) return city;
  }
  return undefined;
}

const TICKET_IN_TEXT = [/\bsupport_ticket_(\d{1,12})\b/i, /\bticket\s*(?:number|no\.?|#|id)?\s*(?:is\s+)?:?\s*#?(\d{1,12})\b/i, /#(\d{3,12})\b/, /\b(\d{3,12})\b/];

/**
 * The ticket number a text names. Strict: only "ticket 12345" or "support_ticket_12345"; loose
 * also takes "#12345" and a bare number of three or more digits.
 */
export function ticketFrom(text: string, strict: boolean): string | undefined {
  for (const re of strict ? TICKET_IN_TEXT.slice(0, 2) : TICKET_IN_TEXT) {
    const m = text.match(re);
    if (m) return m[1];
  }
  return undefined;
}

/** The day a text names, in the form the calendar tools accept ("today", "friday", "next friday", YYYY-MM-DD). */
export function dateFrom(doc: View, text: string): string | undefined {
  const iso = text.match(/\b\d{4}-\d{2}-\d{2}\b/);
  if (iso) return iso[0];
  const relative = doc.match('[<d>(today|tomorrow|yesterday|tonight)]');
  if (relative.found) return (relative.groups('d') as View).text().toLowerCase();
  const weekday = doc.match('[<n>(next|this)?] [<d>#WeekDay]');
  if (weekday.found) {
    const day = (weekday.groups('d') as View).text().toLowerCase();
    const next = (weekday.groups('n') as View | undefined)?.text().toLowerCase();
    return next === 'next' ? `next ${day}` : day;
  }
  return undefined;
}

/** Plans the tool calls a message asks for; undefined when it asks for none. */
export function planTools(text: string, view: RequestView, facts: FactMap): ToolPlan | undefined {
  const kinds = toolKinds(text);
  if (kinds.length === 0) return undefined;
  const doc = nlp(text);
  const calls: PlannedCall[] = [];
  const replies: string[] = [];
  for (const kind of kinds) {
    const name = TOOL_FOR[kind];
    if (!view.toolNames.has(name)) {
      replies.push(`I don't have the ${LABEL[kind]} tool in this chat, so I can't look that up.`);
      continue;
    }
    if (kind === 'weather') {
      const city = cityFrom(doc) ?? facts.get('location')?.value;
      // "tomorrow", "on Friday", "2025-03-21": the forecast for that day, not today's weather.
      const date = dateFrom(doc, text);
      if (city) calls.push({ name, arguments: date && date !== 'today' ? { city: titleCase(city), date } : { city: titleCase(city) } });
      else replies.push('Which city should I check the weather for?');
    } else if (kind === 'ticket') {
      const earlier = [...view.history].reverse().map((m) => m.text);
      const ticketId = ticketFrom(text, false) ?? [...earlier, view.instructions].map((t) => ticketFrom(t, true)).find(Boolean);
      if (ticketId) calls.push({ name, arguments: { ticketId } });
      // "What's the error code in this ticket?" asks about this conversation, not for a look-up.
      else if (!/\b(?:this|the current|current)\s+(?:ticket|case|chat|conversation)\b/i.test(text)) replies.push('Which ticket number should I look up?');
    } else {
      const date = dateFrom(doc, text);
      calls.push({ name, arguments: date ? { date } : {} });
    }
  }
  if (calls.length) return { calls };
  return replies.length ? { reply: replies.join(' ') } : undefined;
}

/** "What's on my plate?" and the like: a calendar answer that should also list open tasks without a due day. */
const PLATE_QUESTION = '(plate|todo|todos|to-do|tasks|task|workload|to do)';

/**
 * Tasks the user had the agent add (earlier `create_task` results in this conversation or the
 * tool memories) that belong with a calendar day: due that day, or — for "what's on my plate?" —
 * with no due day at all.
 */
function tasksFor(day: Json, view: RequestView): string | undefined {
  const plate = nlp(view.userText.toLowerCase()).has(PLATE_QUESTION);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const r of pastResults(view)) {
    if (r.kind !== 'task' || !isObject(r.data) || seen.has(String(r.data.taskId))) continue;
    seen.add(String(r.data.taskId));
    const due = typeof r.data.due === 'string' ? r.data.due : undefined;
    if (due === day.date) lines.push(`- ${String(r.data.title)} (due that day)`);
    else if (!due && plate) lines.push(`- ${String(r.data.title)}`);
  }
  return lines.length ? `Tasks you asked me to add:\n${lines.join('\n')}\n` : undefined;
}

/**
 * The answer once tool results are in: every result after the current user message, described.
 * With the request's view, a calendar day also lists the tasks added earlier that belong to it.
 */
export function answerToolResults(afterUser: ModelMessage[], view?: RequestView): string | undefined {
  const calls = new Map<string, { name: string; args: Json }>();
  const parts: string[] = [];
  for (const message of afterUser) {
    if (message.role === 'assistant') {
      for (const call of message.toolCalls ?? []) calls.set(call.id, { name: call.name, args: call.arguments });
    } else if (message.role === 'tool') {
      const call = message.toolCallId ? calls.get(message.toolCallId) : undefined;
      const name = message.toolName ?? call?.name;
      parts.push(describeResult(name, message.text, call?.args));
      const data = parseJson(message.text);
      if (view && isObject(data) && !data.error && kindOf(name, data) === 'calendar') {
        const tasks = tasksFor(data, view);
        if (tasks) parts.push(tasks);
      }
    }
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

// ---------------------------------------------------------------- recall

/** A tool result from the tool memories or the conversation, oldest first. */
export interface PastResult {
  kind: ResultKind | undefined;
  name: string | undefined;
  data: unknown;
  raw: string;
}

/** Every tool result in the tool memories and the conversation, oldest first. */
export function pastResults(view: RequestView): PastResult[] {
  const out: PastResult[] = [];
  const memories = view.memories.filter((h) => h.record.kind === 'tool').sort((a, b) => a.record.createdAt - b.record.createdAt);
  for (const { record } of memories) {
    const named = [record.authorName, record.content].map((s) => s?.match(TOOL_NAME_IN_TEXT)?.[1]).find(Boolean);
    const data = parseJson(record.content);
    out.push({ kind: kindOf(named, data), name: named, data, raw: record.content });
  }
  const calls = new Map<string, string>();
  for (const message of [...view.history, ...view.afterUser]) {
    if (message.role === 'assistant') for (const call of message.toolCalls ?? []) calls.set(call.id, call.name);
    if (message.role !== 'tool') continue;
    const name = message.toolName ?? (message.toolCallId ? calls.get(message.toolCallId) : undefined);
    const data = parseJson(message.text);
    out.push({ kind: kindOf(name, data), name, data, raw: message.text });
  }
  return out;
}

/** Answers "what was the weather in Paris earlier?" from stored results, never by calling the tool again. */
export function recallToolResult(text: string, view: RequestView): string {
  const kinds = toolKinds(`${text}?`);
  const wanted = kinds[0];
  const doc = nlp(text);
  const city = wanted === 'weather' ? cityFrom(doc)?.toLowerCase() : undefined;
  const ticket = wanted === 'ticket' ? ticketFrom(text, false) : undefined;
  const matches = pastResults(view).filter((r) => {
    if (wanted && r.kind !== wanted) return false;
    if (!isObject(r.data)) return !wanted;
    if (city && String(r.data.city ?? '').toLowerCase() !== city) return false;
    if (ticket && String(r.data.ticketId ?? '') !== ticket) return false;
    return true;
  });
  const hit = matches[matches.length - 1];
  const what = wanted ? `${LABEL[wanted]} result${city ? ` for ${titleCase(city)}` : ''}${ticket ? ` for ticket ${ticket}` : ''}` : 'tool result';
  if (!hit) {
    return `I don't have an earlier ${what} in my memory or in this conversation, so I can't tell you what it said. Ask me to check and I'll look it up.`;
  }
  const body = describeResult(hit.name, hit.data ?? hit.raw);
  return `Here's what the ${hit.kind ? LABEL[hit.kind] : 'tool'} tool said earlier — ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
}
