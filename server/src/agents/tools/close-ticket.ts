/**
 * `close_ticket`: marks a demo support ticket as closed with a resolution. Deterministic demo
 * data, clearly labelled as not real: no ticket system is changed.
 */
import { z } from 'zod';
import { defineTool } from '../tool';
import { TICKET_SOURCE, demoTicketStatus, ticketIdSchema } from './ticket-status';

/** Recorded when the caller gives no resolution. */
export const DEFAULT_RESOLUTION = 'Resolved — the customer confirmed it works.';

/** A ticket closure as `close_ticket` reports it. */
export interface TicketClosure {
  ticketId: string;
  /** The support demo's thread id for this ticket. */
  threadId: string;
  subject: string;
  /** The status `get_ticket_status` reports for this ticket. */
  previousStatus: string;
  status: 'closed';
  /** True when the ticket was already closed (closing again changes nothing). */
  alreadyClosed: boolean;
  resolution: string;
  /** A reply in the ticket's thread within this many days reopens it. */
  reopenWithinDays: number;
  source: typeof TICKET_SOURCE;
}

/** The demo closure of a ticket. */
export function demoClosure(ticketId: string, resolution?: string): TicketClosure {
  const ticket = demoTicketStatus(ticketId);
  return {
    ticketId,
    threadId: ticket.threadId,
    subject: ticket.subject,
    previousStatus: ticket.status,
    status: 'closed',
    alreadyClosed: ticket.status === 'closed',
    resolution: resolution?.trim() || DEFAULT_RESOLUTION,
    reopenWithinDays: 14,
    source: TICKET_SOURCE,
  };
}

/** `close_ticket`: closes a demo ticket with a resolution. */
export const closeTicketTool = defineTool({
  name: 'close_ticket',
  description:
    'Close a support ticket once the customer confirms the problem is solved, recording how it was resolved. ' +
    'Demo tool: made-up but stable data, no real ticket system is changed.',
  schema: z.object({
    ticketId: ticketIdSchema,
    resolution: z.string().trim().max(500).optional().describe('How the problem was solved, e.g. "Updating the router firmware fixed it"'),
  }),
  execute: ({ ticketId, resolution }) => demoClosure(ticketId, resolution),
});
