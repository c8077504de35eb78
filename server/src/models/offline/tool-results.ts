/**
 * The offline model reading the demo tools' results: which tool a result came from (by name, or
 * by its shape for a stored result without one), and the result in words, with its demo-data
 * label. It says only what the result holds: a ticket not on record is said to be not on record.
 */
import { listing } from './phrases';

/** The kinds of look-up the demo tools answer. */
export type ToolKind = 'weather' | 'ticket' | 'calendar';

/** Which tool serves which kind of request. */
export const TOOL_FOR: Record<ToolKind, string> = { weather: 'get_weather', ticket: 'get_ticket_status', calendar: 'get_calendar' };

/** Tools that do something rather than look something up; the agent skills (./skills) decide when to call them. */
export type ActionKind = 'opening' | 'escalation' | 'closure' | 'task' | 'event';
/** Which tool does which action. */
export const ACTION_TOOL: Record<ActionKind, string> = { opening: 'open_ticket', escalation: 'escalate_ticket', closure: 'close_ticket', task: 'create_task', event: 'add_calendar_event' };

/** What a tool result is about: a look-up or an action. */
export type ResultKind = ToolKind | ActionKind;
/** The tool behind each kind of result. */
export const RESULT_TOOL: Record<ResultKind, string> = { ...TOOL_FOR, ...ACTION_TOOL };
/** How a kind of result is named in a sentence ("the ticket status tool"). */
export const LABEL: Record<ResultKind, string> = {
  weather: 'weather',
  ticket: 'ticket status',
  calendar: 'calendar',
  opening: 'open-ticket',
  escalation: 'escalation',
  closure: 'close-ticket',
  task: 'task',
  event: 'calendar booking',
};

/** JSON of a tool result, also when it is embedded in text ("get_weather result: {...}"). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start >= 0 && end > start) {
      try {
        return JSON.parse(text.slice(start, end + 1));
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}

export type Json = Record<string, unknown>;
/** Whether a parsed JSON value is an object (not an array or null). */
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kind of a result, from the tool name or, for stored results without one, from its shape. */
export function kindOf(name: string | undefined, data: unknown): ResultKind | undefined {
  for (const [kind, tool] of Object.entries(RESULT_TOOL) as Array<[ResultKind, string]>) if (name === tool) return kind;
  if (!isObject(data)) return undefined;
  if ('escalationId' in data || data.escalated === false) return 'escalation';
  if ('taskId' in data) return 'task';
  if ('eventId' in data) return 'event';
  if ('ticketId' in data && 'resolution' in data) return 'closure';
  if ('ticketId' in data && 'outcome' in data) return 'opening';
  if ('temperatureC' in data || 'condition' in data) return 'weather';
  if ('ticketId' in data) return 'ticket';
  if ('events' in data) return 'calendar';
  return undefined;
}

function sourceNote(data: Json): string {
  const source = typeof data.source === 'string' ? data.source : 'demo data';
  return ` _(${source.charAt(0).toUpperCase()}${source.slice(1)}.)_`;
}

function describeWeather(d: Json): string {
  const wind = typeof d.windKph === 'number' ? `, wind ${d.windKph} km/h${d.windDirection ? ` from the ${d.windDirection}` : ''}` : '';
  const humidity = typeof d.humidityPercent === 'number' ? `, humidity ${d.humidityPercent}%` : '';
  const ahead = typeof d.daysAhead === 'number' ? d.daysAhead : 0;
  const when = ahead === 1 ? `tomorrow (${String(d.weekday)} ${String(d.date)})` : `on ${String(d.weekday)} ${String(d.date)}`;
  const head = ahead === 0 ? `The weather in **${String(d.city)}**` : `The forecast for **${String(d.city)}** ${when}`;
  return `${head}: ${String(d.condition)}, ${String(d.temperatureC)} °C${wind}${humidity}.`;
}

/** What happened to a ticket after it was reported: its escalation and its resolution. */
function ticketHistory(d: Json): string {
  const parts: string[] = [];
  if (isObject(d.escalation)) {
    const e = d.escalation;
    parts.push(` Escalated ${String(e.at)} to ${String(e.assignedTo)} (${String(e.team)}) as ${String(e.escalationId)} — reason: “${String(e.reason)}”.`);
  }
  if (isObject(d.closure)) parts.push(` Closed ${String(d.closure.at)} — resolution: “${String(d.closure.resolution)}”.`);
  return parts.join('');
}

function describeTicket(d: Json): string {
  if (d.found === false) {
    return `I have no ticket **${String(d.ticketId)}** on record for you — it was never reported in this workshop, so I won't guess its status. If it's yours, tell me what's wrong with it.`;
  }
  const subject = typeof d.subject === 'string' && d.subject ? ` (“${d.subject}”)` : ' (no problem description on record)';
  return `Ticket **${String(d.ticketId)}**${subject} is **${String(d.status)}** — priority ${String(d.priority)}, with ${String(d.assignee)} (${String(d.team)}), opened ${String(d.openedAt)}, last updated ${String(d.lastUpdate)}.${ticketHistory(d)}`;
}

function describeOpening(d: Json): string {
  const how = `status **${String(d.status)}**, priority ${String(d.priority)}, with ${String(d.assignee)} (${String(d.team)})`;
  if (d.outcome === 'opened') return `I've recorded your problem as ticket **${String(d.ticketId)}**: “${String(d.subject)}” — ${how}.`;
  if (d.outcome === 'reopened') return `Ticket **${String(d.ticketId)}** was closed, so I've reopened it: “${String(d.subject)}” — ${how}.`;
  return `That ticket is already on record. ${describeTicket(d)}`;
}

function describeEscalation(d: Json): string {
  if (d.escalated === false) {
    const resolution = isObject(d.closure) ? ` (resolution: “${String(d.closure.resolution)}”)` : '';
    return `Ticket **${String(d.ticketId)}** is closed${resolution}, so I didn't escalate it. If the problem is back, tell me what's happening and the ticket can be reopened.`;
  }
  if (d.alreadyEscalated === true) {
    return `Ticket **${String(d.ticketId)}** is already escalated: ${String(d.assignedTo)} (${String(d.team)}) has it as ${String(d.escalationId)}, priority **${String(d.priority)}**. Expect an answer within ${String(d.respondWithin)}.`;
  }
  const priority = d.previousPriority === d.priority ? `priority stays **${String(d.priority)}**` : `priority raised from ${String(d.previousPriority)} to **${String(d.priority)}**`;
  return `I've escalated ticket **${String(d.ticketId)}** to **${String(d.assignedTo)}** (${String(d.team)}) — escalation ${String(d.escalationId)}, ${priority}. Expect an answer within ${String(d.respondWithin)}.`;
}

function describeClosure(d: Json): string {
  if (d.alreadyClosed === true) return `Ticket **${String(d.ticketId)}** was already closed (resolution: “${String(d.resolution)}”), so nothing changed.`;
  const was = typeof d.previousStatus === 'string' ? ` (it was ${d.previousStatus})` : '';
  return `Done — ticket **${String(d.ticketId)}** is now **closed**${was}. Resolution: “${String(d.resolution)}” If the problem comes back, tell me and the ticket can be reopened.`;
}

function describeCalendar(d: Json, dayWord?: string): string {
  const events = Array.isArray(d.events) ? (d.events as Json[]) : [];
  const when = `${dayWord ? `${dayWord} (${String(d.weekday)} ${String(d.date)})` : `${String(d.weekday)} ${String(d.date)}`}`;
  if (events.length === 0) return `Nothing on your calendar for ${when}.`;
  const lines = events.map((e) => {
    const notes = [typeof e.durationMinutes === 'number' ? `${e.durationMinutes} min` : '', e.bookedByYou === true ? 'booked by you' : '', e.ended === true ? 'already over' : ''].filter(Boolean);
    return `- ${String(e.time)} ${String(e.title)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  });
  return `Your calendar for ${when}:\n${lines.join('\n')}\n`;
}

function describeTask(d: Json): string {
  const due = typeof d.due === 'string' ? ` — due ${d.dueWeekday ? `${String(d.dueWeekday)} ` : ''}${d.due}` : '';
  return `Added to your work tasks: **${String(d.title)}**${due} (${String(d.taskId)}).`;
}

function describeEvent(d: Json): string {
  const title = String(d.title);
  const attendees = Array.isArray(d.attendees) ? (d.attendees as unknown[]).map(String).filter((a) => !title.toLowerCase().includes(a.toLowerCase())) : [];
  const withWhom = attendees.length ? ` with ${listing(attendees)}` : '';
  const conflicts = Array.isArray(d.conflicts) ? (d.conflicts as Json[]) : [];
  const overlap = conflicts.length ? ` Heads up: it overlaps with ${listing(conflicts.map((c) => `${String(c.title)} at ${String(c.time)}`))}.` : '';
  const what = `**${title}**${withWhom} on ${String(d.weekday)} ${String(d.date)} at ${String(d.time)} (${String(d.durationMinutes)} min) — ${String(d.eventId)}.`;
  return `${d.alreadyBooked === true ? `That's already on your calendar: ${what}` : `Booked ${what}`}${overlap}`;
}

const DESCRIBE: Partial<Record<ResultKind, (d: Json) => string>> = {
  weather: describeWeather,
  ticket: describeTicket,
  opening: describeOpening,
  escalation: describeEscalation,
  closure: describeClosure,
  task: describeTask,
  event: describeEvent,
};

/** One tool result in words, with its demo-data label. */
export function describeResult(name: string | undefined, result: unknown, args: Json = {}): string {
  const data = typeof result === 'string' ? (parseJson(result) ?? result) : result;
  if (isObject(data) && (isObject(data.error) || typeof data.error === 'string')) {
    const error = data.error;
    const message = typeof error === 'string' ? error : String(error.message ?? error.code ?? 'unknown error');
    return `The ${name ?? 'tool'} call failed: ${message}`;
  }
  const kind = kindOf(name, data);
  const describe = kind && DESCRIBE[kind];
  if (isObject(data) && describe) return describe(data) + sourceNote(data);
  if (isObject(data) && kind === 'calendar') {
    const day = typeof args.date === 'string' && /^(?:today|tomorrow|yesterday|tonight)$/.test(args.date) ? args.date : undefined;
    return describeCalendar(data, day) + sourceNote(data).trimStart();
  }
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return `The ${name ?? 'tool'} tool returned: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}
