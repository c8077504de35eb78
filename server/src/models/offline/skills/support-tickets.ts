/**
 * The customer's ticket on record. Once a conversation ties a problem the customer described to
 * a ticket — a number they gave, or a request to open one — the support agent records it with
 * `open_ticket`, so every later look-up, escalation and closure answers from what was said
 * rather than from a made-up story. Also: what this conversation already knows of a ticket.
 */
import type { RequestView } from '../request-view';
import { ACTION_TOOL, isObject } from '../tool-intents';
import { knownTicket, resultsOf, ticketIn } from './conversation';
import { caseOfTexts, clip, isProblemReport } from './support-case';
import { call, reply, type SkillInput, type SkillResult } from './types';

/** "open a ticket", "can you file a new support case", "please open ticket 4711 for this". */
const OPEN_ASK = ['(open|create|file|log|raise|submit|start) (me)? (a|an|new|another) (new|separate|support)? (new|support)? (ticket|case)', '(open|create|file|log) ticket #Value'];
/** Words that make a report high priority. */
const URGENT = /\b(?:urgent|urgently|asap|emergency|critical)\b/i;

type TicketResult = ReturnType<typeof resultsOf>[number];

/** Results about a ticket (any ticket without an id) in this conversation and the tool memories, oldest first; "not on record" answers left out. */
export function ticketRecords(view: RequestView, ticketId?: string): TicketResult[] {
  return resultsOf(view, 'ticket', 'opening', 'escalation', 'closure').filter((r) => r.data.found !== false && (!ticketId || String(r.data.ticketId) === ticketId));
}

/** The status the conversation last saw for a ticket, if it saw one. */
export function lastStatus(view: RequestView, ticketId: string): string | undefined {
  const last = ticketRecords(view, ticketId).pop();
  if (!last) return undefined;
  if (last.kind === 'closure' || (last.kind === 'escalation' && last.data.escalated === false)) return 'closed';
  return last.kind === 'escalation' ? 'escalated' : String(last.data.status);
}

/** The escalation of a ticket this conversation saw (from `escalate_ticket` or a status look-up). */
export function escalationSeen(view: RequestView, ticketId?: string): Record<string, unknown> | undefined {
  for (const r of ticketRecords(view, ticketId).reverse()) {
    if (r.kind === 'escalation' && r.data.escalated !== false) return r.data;
    if (isObject(r.data.escalation)) return { ...r.data.escalation, ticketId: r.data.ticketId, priority: r.data.priority };
  }
  return undefined;
}

/** A one-line state of the ticket for the summary, from the last result about it. */
export function ticketLine(view: RequestView, ticketId: string | undefined): string | undefined {
  if (!ticketId) return undefined;
  const last = ticketRecords(view, ticketId).pop();
  if (!last) return `**Ticket:** ${ticketId}`;
  const d = last.data;
  if (last.kind === 'closure') return `**Ticket:** ${ticketId} — closed (${String(d.resolution)})`;
  if (last.kind === 'escalation' && d.escalated === false) return `**Ticket:** ${ticketId} — closed${isObject(d.closure) ? ` (${String(d.closure.resolution)})` : ''}`;
  if (last.kind === 'escalation') return `**Ticket:** ${ticketId} — escalated to ${String(d.assignedTo)} (${String(d.team)}), priority ${String(d.priority)}, ${String(d.escalationId)}`;
  return `**Ticket:** ${ticketId} — ${String(d.status)}, priority ${String(d.priority)}, with ${String(d.assignee)} (from the ticket tool)`;
}

/** The problem as the customer first described it in this conversation (not in other threads' memories). */
export function problemInConversation(view: RequestView, text: string): string | undefined {
  const said = view.history.filter((m) => m.role === 'user').map((m) => m.text);
  const problem = caseOfTexts([...said, text]).problems[0];
  return problem && clip(problem.trim(), 300);
}

/**
 * An `open_ticket` call when this message ties a described problem to a ticket that this
 * conversation has no record of: the customer asks for a ticket, names a number, or reports the
 * problem once a number is known. Undefined when there is nothing to record.
 */
export function recordTicket(input: SkillInput): SkillResult | undefined {
  const { view, text, doc } = input;
  if (!view.toolNames.has(ACTION_TOOL.opening)) return undefined;
  const asked = OPEN_ASK.some((p) => doc.has(p)) && !doc.has('#Negative');
  const named = ticketIn(text);
  const ticketId = asked ? named : knownTicket(view, text);
  if (!asked) {
    if (!ticketId || ticketRecords(view, ticketId).length > 0) return undefined;
    // Only a message that names the ticket or reports the problem ties the two together.
    if (!named && !isProblemReport(text)) return undefined;
  }
  const subject = problemInConversation(view, text);
  if (!subject) {
    return asked ? reply("Sure — what's the problem? Tell me what happens (and any error message) and I'll open a ticket for it.") : undefined;
  }
  const urgent = [...view.history.filter((m) => m.role === 'user').map((m) => m.text), text].some((t) => URGENT.test(t));
  return call(ACTION_TOOL.opening, { ...(ticketId ? { ticketId } : {}), subject, ...(urgent ? { priority: 'high' } : {}) });
}
