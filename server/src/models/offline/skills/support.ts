/**
 * The support agent's skills: what the customer already tried, a summary of the issue,
 * escalation (with `escalate_ticket`) and closing the ticket (with `close_ticket`, only on an
 * explicit request or a "yes" to the agent's offer — "it works now" alone is not consent).
 */
import nlp from '../../../nlp/compromise';
import { opensQuestion } from '../../../nlp/question';
import { listing } from '../phrases';
import type { RequestView } from '../request-view';
import { ACTION_TOOL, TOOL_FOR } from '../tool-intents';
import { knownTicket, lastExchange, resultsOf, ticketIn, userSaid } from './conversation';
import { normalize } from './normalize';
import { isProblemStatement, startsWithFixVerb, stepsIn, withoutGreeting } from './troubleshooting';
import { call, memo, reply, type SkillInput, type SkillResult } from './types';

type Doc = ReturnType<typeof nlp>;

/** The questions the support agent asks; a short answer to one continues the request it came from. */
export const SUPPORT_ASKS = {
  escalateTicket: 'Which ticket number should I escalate?',
  closeTicket: "tell me the ticket number and I'll close it",
  confirmClose: (ticketId: string) => `Shall I close ticket ${ticketId}?`,
} as const;
const CONFIRM_CLOSE = /Shall I close ticket (\d{1,12})\?/;

/** The kinds of support request a message can make; a `?` marks a question about the ticket. */
export type SupportIntent = 'tried' | 'tried-check' | 'summary' | 'since?' | 'escalate' | 'no-escalate' | 'escalated?' | 'close' | 'keep-open' | 'resolved';

const HUMAN = '(human|person|manager|supervisor|agent|representative|rep|specialist|engineer|technician|someone|somebody|boss|people|being|lead)';

const TRIED_ASK = [
  '(what|which) (things|steps|fixes|solutions|troubleshooting|stuff|else)? (have|did|has) (i|we) #Adverb? (tried|try|attempted|attempt)',
  '(what|which) (things|steps|fixes|troubleshooting|else)? (have|did) (i|we) #Adverb? (done|do) (so far|already|yet|until now|to fix|to solve|to troubleshoot|about it|for this|for it)',
  'what (has|have|is) #Adverb? been (tried|done|attempted)',
  '(list|recap|repeat|summarize|summarise|remind me|tell me|show me|show|go over) (of)? (what|everything|all|the steps|the things|the fixes|which steps|the troubleshooting)? (that)? (i|we)? (have|had)? #Adverb? (tried|done|attempted)',
  '^(my|the|our)? (troubleshooting)? (steps|attempts|fixes|things|troubleshooting) (so far|tried|i tried|i have tried|we tried)',
  '^(tried|attempts) so far',
  '(what|which) (troubleshooting|steps) (have|did) (i|we)',
  '(anything|what|which steps|what steps) (been)? (tried|attempted|done) (on|for|in|with) (this|the|my) (ticket|case|issue|problem)',
  // "which things have I tested so far?", "list the steps I've taken already"
  '(what|which) (things|steps|fixes|stuff)? (have|did) (i|we) #Adverb? (tested|test|checked|check|taken|take|attempted|done) (so far|already|yet)?',
  '(list|recap|show|tell me|give me) (me)? (the|all the|all)? (steps|things|fixes) (i|we) (have|had|already)? #Adverb? (taken|tried|done|tested|checked)',
  // Embedded order: "what all I have tried till now", "which steps I have already taken".
  '^(what|which) (all|things|steps|fixes|stuff|else)? (i|we) (have|had)? #Adverb? (tried|attempted|taken|tested|done) (so far|already|yet|till now|until now|up to now)?',
  // Asked in place: "so far I tried what already?"
  '(i|we) (have|had)? (tried|attempted|done) what',
];
const SUMMARY_ASK = [
  '(summarize|summarise|summary|recap|overview|rundown|tldr|synopsis)',
  'sum (it|this|that|things|everything|us)? up',
  'where (are|do) (we|things) (at|stand|standing)',
  '^where are we #Adverb? (now|at|so far|with)? (this|it|my|the)? (issue|ticket|case|problem)?$',
  '(what|what is) (is|was)? (my|the|this) (issue|problem|case|situation|complaint) (again|about)?$',
  'what (is|was) (this|my|the) (ticket|case|issue|problem) about',
  'remind me (of|about|what) (my|the|this) (issue|problem|case)',
  'remind me what (my|the) (issue|problem) (is|was)',
  'what did i (report|describe|complain about)',
  '(what|why) (is|was) (this|my|the) (ticket|case|issue|problem) for',
  '(this|the|my) (ticket|case) (is)? (regarding|about|concerning|re)',
  '(what|what is) (is|was)? (the|my) (problem|issue|fault|error) (in|with|on|of) (this|the|my) (ticket|case)',
  '(what|remind me what) (did|have) i (ask|asked|request|requested|want|wanted) (for)? (in|on|with)? (this|the|my)? (ticket|case)?',
  // "what I requested just now?", "what do I want from you here?"
  '^(what|remind me what) (do|did)? i (want|wanted|request|requested|ask for|asked for|asked you|need|needed) (from you|you to do|for)?',
  '(catch|fill) me (up|in)',
  'bring me up to speed',
  'status of (my|the|this) (issue|problem|case)',
];
const ESCALATE_ASK = [
  '(talk|speak|chat|connect|transfer|put) (me)? (to|with|through to|through) (a|an|the|your|some|anyone)? (real|actual|live|human|senior|more senior)? ' + HUMAN,
  '(want|need|get|demand|like|request|see) (me)? (a|an|the|some|to speak to a|to talk to a)? (real|actual|live)? (human|manager|supervisor|person)',
  '(is there|are there) (a|an|any)? (real|actual)? (human|person|manager|supervisor|someone|anyone) (i can|to|who)',
  '(raise|bump|increase|up) (the|my|its|this)? (ticket)? priority',
  '(bump|push|move) (it|this|my ticket|the ticket) up',
  'make (it|this) (urgent|high priority|a priority|top priority)',
  '(pass|hand|kick) (it|this|me|my ticket|the ticket) (on|up|over|off|along|upstairs)',
  '(tier 2|tier two|second line|level 2|2nd line|senior support|someone senior|someone more senior|somebody more senior|higher up|higher authority)',
  '(be|get|is) (passed|handed|sent|escalated|transferred|referred|forwarded) (on|up|over)? to ' + HUMAN,
];
const CLOSE_ASK = [
  'close (the|this|my|that|our) (ticket|case|request|issue|incident)',
  '(please|ok|okay|yes|yeah|yep|great|thanks|thank you|perfect|cool|alright|so|then|and|just|now|can|could|would|will|may|to|free|ahead) close (it|this|that|out)',
  '^close (it|this|that)',
  '(close|resolve) ticket #Value',
  'mark (it|this|the ticket|the issue|my ticket|the case|my case)? (as)? (resolved|solved|closed|done|fixed|complete|completed)',
  '(it|this|ticket|case) (can|may|should) be (closed|resolved)',
  'resolve (the|this|my) (ticket|case)',
];
const KEEP_OPEN = ['#Negative #Adverb? (close|resolve) (it|this|that|the|my)', '(keep|leave) (it|this|the ticket|my ticket|the case) open', 'not yet'];
const RESOLVED = [
  '(it|this|that|everything|all|things|#Noun) #Adverb? (works|is working|working|runs|is running|are working|runs|is fine|is ok|is okay) #Adverb? (now|again|fine|perfectly|great|properly|normally)',
  '(fixed|solved|resolved|sorted) (it|the issue|the problem|things|everything)',
  '(did) the trick',
  '(issue|problem|bug|error|it|everything|that|this) (is|has been|was|seems|got|looks) #Adverb? (fixed|solved|resolved|gone|sorted)',
  '(issue|problem) (fixed|solved|resolved|gone|sorted)',
  '(all|everything|we) (is|are)? #Adverb? (good|fine|sorted|ok|okay|set) (now|again)',
  'back (up and running|online|to normal)',
  'no longer (an issue|a problem|happening|crashes|crashing|reboots|rebooting|drops|dropping|freezes)',
];
const YES = '^(yes|yeah|yep|yup|sure|ok|okay|please|absolutely|definitely|correct|right|y|ya|go ahead|do it|please do|close it|sounds good|perfect|great|go for it|that would be great|of course)';
const NO = '^(no|nope|nah|not yet|#Negative|wait|hold on|keep it open|leave it open)';

const any = (doc: Doc, patterns: string[]) => patterns.some((p) => doc.has(p));
const isQuestion = (text: string) => /\?\s*$/.test(text) || opensQuestion(text);

/** Which support request a message makes, if any. */
export function supportIntent(text: string, doc: Doc): SupportIntent | undefined {
  if (doc.has('#Negative #Adverb? escalate') || doc.has('no need to escalate')) return 'no-escalate';
  if (any(doc, KEEP_OPEN) && doc.has('(close|open|resolve|not yet)') && !any(doc, RESOLVED)) return 'keep-open';
  if (any(doc, CLOSE_ASK) && !doc.has('#Negative #Adverb? (close|resolve|mark)')) return 'close';
  if (doc.has('(has|was|is|have) (it|this|that|the ticket|my ticket|my case|the case)? #Adverb? (been)? #Adverb? escalated')) return 'escalated?';
  if (doc.has('escalate') || doc.has('escalation') || doc.has('escalated') || any(doc, ESCALATE_ASK)) {
    if (!doc.has('human (resources|error|nature|being)')) return 'escalate';
  }
  if (any(doc, TRIED_ASK)) return 'tried';
  const check = doc.match('^(did|have) (i|we) #Adverb? [<rest>.+]');
  if (check.found && !doc.has('(did|have) (i|we) #Adverb? (try|tried) (anything|everything|so far|yet)$')) {
    // "did I try restarting it?", "have I already reinstalled the driver?"
    if (startsWithFixVerb((check.groups('rest') as Doc).text())) return 'tried-check';
  }
  if ((any(doc, SUMMARY_ASK) || /\btl;?dr\b/i.test(text)) && !doc.has('^(i|my|we|our) #Verb')) return 'summary';
  if (doc.has('how long (has|have|is|was) (this|it|that|the #Noun) #Adverb? (been|going)') || doc.has('when did (this|it|that|the #Noun) (start|begin|happen)')) return 'since?';
  if (any(doc, RESOLVED) && !isQuestion(text) && !doc.has('^if') && !resolvedNegated(doc)) return 'resolved';
  return undefined;
}

/** "it still doesn't work", "not fixed yet": a negation outside a "no longer". */
function resolvedNegated(doc: Doc): boolean {
  return doc.has('#Negative') && !doc.has('no longer') && !doc.has('no (more|problems|issues|errors|crashes)');
}

// ---------------------------------------------------------------- context

interface Case {
  /** Problem statements, those without a reported step first ("my router keeps rebooting" before "restarted it, still drops"). */
  problems: string[];
  steps: string[];
  /** Steps in the user's own words (first person), for the reason and resolution fields. */
  rawSteps: string[];
  /** The user's latest "it works now". */
  resolved?: string;
}

const firstPersonStep = (step: string) => step.replace(/\byour\b/g, 'my').replace(/\byourself\b/g, 'myself');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** What one earlier message contributes to the case: a request, a problem statement, steps taken. */
const analyse = memo((text: string) => {
  const fixed = normalize(text);
  const intent = supportIntent(fixed, nlp(fixed.toLowerCase()));
  const steps = stepsIn(fixed).map(lower);
  return { intent, steps, problem: !intent && isProblemStatement(fixed) };
});

/** Everything the user said about their problem, from this thread and the memories. */
function caseOf(view: RequestView, current?: string): Case {
  const said = userSaid(view);
  const texts = current ? [...said, current] : said;
  const problems: string[] = [];
  const mixed: string[] = [];
  const steps: string[] = [];
  let resolved: string | undefined;
  for (const text of texts) {
    const a = analyse(text);
    for (const step of a.steps) if (!steps.some((s) => s.toLowerCase() === step.toLowerCase())) steps.push(step);
    if (a.intent === 'resolved') resolved = text;
    else if (a.problem) (a.steps.length ? mixed : problems).push(withoutGreeting(text));
  }
  // A step that failed ("tried clearing the cache, didn't work") is listed under the steps; it only stands for the problem when nothing else does.
  if (problems.length === 0 && mixed.length) problems.push(mixed[0]);
  return { problems, steps, rawSteps: steps.map(firstPersonStep), resolved };
}

function ticketLine(view: RequestView, ticketId: string | undefined): string | undefined {
  if (!ticketId) return undefined;
  const results = resultsOf(view, 'ticket', 'escalation', 'closure').filter((r) => String(r.data.ticketId) === ticketId);
  const last = results[results.length - 1];
  if (!last) return `**Ticket:** ${ticketId}`;
  const d = last.data;
  if (last.kind === 'escalation') return `**Ticket:** ${ticketId} — escalated to ${String(d.assignedTo)} (${String(d.team)}), priority ${String(d.priority)}, ${String(d.escalationId)}`;
  if (last.kind === 'closure') return `**Ticket:** ${ticketId} — closed (${String(d.resolution)})`;
  return `**Ticket:** ${ticketId} — ${String(d.status)}, priority ${String(d.priority)}, assigned to ${String(d.assignee)} (from the ticket tool)`;
}

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
  if (!c.resolved) return "Closed at the customer's request.";
  const m = nlp(normalize(c.resolved)).match('[<s>.+] (fixed|solved|resolved|sorted) (it|the issue|the problem|things|everything)');
  const subject = m.found ? (m.groups('s') as Doc).text().replace(/^.*\b(?:and|but|so|,)\s+/i, '').replace(/[,.;!]+$/, '').trim() : '';
  if (subject && !/^(?:that|this|it|you|i|we|which)$/i.test(subject) && subject.split(/\s+/).length <= 10) return clip(`Fixed by ${lower(subject).replace(/\bmy\b/g, 'the')}.`, 480);
  const last = c.rawSteps[c.rawSteps.length - 1];
  if (last) return clip(`The customer confirmed it works. Last step taken: ${last}.`, 480);
  return undefined;
}

const has = (view: RequestView, tool: string) => view.toolNames.has(tool);

function escalate(input: SkillInput, ticketId: string | undefined, request: string): SkillResult {
  const { view } = input;
  if (!has(view, ACTION_TOOL.escalation)) return reply("I can't escalate tickets in this chat — I don't have an escalation tool here.");
  if (!ticketId) return reply(`${SUPPORT_ASKS.escalateTicket} Tell me the number (for example 12345) and I'll hand it to second-line support.`);
  const done = resultsOf(view, 'escalation').filter((r) => String(r.data.ticketId) === ticketId).pop();
  if (done) {
    return reply(`Ticket ${ticketId} is already escalated: ${String(done.data.assignedTo)} (${String(done.data.team)}) has it as ${String(done.data.escalationId)}, priority ${String(done.data.priority)}, and will answer within ${String(done.data.respondWithin)}.`);
  }
  return call(ACTION_TOOL.escalation, { ticketId, reason: escalationReason(input, request) });
}

function close(input: SkillInput, ticketId: string | undefined, current: string): SkillResult {
  const { view } = input;
  if (!has(view, ACTION_TOOL.closure)) return reply("I can't close tickets in this chat — I don't have a tool for that here.");
  if (!ticketId) return reply(`I can close it for you — ${SUPPORT_ASKS.closeTicket}.`);
  if (resultsOf(view, 'closure').some((r) => String(r.data.ticketId) === ticketId)) return reply(`Ticket ${ticketId} is already closed.`);
  const resolution = closureResolution(view, current);
  return call(ACTION_TOOL.closure, resolution ? { ticketId, resolution } : { ticketId });
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
  if (resultsOf(view, 'closure').some((r) => String(r.data.ticketId) === ticketId)) return `${glad} Ticket ${ticketId} is already closed.`;
  return `${glad} ${SUPPORT_ASKS.confirmClose(ticketId)} Say “yes” and I'll close it — or tell me if anything is still wrong.`;
}

function escalatedQuestion(view: RequestView, text: string): string {
  const ticketId = knownTicket(view, text);
  const done = resultsOf(view, 'escalation').filter((r) => !ticketId || String(r.data.ticketId) === ticketId).pop();
  if (done) return `Yes — ticket ${String(done.data.ticketId)} was escalated to ${String(done.data.assignedTo)} (${String(done.data.team)}) as ${String(done.data.escalationId)}, priority ${String(done.data.priority)}.`;
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
      return undefined;
  }
}
