/**
 * What the skills read from a request besides the new message: the user's own earlier words
 * (message memories, notes, this conversation), the ticket being talked about, earlier tool
 * results, and the question the agent asked last.
 */
import type { RequestView } from '../request-view';
import { isObject, parseJson, pastResults, ticketFrom, type PastResult, type ResultKind } from '../tool-intents';

const NOTE_PREFIX = /^User asked to remember:\s*/i;

/**
 * The user's earlier words, oldest first: user-message memories (by time), notes the user asked
 * to be remembered, then this conversation's user messages. Repeats (a per-thread memory is also
 * in the history) appear once, at their first position.
 */
export function userSaid(view: RequestView): string[] {
  const fromMemory = view.memories
    .filter(({ record }) => (record.kind === 'message' && record.role === 'user') || (record.kind === 'fact' && NOTE_PREFIX.test(record.content)))
    .sort((a, b) => a.record.createdAt - b.record.createdAt)
    .map(({ record }) => record.content.replace(NOTE_PREFIX, ''));
  const fromHistory = view.history.filter((m) => m.role === 'user').map((m) => m.text);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of [...fromMemory, ...fromHistory]) {
    const key = text.trim().toLowerCase();
    if (!key || seen.has(key) || key === view.userText.trim().toLowerCase()) continue;
    seen.add(key);
    out.push(text.trim());
  }
  return out;
}

/** Earlier results of the given kinds, oldest first (tool memories, then this conversation). */
export function resultsOf(view: RequestView, ...kinds: ResultKind[]): Array<PastResult & { data: Record<string, unknown> }> {
  return pastResults({ ...view, afterUser: [] }).filter((r): r is PastResult & { data: Record<string, unknown> } => r.kind !== undefined && kinds.includes(r.kind) && isObject(r.data));
}

/** A number that names something else: "error 500", "port 8080", "order 4711", "version 2.1". */
const NOT_A_TICKET = /\b(?:error|code|port|version|v|model|order|invoice|account|room|floor|build|step|line|page|ext|extension|phone|serial|pin)\s*#?\s*$/i;

/**
 * A ticket number in one message: "ticket 12345" / "support_ticket_12345", "#12345" (not "order
 * #88231"), or — loose, when the message is mostly that number ("12345", "it's 4242") — a bare
 * number of three or more digits.
 */
export function ticketIn(text: string, loose = true): string | undefined {
  const strict = ticketFrom(text, true);
  if (strict) return strict;
  for (const m of text.matchAll(/#(\d{3,12})\b/g)) {
    if (!NOT_A_TICKET.test(text.slice(0, m.index))) return m[1];
  }
  if (!loose || text.trim().split(/\s+/).length > 6) return undefined;
  for (const m of text.matchAll(/\b(\d{3,12})\b/g)) {
    if (!NOT_A_TICKET.test(text.slice(0, m.index))) return m[1];
  }
  return undefined;
}

/**
 * The ticket this conversation is about: named in the new message, else the most recent one
 * named in the conversation (either side) or returned by a ticket tool, else one in the memories
 * or the instructions. The thread id (`support_ticket_12345`) is not visible to the model.
 */
export function knownTicket(view: RequestView, text: string): string | undefined {
  const now = ticketIn(text);
  if (now) return now;
  const calls = new Map<string, string>();
  for (const m of view.history) for (const call of m.toolCalls ?? []) if (typeof call.arguments.ticketId === 'string') calls.set(call.id, call.arguments.ticketId);
  for (const message of [...view.history].reverse()) {
    if (message.role === 'tool') {
      const id = message.toolCallId ? calls.get(message.toolCallId) : undefined;
      const data = parseJson(message.text);
      if (isObject(data) && typeof data.ticketId === 'string') return data.ticketId;
      if (id) return id;
      continue;
    }
    const found = message.role === 'user' ? ticketIn(message.text, false) : ticketFrom(message.text, true);
    if (found) return found;
  }
  const memories = [...view.memories].sort((a, b) => b.record.createdAt - a.record.createdAt);
  for (const { record } of memories) {
    if (record.kind === 'tool') {
      const data = parseJson(record.content);
      if (isObject(data) && typeof data.ticketId === 'string') return data.ticketId;
    } else if (record.role === 'user' || record.kind === 'fact') {
      const found = ticketFrom(record.content, true);
      if (found) return found;
    }
  }
  return ticketFrom(view.instructions, true);
}

/** The agent's last reply and the user message it answered, when the history ends with them. */
export function lastExchange(view: RequestView): { asked: string; request: string } | undefined {
  const history = view.history.filter((m) => m.role === 'user' || (m.role === 'assistant' && m.text.trim()));
  const last = history[history.length - 1];
  const before = history[history.length - 2];
  if (!last || last.role !== 'assistant' || !before || before.role !== 'user') return undefined;
  return { asked: last.text, request: before.text };
}

/**
 * The user's earlier words and the open-ended facts kept from them, read back in the first
 * person ("User is building the payments API" → "I am building the payments API"): in a new
 * thread the fact may be all the search brought back.
 */
export function userSaidWithFacts(view: RequestView): string[] {
  const facts = view.memories
    .filter(({ record }) => record.kind === 'fact' && /^User\b/.test(record.content) && !NOTE_PREFIX.test(record.content))
    .sort((a, b) => a.record.createdAt - b.record.createdAt)
    .map(({ record }) => firstPerson(record.content));
  return [...facts, ...userSaid(view)];
}

function firstPerson(factText: string): string {
  return factText
    .replace(/^User['’]s\b/, 'my')
    .replace(/^User (is|was|has)\b/, (_m, verb: string) => `I ${({ is: 'am', was: 'was', has: 'have' } as Record<string, string>)[verb]}`)
    .replace(/^User (\w+?)e?s\b/, (m, stem: string) => (/^User \w+ies\b/.test(m) ? `I ${stem.replace(/i$/, 'y')}` : `I ${m.slice(5).replace(/s$/, '')}`))
    .replace(/\.$/, '');
}
