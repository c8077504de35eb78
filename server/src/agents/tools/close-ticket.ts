/**
 * `close_ticket`: closes one of the user's tickets with a resolution, on record. Closing again
 * changes nothing (the first resolution stays); a ticket not on record yet is recorded closed.
 * Reporting the problem again (`open_ticket`) reopens it.
 */
import { z } from 'zod';
import { defineTool } from '../tool';
import { recordsOf } from './records';
import { TICKET_SOURCE, changeTicket, newTicket, subjectSchema, ticketIdSchema, ticketStatus, type TicketState, type TicketToolOptions } from './tickets';

/** Recorded when the caller gives no resolution. */
export const DEFAULT_RESOLUTION = 'Resolved — the customer confirmed it works.';

/** A ticket closure as `close_ticket` reports it. */
export interface TicketClosure {
  ticketId: string;
  /** The support demo's thread id for this ticket. */
  threadId: string;
  subject: string | null;
  /** The status before; null when the ticket was not on record until now. */
  previousStatus: TicketState | null;
  status: 'closed';
  /** True when the ticket was already closed (closing again changes nothing). */
  alreadyClosed: boolean;
  /** The resolution on record (for `alreadyClosed`, the first one). */
  resolution: string;
  closedAt: string;
  source: typeof TICKET_SOURCE;
}

/** Builds the tool with an injectable clock (tests pin the time). */
export function createCloseTicketTool(options: TicketToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'close_ticket',
    description:
      "Close one of the user's support tickets once they confirm the problem is solved, recording how it was resolved. " +
      'Closing a closed ticket changes nothing. Demo ticket system, kept per user in Redis.',
    schema: z.object({
      ticketId: ticketIdSchema,
      resolution: z.string().trim().max(500).optional().describe('How the problem was solved, e.g. "Updating the router firmware fixed it"'),
      subject: subjectSchema.optional().describe("The customer's problem in their own words, recorded if the ticket has no description yet"),
    }),
    execute: async ({ ticketId, resolution, subject }, context): Promise<TicketClosure> => {
      const at = now();
      const { before, after } = await changeTicket(recordsOf(context, 'close_ticket'), ticketId, (current) => {
        if (current?.status === 'closed') return undefined;
        const ticket = current ?? newTicket(ticketId, at, subject);
        return { ...ticket, ...(ticket.subject || !subject ? {} : { subject }), status: 'closed', closure: { resolution: resolution || DEFAULT_RESOLUTION, at: at.toISOString() }, updatedAt: at.toISOString() };
      });
      const status = ticketStatus(after!);
      return {
        ticketId,
        threadId: status.threadId,
        subject: status.subject,
        previousStatus: before?.status ?? null,
        status: 'closed',
        alreadyClosed: before?.status === 'closed',
        resolution: status.closure!.resolution,
        closedAt: status.closure!.at,
        source: TICKET_SOURCE,
      };
    },
  });
}

/** `close_ticket` on the server's clock. */
export const closeTicketTool = createCloseTicketTool();
