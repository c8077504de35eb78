/** Meetings: booking one with `add_calendar_event`, its title, attendees, time and length read from the request. */
import nlp from '../../../nlp/compromise';
import { ACTION_TOOL, TOOL_FOR, dateFrom } from '../tool-intents';
import { normalize } from './normalize';
import { call, reply, type SkillInput, type SkillResult } from './types';
import { any, MEETING, MEETING_NOUN, WORK_ASKS, type Doc } from './work-requests';
import { taskTitle } from './work-tasks';

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

/** An `add_calendar_event` call for a meeting request, a question for the day, or an honest "I can't". */
export function bookMeeting(input: SkillInput, text: string): SkillResult | undefined {
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
