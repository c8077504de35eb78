/**
 * Work facts in the user's words: "my manager is Sam", "I'm on the payments team", "the deadline
 * moved to Friday", read from this conversation and the message memories, and said back.
 */
import nlp from '../../../nlp/compromise';
import type { RequestView } from '../request-view';
import { userSaidWithFacts } from './conversation';
import { normalize } from './normalize';
import { memo, reply, type SkillResult } from './types';
import { QUESTION, type Doc } from './work-requests';

/** The work facts the user can state and ask about. */
export type Slot = 'manager' | 'project' | 'team' | 'deadline';

// After a `.+` capture compromise matches neither an optional term nor a two-word alternative,
// so "was moved" and "moved" are separate patterns.
const MOVED = '(moved|changed|shifted|slipped|pushed) (back|out)?';
const WAS_MOVED = '(was|has|got|is|been) (moved|changed|shifted|slipped|pushed) (back|out)?';

/** Statement patterns per slot; the group `x` is the value and `phrase` says it back in second person. */
const STATEMENTS: Record<Slot, Array<{ pattern: string; phrase: (x: string, t?: string) => string }>> = {
  manager: [
    { pattern: 'my #Adjective? (manager|boss|lead|team lead|line manager|supervisor) (is|was) #Adverb? [<x>.+]', phrase: (x) => `your manager is ${x}` },
    { pattern: 'i (report|answer) (directly)? to [<x>.+]', phrase: (x) => `you report to ${x}` },
    { pattern: 'i (work|am working) (for|under) [<x>#Person+]', phrase: (x) => `you work for ${x}` },
    { pattern: '[<x>#Person+] is my #Adjective? (manager|boss|lead|supervisor)', phrase: (x) => `your manager is ${x}` },
    // "a 1:1 with my manager Petra on Thursdays"
    { pattern: 'my #Adjective? (manager|boss|supervisor|line manager) [<x>#ProperNoun+]', phrase: (x) => `your manager is ${x}` },
  ],
  project: [
    { pattern: '(i am|we are) #Adverb? (working|focusing|focused) on [<x>.+]', phrase: (x) => `you're working on ${x}` },
    { pattern: '(i am|we are) #Adverb? (leading|running|managing|heading|driving|owning|building|shipping) [<x>.+] project', phrase: (x) => `you're leading ${x} project` },
    { pattern: 'my #Adjective? (project|main project) is [<x>.+]', phrase: (x) => `your project is ${x}` },
    { pattern: '(i am|we are) #Adverb? (on|assigned to|part of) (the)? [<x>.+] project', phrase: (x) => `you're on the ${x} project` },
    { pattern: '(i am|we are) #Adverb? (on|assigned to) project [<x>.+]', phrase: (x) => `you're on Project ${x}` },
    { pattern: '(i am|we are) #Adverb? (leading|running|managing|heading|driving|owning) project [<x>.+]', phrase: (x) => `you're leading Project ${x}` },
    { pattern: '(i am|we are) #Adverb? (building|developing|shipping|designing|migrating|launching|rolling out|rebuilding|redesigning|rewriting) [<x>.+]', phrase: (x) => `you're working on ${x}` },
    { pattern: 'i #Adverb? work on (the)? [<x>.+] project', phrase: (x) => `you work on the ${x} project` },
  ],
  team: [
    { pattern: '(i am|i) #Adverb? (on|in|part of|joined|work in) (the)? [<x>.+] (team|department|squad|group)', phrase: (x) => `you're on the ${x} team` },
    { pattern: 'my team is [<x>.+]', phrase: (x) => `your team is ${x}` },
    // "I'm a product designer at Figma, on the prototyping team"
    { pattern: '^(i am|i) .+ (on|in|part of) the [<x>.+] (team|department|squad)', phrase: (x) => `you're on the ${x} team` },
  ],
  deadline: [
    { pattern: 'my deadline (is|was) #Adverb? [<x>.+]', phrase: (x) => `your deadline is ${x}` },
    // compromise does not match an optional group holding a capture, so "for <topic>" has its own patterns.
    { pattern: 'the deadline for [<t>.+] is [<x>.+]', phrase: (x, t) => `the deadline for ${t} is ${x}` },
    { pattern: 'the deadline is [<x>.+]', phrase: (x) => `the deadline is ${x}` },
    { pattern: `the deadline for [<t>.+] ${MOVED} to [<x>.+]`, phrase: (x, t) => `the deadline for ${t} is now ${x}` },
    { pattern: `the deadline for [<t>.+] ${WAS_MOVED} to [<x>.+]`, phrase: (x, t) => `the deadline for ${t} is now ${x}` },
    { pattern: `the deadline #Adverb? ${MOVED} to [<x>.+]`, phrase: (x) => `the deadline is now ${x}` },
    { pattern: `the deadline ${WAS_MOVED} to [<x>.+]`, phrase: (x) => `the deadline is now ${x}` },
    { pattern: '[<t>.+] (is|are) due (on|by)? [<x>.+]', phrase: (x, t) => `${t} is due ${x}` },
    // "the Q3 launch got pushed to October 15": a date moved is the new due date.
    { pattern: `[<t>.+] ${WAS_MOVED} to [<x>.+]`, phrase: (x, t) => `${t} is now due ${x}` },
    { pattern: '[<t>.+] (was|got|has been|is) (postponed|delayed|rescheduled|bumped) to [<x>.+]', phrase: (x, t) => `${t} is now due ${x}` },
    // "Kessler Roth moved the patent deadline to Friday": someone else moved it.
    { pattern: `${MOVED} the [<t>.+] deadline to [<x>.+]`, phrase: (x, t) => `the ${t} deadline is now ${x}` },
    { pattern: `${MOVED} the deadline (for|of|on) [<t>.+] to [<x>.+]`, phrase: (x, t) => `the deadline for ${t} is now ${x}` },
  ],
};

const SECOND_PERSON: Record<string, string> = { my: 'your', our: 'your', i: 'you', me: 'you', we: 'you', us: 'you' };

/** A value up to the end of its clause, with first-person words turned around. */
function clean(value: string): string {
  const cut = value.split(/[,.;!?]|\s(?:and|but|so|because|who|which|since)\s/i)[0] ?? '';
  const words = cut
    .replace(/^\s*(?:now|currently|still)\s+/i, '')
    .replace(/\b(?:now|these days|currently|at the moment)\s*$/i, '')
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .map((w) => SECOND_PERSON[w.toLowerCase()] ?? w);
  return words.join(' ').trim();
}

/** What one message says about each slot (memoized: the history is re-read on every turn). */
const statementsOf = memo((text: string): Record<Slot, string[]> => ({
  manager: readStatements(text, 'manager'),
  project: readStatements(text, 'project'),
  team: readStatements(text, 'team'),
  deadline: readStatements(text, 'deadline'),
}));

/** What one message says about a slot, in the second person ("your manager is Sam"). */
export const statementsIn = (text: string, slot: Slot): string[] => statementsOf(text)[slot];

function readStatements(text: string, slot: Slot): string[] {
  const doc = nlp(normalize(text));
  if (doc.has('^(what|who|which|when|where|how|is|are|do|does|did)') || QUESTION.test(text)) return [];
  const out: string[] = [];
  for (const { pattern, phrase } of STATEMENTS[slot]) {
    const m = doc.match(pattern);
    if (!m.found) continue;
    const x = clean((m.groups('x') as Doc).text());
    const t = (m.groups('t') as Doc | undefined)?.text();
    if (x && !/^(?:the|a|an|it|that|this)$/i.test(x)) out.push(phrase(x, t ? clean(t) : undefined));
    break;
  }
  return out;
}

const TOPIC_STOP = new Set(['the', 'my', 'our', 'a', 'an', 'project', 'deadline', 'due', 'date', 'when', 'what', 'is', 'for', 'of']);
const topicWords = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !TOPIC_STOP.has(w)));

/**
 * The latest thing the user said about a slot (a correction wins over what it corrects). With a
 * topic ("the MRI project"), a statement that names it wins over a later one that does not.
 */
function latestStatement(view: RequestView, slot: Slot, topic?: string): string | undefined {
  const said = userSaidWithFacts(view);
  const found = said.flatMap((text) => statementsIn(text, slot).slice(0, 1));
  const wanted = topic ? topicWords(topic) : new Set<string>();
  const onTopic = found.filter((f) => [...topicWords(f)].some((w) => wanted.has(w)));
  return (onTopic.length ? onTopic : found).at(-1);
}

const NOT_TOLD: Record<Slot, string> = {
  manager: "You haven't told me who your manager is.",
  project: "You haven't told me which project you're working on.",
  team: "You haven't told me which team you're on.",
  deadline: "You haven't told me about a deadline.",
};

/** The answer to a question about a slot: what the user said last, or an honest "you haven't told me". */
export function slotAnswer(view: RequestView, slot: Slot, question?: string): SkillResult {
  const found = latestStatement(view, slot, question);
  return found ? reply(`You told me ${found}.`) : { reply: `${NOT_TOLD[slot]} Tell me (“${EXAMPLE[slot]}”) and I'll remember it.`, unknown: true };
}
const EXAMPLE: Record<Slot, string> = { manager: 'my manager is Sam Lee', project: "I'm working on Project Phoenix", team: "I'm on the payments team", deadline: 'my deadline is Friday' };
