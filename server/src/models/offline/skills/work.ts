/**
 * The work agent's skills: "what's on my plate?" (calendar and tasks), booking meetings with
 * `add_calendar_event`, adding tasks with `create_task`, listing the tasks added earlier, and
 * "who's my manager / what project am I on / which team / when is it due" answered from what
 * the user said (this conversation and the message memories) — or an honest "you haven't told me".
 */
import nlp from '../../../nlp/compromise';
import { listing } from '../phrases';
import type { RequestView } from '../request-view';
import { ACTION_TOOL, TOOL_FOR, dateFrom } from '../tool-intents';
import { lastExchange, resultsOf, userSaidWithFacts } from './conversation';
import { normalize } from './normalize';
import { call, memo, reply, type SkillInput, type SkillResult } from './types';

type Doc = ReturnType<typeof nlp>;

/** The questions the work agent asks; a short answer continues the request it came from. */
export const WORK_ASKS = {
  meetingDay: 'Which day should I book it for?',
  taskTitle: 'What should the task say?',
} as const;

export type WorkIntent = 'plate' | 'tasks' | 'task' | 'meeting' | 'manager?' | 'project?' | 'team?' | 'deadline?' | 'statement';

const PLATE = [
  'what is on my plate',
  '(what|anything) (do|have) i (got|have)? (on|going on|planned|scheduled|lined up|coming up|to do|need to do)? (for|on)? (today|tomorrow|tonight|#WeekDay|this morning|this afternoon|next #WeekDay)',
  'what do i (have|need) to do (today|tomorrow|#WeekDay|next #WeekDay)?$',
  'what does my (day|morning|afternoon|week|#WeekDay|tomorrow|today) look like',
  'how (does|is) my (day|morning|afternoon|week|#WeekDay|tomorrow|today) (look|looking)',
  '^what is (next|up next) (for me|today|on my list)?',
];
const TASKS = [
  '(what|which) (are|is) (my|the) #Adjective? (tasks|todos|todo|todo list|reminders|action items|task list)',
  '(on|in) my (todo|task|tasks) list',
  '(show|list|give|tell|read) (me)? (my|the) #Adjective? (tasks|todos|todo|todo list|reminders|task list)',
  'what did i ask you to (remind me|add)',
  '(what|which|any) (reminders|tasks|todos) (do|have|did) i (have|got|set|add|added)',
  '(do i have|are there) any #Adjective? (tasks|reminders|todos)',
  '^(my)? (tasks|todos|todo list|reminders)$',
];
const TASK = [
  'remind me (to|that i need to|that i have to|that i should|about) [<x>.+]',
  'remind me [<d>.+] to [<x>.+]',
  'add [<x>.+] to (my|the) (todo|todo list|task list|tasks|list|reminders|todos)',
  '(create|make|add|set|set up|open|log|new|put in) (a|an|another|new|me a)? #Adjective? (task|todo|reminder|action item) (to|for|about|called|named|that says|saying)? [<x>.+]',
  '#Negative let me forget (to|about) [<x>.+]',
  'note to self [<x>.+]',
  '^(todo|task|reminder) [<x>.+]',
];
const TASK_BARE = ['^remind me #Adverb?$', '(create|make|add|set|new) (a|an|another|new|me a)? (task|todo|reminder)$'];
const MEETING_NOUN = '(meeting|call|sync|catch-up|catchup|1:1|one-on-one|chat|appointment|review|session|standup|stand-up|lunch|coffee|interview|demo|time|slot|meet|huddle|check-in)';
const MEETING = [
  `(book|schedule|set up|setup|arrange|organise|organize|plan|add|create|set|fix|pencil|put|block) (me)? (in)? (a|an|some|another|the|our)? #Adjective? #Noun? ${MEETING_NOUN}`,
  '(need|want|like|have) to meet (with|up with)? #Noun',
  '^(let us|lets|can we|could we|we should) meet',
  '(put|add|pencil) [<x>.+] (on|in|to|into) (my|the) (calendar|schedule|agenda|diary)',
  '(block|reserve|hold) (out|off)? (an|a|some|#Value)? (hour|hours|minutes|mins|time|slot)',
];
const MANAGER_Q = ['(who|what) (is|was) my (manager|boss|lead|team lead|line manager|supervisor|skip-level)', 'who do i (report|answer) to', '(name|called) #Preposition? my (manager|boss)'];
const PROJECT_Q = [
  '(what|which) (project|projects) (am|are|do|was) (i|we) #Adverb? (on|in|working|work|assigned|part)?',
  '(what|which) (am|are) (i|we) #Adverb? working on',
  'what is (my|our) #Adjective? (project|projects)',
];
const TEAM_Q = ['(what|which) team (am|do|are|is) (i|we) #Adverb? (on|in|part|belong)?', 'what is (my|our) team', 'who is (on|in) my team', 'who do i work with'];
const DEADLINE_Q = [
  '(when|what) (is|are) (my|the|our) (deadline|deadlines|due date)',
  // compromise cannot end on a two-word alternative after `.+`: "due date" gets its own pattern.
  '(when|what) (is|are) (my|the|our)? [<x>.+] (deadline|deadlines)',
  '(when|what) (is|are) (my|the|our)? [<x>.+] due date',
  'when is [<x>.+] due',
  'what is due (today|tomorrow|this week|#WeekDay)',
];

const any = (doc: Doc, patterns: string[]) => patterns.some((p) => doc.has(p));
const QUESTION = /\?\s*$/;

// ---------------------------------------------------------------- work facts in the user's words

type Slot = 'manager' | 'project' | 'team' | 'deadline';

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

const statementsIn = (text: string, slot: Slot): string[] => statementsOf(text)[slot];

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

function slotAnswer(view: RequestView, slot: Slot, question?: string): SkillResult {
  const found = latestStatement(view, slot, question);
  return found ? reply(`You told me ${found}.`) : { reply: `${NOT_TOLD[slot]} Tell me (“${EXAMPLE[slot]}”) and I'll remember it.`, unknown: true };
}
const EXAMPLE: Record<Slot, string> = { manager: 'my manager is Sam Lee', project: "I'm working on Project Phoenix", team: "I'm on the payments team", deadline: 'my deadline is Friday' };

// ---------------------------------------------------------------- tasks

const DATE_PHRASE = /\s*\b(?:(?:by|on|before|due|for|until)\s+)?(?:today|tonight|tomorrow|(?:this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}-\d{2}-\d{2})\b/gi;

function taskTitle(raw: string): string {
  const title = raw
    .replace(DATE_PHRASE, '')
    .replace(/\s*\b(?:please|pls|thanks|thank you)\b\s*$/i, '')
    .replace(/^\s*(?::|to)\s+/i, '')
    .replace(/[\s,;.!?]+$/, '')
    .trim();
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function createTask(input: SkillInput, text: string): SkillResult | undefined {
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

function cannotTask(): string {
  return "I can't set reminders or add tasks in this chat — I don't have a task tool here.";
}

function listTasks(view: RequestView): string {
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

// ---------------------------------------------------------------- meetings

const KIND_TITLE: Record<string, string> = {
  meeting: 'Meeting', call: 'Call', sync: 'Sync', 'catch-up': 'Catch-up', catchup: 'Catch-up', '1:1': '1:1', 'one-on-one': '1:1', chat: 'Chat',
  appointment: 'Appointment', review: 'Review', session: 'Session', standup: 'Stand-up', 'stand-up': 'Stand-up', lunch: 'Lunch', coffee: 'Coffee',
  interview: 'Interview', demo: 'Demo', huddle: 'Huddle', 'check-in': 'Check-in',
};
const STOP_BEFORE = new Set(['on', 'at', 'for', 'about', 'to', 'from', 'by', 'in', 'next', 'this', 'regarding', 're', 'around', 'tomorrow', 'today', 'tonight', 'please', 'between', 'before', 'after']);

interface TermJson {
  text: string;
  normal: string;
  tags: string[];
  post: string;
}

/** The words after `word` up to the next date, time, preposition or punctuation ("with [Sam and Priya] on Friday"). */
function phraseAfter(doc: Doc, word: string): string | undefined {
  const terms = (doc.json({ terms: { normal: true } }) as Array<{ terms: TermJson[] }>).flatMap((s) => s.terms);
  const start = terms.findIndex((t) => t.normal === word);
  if (start < 0) return undefined;
  const out: string[] = [];
  for (let i = start + 1; i < terms.length; i++) {
    const t = terms[i];
    // "Q3" is a Date to compromise but part of a topic; weekdays, times and "tomorrow" end the phrase.
    if (STOP_BEFORE.has(t.normal) || t.tags.includes('Time') || t.tags.includes('WeekDay') || /^\d{4}-\d{2}-\d{2}$/.test(t.normal)) break;
    out.push(t.text);
    if (/[,.;!?]/.test(t.post) || out.length >= 8) break;
  }
  const phrase = out.join(' ').replace(/[,.;!?]+$/, '').trim();
  return phrase ? phrase.replace(/\b(?:my|our)\b/gi, 'your') : undefined;
}

function topicOf(doc: Doc): string | undefined {
  for (const word of ['about', 'regarding', 'discuss', 're']) {
    const topic = phraseAfter(doc, word);
    if (topic) return topic;
  }
  return undefined;
}

/** "at 3pm", "3:30", "at 15:00", "noon"; a bare "at 3" in a work chat means the afternoon. */
function timeOf(text: string): string | undefined {
  if (/\b(?:at\s+)?(?:noon|midday)\b/i.test(text)) return '12:00';
  const m = text.match(/\b(?:at|@)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?!\d)/i) ?? text.match(/\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?!\w)/i) ?? text.match(/\b(\d{1,2}):(\d{2})\b()/);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const meridiem = (m[3] ?? '').replace(/\./g, '').toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  else if (meridiem === 'am' && hour === 12) hour = 0;
  else if (!meridiem && !m[2] && hour >= 1 && hour <= 7) hour += 12;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function durationOf(text: string): number | undefined {
  if (/\bhalf an hour\b/i.test(text)) return 30;
  if (/\b(?:for|block|reserve|hold)\s+(?:out\s+|off\s+)?(?:an?|one)\s+hour\b/i.test(text)) return 60;
  const m = text.match(/\b(?:for|block|reserve|hold)\s+(?:out\s+|off\s+)?(\d{1,3})\s*(min|mins|minutes|h|hr|hrs|hour|hours)\b/i);
  if (!m) return undefined;
  const n = Number(m[1]) * (/^h/i.test(m[2]) ? 60 : 1);
  return n >= 5 && n <= 480 ? n : undefined;
}

function bookMeeting(input: SkillInput, text: string): SkillResult | undefined {
  const fixed = normalize(text);
  const doc = nlp(fixed);
  if (!any(doc, MEETING) || doc.has('^(did|have|has) (you|i|we)') || doc.has('(cancel|cancelled|canceled|move|moved|reschedule)')) return undefined;
  const { view } = input;
  if (!view.toolNames.has(ACTION_TOOL.event)) {
    return reply(view.toolNames.has(TOOL_FOR.calendar) ? "I can read your calendar here, but I can't book anything on it — I don't have a booking tool in this chat." : "I can't book meetings in this chat — I don't have a calendar tool here.");
  }
  const put = doc.match('(put|add|pencil) [<x>.+] (on|in|to|into) (my|the) (calendar|schedule|agenda|diary)');
  const kindMatch = doc.match(MEETING_NOUN);
  const kindWord = kindMatch.found ? kindMatch.text('normal').split(/\s+/)[0] : 'meeting';
  const who = phraseAfter(doc, 'with');
  const topic = topicOf(doc);
  let title: string;
  if (put.found) {
    title = taskTitle((put.groups('x') as Doc).text()).replace(/^(?:a|an|the)\s+/i, '');
    title = title.charAt(0).toUpperCase() + title.slice(1);
  } else {
    // "block an hour for the report": time for oneself, named by what it is for.
    const focus = !who && (doc.has('(block|reserve|hold)') || kindWord === 'time' || kindWord === 'slot');
    if (focus) {
      const purpose = phraseAfter(doc, 'for') ?? topic;
      title = `Focus time${purpose ? `: ${purpose}` : ''}`;
    } else {
      title = `${KIND_TITLE[kindWord] ?? 'Meeting'}${who ? ` with ${who}` : ''}${topic ? ` about ${topic}` : ''}`;
    }
  }
  const date = dateFrom(nlp(fixed.toLowerCase()), fixed);
  if (!date) return reply(`${WORK_ASKS.meetingDay} (today, tomorrow, a weekday or a date like 2025-03-21)`);
  const args: Record<string, unknown> = { title, date };
  const time = timeOf(fixed);
  if (time) args.time = time;
  const duration = durationOf(fixed);
  if (duration) args.durationMinutes = duration;
  const attendees = who ? who.split(/\s*,\s*|\s+and\s+/).filter((w) => w && !/^(?:you|your team)$/i.test(w)) : [];
  if (attendees.length) args.attendees = attendees;
  return call(ACTION_TOOL.event, args);
}

// ---------------------------------------------------------------- dispatch

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
