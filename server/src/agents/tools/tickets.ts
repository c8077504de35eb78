/**
 * Support tickets as the ticket tools keep them: one record per ticket in the user's `tickets`
 * collection, holding only what the conversation established (the problem as the customer put
 * it, an escalation and its reason, a resolution). Status moves open → escalated → closed; a
 * closed ticket stays closed until the customer reports the problem again (reopened).
 */
import { z } from 'zod';
import type { ToolRecords } from '../tool-context';
import { localStamp } from './dates';
import { DemoRandom } from './demo-random';
import { updateRecord } from './records';

/** Stamped on every ticket answer, so neither the model nor the user takes it for a real ticket system. */
export const TICKET_SOURCE = 'demo data — not a real ticket system';

/** Lowest first: escalation moves a ticket up this list. */
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Where a ticket is: reported, handed to second-line support, or solved. */
export type TicketState = 'open' | 'escalated' | 'closed';

/** The collection the tickets live in. */
const TICKETS = 'tickets';
/** Tickets opened without a number get the next one after this (or after the highest the user has). */
const FIRST_NUMBER = 10000;

const FIRST_LINE = ['Dana Kim', 'Luis Ortega', 'Priya Nair', 'Sam Okafor', 'Mia Chen', 'Tom Weber'];
const SECOND_LINE = ['Aisha Rahman', 'Jonas Berg', 'Keiko Tanaka', 'Marcus Reid', 'Elena Petrova'];
const FIRST_LINE_TEAM = 'First-line support';

/** Options of the ticket tools. */
export interface TicketToolOptions {
  /** Clock stamped on openings, escalations and closures. Default: `() => new Date()`. */
  now?: () => Date;
}

/** One ticket as stored. Times are ISO strings. */
export interface Ticket {
  ticketId: string;
  /** The problem in the customer's words; absent when the ticket was escalated or closed before anyone described it. */
  subject?: string;
  status: TicketState;
  priority: TicketPriority;
  assignee: string;
  team: string;
  openedAt: string;
  updatedAt: string;
  escalation?: { escalationId: string; assignedTo: string; team: string; reason: string; respondWithin: string; previousPriority: TicketPriority; at: string };
  closure?: { resolution: string; at: string };
}

/** A ticket as the tools report it: what is on record, with times in local `YYYY-MM-DD HH:MM`. */
export interface TicketStatus {
  found: true;
  ticketId: string;
  /** The support demo's thread id for this ticket. */
  threadId: string;
  /** The problem as the customer reported it; null when nobody described it yet. */
  subject: string | null;
  status: TicketState;
  priority: TicketPriority;
  assignee: string;
  team: string;
  openedAt: string;
  lastUpdate: string;
  escalation?: { escalationId: string; assignedTo: string; team: string; reason: string; respondWithin: string; at: string };
  closure?: { resolution: string; at: string };
  source: typeof TICKET_SOURCE;
}

/** The honest answer for a number the user never reported. */
export interface TicketNotFound {
  found: false;
  ticketId: string;
  message: string;
  source: typeof TICKET_SOURCE;
}

/** `12345`, `#12345`, `ticket 12345` or `support_ticket_12345` → `12345`; anything else → undefined. */
export function normalizeTicketId(input: string | number): string | undefined {
  const m = String(input).trim().match(/^(?:support_ticket_|ticket[\s_#-]*|#)?(\d{1,12})$/i);
  return m ? m[1] : undefined;
}

/** A ticket number argument: accepts `12345`, `#12345`, `ticket 12345`, `support_ticket_12345` or a number; yields `12345`. */
export const ticketIdSchema = z
  .union([z.string(), z.number().int().nonnegative()])
  .describe('Ticket number, e.g. "12345" or "support_ticket_12345"')
  .transform((value, ctx) => {
    const id = normalizeTicketId(value);
    if (!id) {
      ctx.addIssue({ code: 'custom', message: `expected a ticket number such as 12345 or support_ticket_12345 (got ${JSON.stringify(String(value).slice(0, 40))})` });
      return z.NEVER;
    }
    return id;
  });

/** The problem as the customer described it, for tickets that have no description yet. */
export const subjectSchema = z.string().trim().min(1).max(300).describe("The customer's problem in their own words, e.g. \"Router reboots every hour\"");

const stamp = (iso: string) => localStamp(new Date(iso));

function toFields(t: Ticket): Record<string, string> {
  const fields: Record<string, string> = { ticket_id: t.ticketId, status: t.status, priority: t.priority, assignee: t.assignee, team: t.team, opened_at: t.openedAt, updated_at: t.updatedAt };
  if (t.subject) fields.subject = t.subject;
  if (t.escalation) {
    const e = t.escalation;
    Object.assign(fields, { escalation_id: e.escalationId, escalated_to: e.assignedTo, escalation_team: e.team, escalation_reason: e.reason, respond_within: e.respondWithin, previous_priority: e.previousPriority, escalated_at: e.at });
  }
  if (t.closure) Object.assign(fields, { resolution: t.closure.resolution, closed_at: t.closure.at });
  return fields;
}

function fromFields(f: Record<string, string>): Ticket {
  const priority = (TICKET_PRIORITIES as readonly string[]).includes(f.priority) ? (f.priority as TicketPriority) : 'medium';
  return {
    ticketId: f.ticket_id,
    ...(f.subject ? { subject: f.subject } : {}),
    status: f.status === 'escalated' || f.status === 'closed' ? f.status : 'open',
    priority,
    assignee: f.assignee,
    team: f.team,
    openedAt: f.opened_at,
    updatedAt: f.updated_at,
    ...(f.escalation_id
      ? { escalation: { escalationId: f.escalation_id, assignedTo: f.escalated_to, team: f.escalation_team, reason: f.escalation_reason, respondWithin: f.respond_within, previousPriority: (f.previous_priority as TicketPriority) ?? priority, at: f.escalated_at } }
      : {}),
    ...(f.resolution !== undefined ? { closure: { resolution: f.resolution, at: f.closed_at } } : {}),
  };
}

/** A newly reported ticket: open, with the first-line engineer the number maps to. */
export function newTicket(ticketId: string, now: Date, subject?: string, priority: TicketPriority = 'medium'): Ticket {
  const at = now.toISOString();
  return { ticketId, ...(subject ? { subject } : {}), status: 'open', priority, assignee: new DemoRandom(`ticket:${ticketId}`).pick(FIRST_LINE), team: FIRST_LINE_TEAM, openedAt: at, updatedAt: at };
}

/** The ticket handed to second-line support: priority at least high, a second-line engineer, the reason kept. */
export function escalated(ticket: Ticket, reason: string, now: Date): Ticket {
  const random = new DemoRandom(`escalate:${ticket.ticketId}:${ticket.openedAt}`);
  const rank = TICKET_PRIORITIES.indexOf(ticket.priority);
  const priority = TICKET_PRIORITIES[Math.min(TICKET_PRIORITIES.length - 1, Math.max(2, rank + 1))];
  const assignedTo = random.pick(SECOND_LINE);
  const team = priority === 'urgent' ? 'Tier 2 support (on-call)' : 'Tier 2 support';
  const at = now.toISOString();
  const escalation = { escalationId: `ESC-${random.int(10000, 99999)}`, assignedTo, team, reason, respondWithin: priority === 'urgent' ? '1 hour' : '4 hours', previousPriority: ticket.priority, at };
  return { ...ticket, status: 'escalated', priority, assignee: assignedTo, team, escalation, updatedAt: at };
}

/** The ticket as the tools report it. */
export function ticketStatus(t: Ticket): TicketStatus {
  return {
    found: true,
    ticketId: t.ticketId,
    threadId: `support_ticket_${t.ticketId}`,
    subject: t.subject ?? null,
    status: t.status,
    priority: t.priority,
    assignee: t.assignee,
    team: t.team,
    openedAt: stamp(t.openedAt),
    lastUpdate: stamp(t.updatedAt),
    ...(t.escalation
      ? { escalation: { escalationId: t.escalation.escalationId, assignedTo: t.escalation.assignedTo, team: t.escalation.team, reason: t.escalation.reason, respondWithin: t.escalation.respondWithin, at: stamp(t.escalation.at) } }
      : {}),
    ...(t.closure ? { closure: { resolution: t.closure.resolution, at: stamp(t.closure.at) } } : {}),
    source: TICKET_SOURCE,
  };
}

/** The answer for a number that is not on record for this user. */
export function notOnRecord(ticketId: string): TicketNotFound {
  return { found: false, ticketId, message: `No ticket ${ticketId} is on record for you: it was never reported in this workshop.`, source: TICKET_SOURCE };
}

/** The user's ticket, if they have one with this number. */
export async function readTicket(records: ToolRecords, ticketId: string): Promise<Ticket | undefined> {
  const stored = await records.get(TICKETS, ticketId);
  return stored ? fromFields(stored.fields) : undefined;
}

/**
 * Changes a ticket safely against concurrent changes: `change` gets the stored ticket (or
 * undefined) and returns the new one, or undefined to leave it. Returns the ticket before and after.
 */
export async function changeTicket(records: ToolRecords, ticketId: string, change: (current: Ticket | undefined) => Ticket | undefined): Promise<{ before?: Ticket; after?: Ticket }> {
  const { before, after } = await updateRecord(records, TICKETS, ticketId, (fields) => {
    const next = change(fields ? fromFields(fields) : undefined);
    return next && toFields(next);
  });
  return { before: before && fromFields(before), after: after && fromFields(after) };
}

/** Stores a new ticket under the next free number (after the highest the user has, at least 10001). */
export async function openNewTicket(records: ToolRecords, make: (ticketId: string) => Ticket): Promise<Ticket> {
  const taken = (await records.list(TICKETS)).map((r) => Number(r.id)).filter(Number.isSafeInteger);
  let candidate = Math.max(FIRST_NUMBER, ...taken) + 1;
  for (let attempt = 0; attempt < 8; attempt++, candidate++) {
    const ticket = make(String(candidate));
    // Version 0: only if nobody took this number in the meantime.
    if (await records.put(TICKETS, ticket.ticketId, toFields(ticket), 0)) return ticket;
  }
  throw new Error('could not find a free ticket number; try again');
}
