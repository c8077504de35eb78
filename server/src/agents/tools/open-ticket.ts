/**
 * `open_ticket`: records the problem the user reported as a support ticket — under the number
 * they gave, or the next free one. Reporting a closed ticket's problem again reopens it; a ticket
 * already open is returned as it is (its description filled in if it had none).
 */
import { z } from 'zod';
import { defineTool } from '../tool';
import { recordsOf } from './records';
import { TICKET_PRIORITIES, changeTicket, newTicket, normalizeTicketId, openNewTicket, subjectSchema, ticketIdSchema, ticketStatus, type Ticket, type TicketStatus, type TicketToolOptions } from './tickets';

/** What `open_ticket` did: recorded a new ticket, reopened a closed one, or found it already open. */
export type TicketOpening = TicketStatus & { outcome: 'opened' | 'reopened' | 'existing' };

/** Open again with first-line support; the first report's description and opening time stay. */
function reopened(ticket: Ticket, subject: string, now: Date): Ticket {
  return { ...newTicket(ticket.ticketId, now, ticket.subject ?? subject, ticket.priority), openedAt: ticket.openedAt };
}

/** Builds the tool with an injectable clock (tests pin the time). */
export function createOpenTicketTool(options: TicketToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'open_ticket',
    description:
      'Record the problem the user reports as a support ticket, under the ticket number they gave or a new one. ' +
      'Reporting a closed ticket again reopens it; an open ticket is returned as it is. Demo ticket system, kept per user in Redis.',
    schema: z.object({
      ticketId: ticketIdSchema.optional().describe('The ticket number the user gave; omit to open a new ticket with the next free number'),
      subject: subjectSchema,
      priority: z.enum(TICKET_PRIORITIES).optional().describe('Default "medium"; "high" or "urgent" when the user says it blocks their work'),
    }),
    execute: async ({ ticketId, subject, priority }, context): Promise<TicketOpening> => {
      const records = recordsOf(context, 'open_ticket');
      const at = now();
      // In a thread named for a ticket (the persistence demo's support_ticket_12345), that is the number.
      ticketId ??= context?.threadId ? normalizeTicketId(context.threadId) : undefined;
      if (!ticketId) return { ...ticketStatus(await openNewTicket(records, (id) => newTicket(id, at, subject, priority))), outcome: 'opened' };
      const { before, after } = await changeTicket(records, ticketId, (current) => {
        if (!current) return newTicket(ticketId, at, subject, priority);
        if (current.status === 'closed') return reopened(current, subject, at);
        return current.subject ? undefined : { ...current, subject, updatedAt: at.toISOString() };
      });
      const outcome = !before ? 'opened' : before.status === 'closed' ? 'reopened' : 'existing';
      return { ...ticketStatus(after!), outcome };
    },
  });
}

/** `open_ticket` on the server's clock. */
export const openTicketTool = createOpenTicketTool();
