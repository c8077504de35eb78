/**
 * The support agent's skills: what the customer already tried, a summary of the issue,
 * recording the ticket (with `open_ticket`, see ./support-tickets.ts), escalation (with
 * `escalate_ticket`) and closing the ticket (with `close_ticket`, only on an explicit request or
 * a "yes" to the agent's offer — "it works now" alone is not consent).
 */
import nlp from '../../../nlp/compromise';
import { listing } from '../phrases';
import type { RequestView } from '../request-view';
import { ACTION_TOOL, TOOL_FOR } from '../tool-intents';
import { knownTicket, lastExchange, ticketIn, userSaid } from './conversation';
import { normalize } from './normalize';
import { capital, caseOf, clip, lower } from './support-case';
import { NO, YES, supportIntent } from './support-intents';
import { escalationSeen, lastStatus, problemInConversation, recordTicket, ticketLine, ticketRecords } from './support-tickets';
import { withoutGreeting } from './troubleshooting';
import { call, reply, type SkillInput, type SkillResult } from './types';

export { supportIntent, type SupportIntent } from './support-intents';

type Doc = ReturnType<typeof nlp>;

/** The questions the support agent asks; a short answer to one continues the request it came from. */
export const SUPPORT_ASKS = {
  escalateTicket: 'Which ticket number should I escalate?',
  closeTicket: "tell me the ticket number and I'll close it",
  confirmClose: (ticketId: string) => `Shall I close ticket ${ticketId}?`,
} as const;
const CONFIRM_CLOSE = /Shall I close ticket (\d{1,12})\?/;

// ---------------------------------------------------------------- answers

function triedAnswer(view: RequestView): string {
  const { steps } = caseOf(view);
  if (steps.length === 0) {
    // No example step: in a fresh ticket, naming "the router" would suggest someone else's problem.
    return "You haven't told me about anything you've tried yet. Tell me what you've done and I'll keep track of it.";
  }
  return `Here's what you've told me you tried so far:\n${steps.map((s) => `- ${capital(s)}`).join('\n')}\n`;
}

const ROOT_STOP = new Set(['the', 'a', 'an', 'it', 'my', 'your', 'this', 'that', 'already', 'again', 'ever', 'yet', 'before', 'tried', 'try', 'to']);
function rootsOf(text: string): Set<string> {
  const doc = nlp(text.toLowerCase());
  doc.compute('root');
  const terms = doc.json({ terms: { normal: true } }) as Array<{ terms: Array<{ normal: string; root?: string }> }>;
  return new Set(terms.flatMap((s) => s.terms.map((t) => t.root || t.normal)).filter((w) => w && !ROOT_STOP.has(w)));
}

function triedCheckAnswer(input: SkillInput): string {
  const { steps } = caseOf(input.view);
  const asked = input.fixed.replace(/^\s*(?:did|have)\s+(?:i|we)\s+(?:already\s+|ever\s+|even\s+)?(?:try|tried)?\s*/i, '').replace(/[?.!]+$/, '');
  const wanted = rootsOf(asked);
  const hit = steps.find((s) => [...rootsOf(s)].some((w) => wanted.has(w)));
  if (hit) return `Yes — you told me you ${hit}.`;
  if (steps.length === 0) return "Not that you've told me — you haven't mentioned trying anything yet.";
  return `Not that you've told me. So far you told me you ${listing(steps)}.`;
}

function summaryAnswer(view: RequestView, text: string): string {
  const c = caseOf(view);
  const ticketId = knownTicket(view, text);
  const lines: string[] = [];
  if (c.problems[0]) lines.push(`**Problem:** “${clip(c.problems[0], 200)}”`);
  if (c.problems.length > 1) lines.push(`**Also mentioned:** ${c.problems.slice(1, 3).map((p) => `“${clip(p, 120)}”`).join(', ')}`);
  if (c.steps.length) lines.push(`**Tried so far:** ${c.steps.join('; ')}`);
  const ticket = ticketLine(view, ticketId);
  if (ticket) lines.push(ticket);
  if (c.resolved) lines.push(`**Latest:** you said “${clip(c.resolved, 120)}”`);
  if (!c.problems.length && !c.steps.length) {
    const none = "I don't have a problem on record in this conversation yet. Tell me what's wrong — the device or product, what happens, any error message";
    return ticketId ? `${none}. ${ticket}.` : `${none} — and your ticket number if you have one.`;
  }
  return `Here's where we are:\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
}

const DURATION = '(#Value|a|an|a few|several|couple|a couple of)+ (minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years)';

/** How long the problem has been going on, in the user's words ("for 3 days", "since Monday", "two weeks ago"). */
function sinceAnswer(view: RequestView): string | undefined {
  for (const text of [...userSaid(view)].reverse().slice(0, 50)) {
    const doc = nlp(normalize(text).toLowerCase());
    const forMatch = doc.match(`for [<d>${DURATION}]`);
    const ago = doc.match(`[<d>${DURATION} ago]`);
    const since = text.match(/\bsince\s+((?:the\s+|last\s+|this\s+)?[\w-]+(?:\s+(?:last|this)\s+\w+)?)/i);
    const when = forMatch.found ? `for ${(forMatch.groups('d') as Doc).text()}` : ago.found ? `since ${(ago.groups('d') as Doc).text()}` : since ? `since ${since[1]}` : undefined;
    if (when) return `You said it's been going on ${when}: “${clip(withoutGreeting(text), 160)}”`;
  }
  return undefined;
}

/** The reason sent with an escalation: what the user gave ("because …"), else the problem and the steps tried. */
function escalationReason(input: SkillInput, request: string): string {
  const doc = nlp(request);
  for (const pattern of ['(because|since|as) [<r>.+]', 'reason (is|being)? [<r>.+]']) {
    const m = doc.match(pattern);
    if (m.found) {
      const r = (m.groups('r') as Doc).text().replace(/[?.!]+$/, '').trim();
      if (r.split(/\s+/).length >= 2) return clip(capital(r), 480);
    }
  }
  const c = caseOf(input.view, request);
  const parts = ['Customer asked for escalation.'];
  if (c.problems[0]) parts.push(`Problem: ${clip(c.problems[0].replace(/[.!]+$/, ''), 200)}.`);
  if (c.rawSteps.length) parts.push(`Already tried: ${c.rawSteps.join('; ')}.`);
  return clip(parts.join(' '), 480);
}

/** How the problem was solved, from the user's "X fixed it" or the last step before "it works now"; undefined when they only asked to close. */
function closureResolution(view: RequestView, current: string): string | undefined {
  const c = caseOf(view, current);
  // "a new cable fixed it, close the ticket": the fix may come with the request itself.
  const fix = whatFixedIt(current) ?? (c.resolved ? whatFixedIt(c.resolved) : undefined);
  if (fix) return clip(`Fixed by ${fix}.`, 480);
  if (!c.resolved) return "Closed at the customer's request.";
  const last = c.rawSteps[c.rawSteps.length - 1];
  if (last) return clip(`The customer confirmed it works. Last step taken: ${last}.`, 480);
  return undefined;
}

/** "Reinstalling the driver fixed it" → "reinstalling the driver"; undefined when the message names no fix. */
function whatFixedIt(text: string): string | undefined {
  const m = nlp(normalize(text)).match('[<s>.+] (fixed|solved|resolved|sorted) (it|the issue|the problem|things|everything)');
  const subject = m.found ? (m.groups('s') as Doc).text().replace(/^.*\b(?:and|but|so|,)\s+/i, '').replace(/^(?:ok|okay|well|yes|yeah|yep|right|alright|good news|update)\b[,!.:]?\s*/i, '').replace(/[,.;!]+$/, '').trim() : '';
  if (!subject || /^(?:that|this|it|you|i|we|which)$/i.test(subject) || subject.split(/\s+/).length > 10) return undefined;
  return lower(subject).replace(/\bmy\b/g, 'the');
}

const has = (view: RequestView, tool: string) => view.toolNames.has(tool);

/**
 * The problem to record with a ticket this conversation has no record of yet (the tool keeps an
 * existing description) — not when the conversation is about another ticket number.
 */
function subjectFor(view: RequestView, ticketId: string, current: string): { subject?: string } {
  const discussed = knownTicket(view, '');
  if (ticketRecords(view, ticketId).length > 0 || (discussed && discussed !== ticketId)) return {};
  const subject = problemInConversation(view, current);
  return subject ? { subject } : {};
}

function escalate(input: SkillInput, ticketId: string | undefined, request: string): SkillResult {
  const { view } = input;
  if (!has(view, ACTION_TOOL.escalation)) return reply("I can't escalate tickets in this chat — I don't have an escalation tool here.");
  if (!ticketId) return reply(`${SUPPORT_ASKS.escalateTicket} Tell me the number (for example 12345) and I'll hand it to second-line support.`);
  // The ticket record decides (already escalated, closed): the tool answers from it every time.
  return call(ACTION_TOOL.escalation, { ticketId, reason: escalationReason(input, request), ...subjectFor(view, ticketId, request) });
}

function close(input: SkillInput, ticketId: string | undefined, current: string): SkillResult {
  const { view } = input;
  if (!has(view, ACTION_TOOL.closure)) return reply("I can't close tickets in this chat — I don't have a tool for that here.");
  if (!ticketId) return reply(`I can close it for you — ${SUPPORT_ASKS.closeTicket}.`);
  const resolution = closureResolution(view, current);
  return call(ACTION_TOOL.closure, { ticketId, ...(resolution ? { resolution } : {}), ...subjectFor(view, ticketId, current) });
}

function keepOpen(view: RequestView, ticketId: string | undefined): string {
  const which = ticketId ? `ticket ${ticketId}` : 'the ticket';
  const more = has(view, ACTION_TOOL.escalation) ? ", or if you'd like me to escalate it" : '';
  return `Okay — ${which} stays open. Tell me when it's solved${more}.`;
}

function resolved(input: SkillInput): string {
  const { view, doc } = input;
  const glad = doc.has('^(thanks|thank|thx|cheers|ty)') ? "You're welcome — glad to hear it works now!" : 'Glad to hear it works now!';
  if (!has(view, ACTION_TOOL.closure)) return glad;
  const ticketId = knownTicket(view, input.text);
  if (!ticketId) return `${glad} If you'd like me to close the ticket, ${SUPPORT_ASKS.closeTicket}.`;
  if (lastStatus(view, ticketId) === 'closed') return `${glad} Ticket ${ticketId} is already closed.`;
  return `${glad} ${SUPPORT_ASKS.confirmClose(ticketId)} Say “yes” and I'll close it — or tell me if anything is still wrong.`;
}

function escalatedQuestion(view: RequestView, text: string): string {
  const ticketId = knownTicket(view, text);
  const done = escalationSeen(view, ticketId);
  if (done) return `Yes — ticket ${String(done.ticketId)} was escalated to ${String(done.assignedTo)} (${String(done.team)}) as ${String(done.escalationId)}, priority ${String(done.priority)}.`;
  const offer = has(view, ACTION_TOOL.escalation) ? ' Say “escalate it” if you want me to hand it to second-line support.' : '';
  return `Not in this conversation — I haven't escalated ${ticketId ? `ticket ${ticketId}` : 'your ticket'}.${offer}`;
}

/** A short answer to the support agent's last question ("12345", "yes"), continuing that request. */
function followUp(input: SkillInput): SkillResult | undefined {
  const last = lastExchange(input.view);
  if (!last) return undefined;
  const doc = input.doc;
  const short = input.text.trim().split(/\s+/).length <= 8;
  if (last.asked.includes(SUPPORT_ASKS.escalateTicket)) {
    const ticketId = ticketIn(input.text);
    if (ticketId && short) return escalate(input, ticketId, last.request);
  }
  if (last.asked.includes(SUPPORT_ASKS.closeTicket)) {
    const ticketId = ticketIn(input.text);
    if (ticketId && short) return close(input, ticketId, last.request);
  }
  const confirm = last.asked.match(CONFIRM_CLOSE);
  if (confirm && short) {
    if (doc.has(NO)) return reply(keepOpen(input.view, confirm[1]));
    if (doc.has(YES)) return close(input, confirm[1], last.request);
  }
  return undefined;
}

/** The support skills, for an agent with the ticket tools. */
export function supportSkill(input: SkillInput): SkillResult | undefined {
  const pending = followUp(input);
  if (pending) return pending;
  const { view, text, fixed, doc } = input;
  switch (supportIntent(fixed, doc)) {
    case 'tried':
      return reply(triedAnswer(view));
    case 'tried-check':
      return reply(triedCheckAnswer(input));
    case 'summary':
      return reply(summaryAnswer(view, text));
    case 'since?': {
      const since = sinceAnswer(view);
      return since ? reply(since) : { reply: "You haven't told me when it started. How long has it been happening?", unknown: true };
    }
    case 'escalate':
      return escalate(input, knownTicket(view, text), text);
    case 'no-escalate':
      return reply(`Okay, I won't escalate it.${has(view, TOOL_FOR.ticket) ? ' Ask me for the ticket status any time.' : ''}`);
    case 'escalated?':
      return reply(escalatedQuestion(view, text));
    case 'close':
      return close(input, knownTicket(view, text), text);
    case 'keep-open':
      return reply(keepOpen(view, knownTicket(view, text)));
    case 'resolved':
      return reply(resolved(input));
    default:
      return recordTicket(input);
  }
}
