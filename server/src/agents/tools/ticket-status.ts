/**
 * `get_ticket_status`: the user's ticket as it is on record — what they reported, any
 * escalation, the resolution — or an honest "not on record", never a made-up story.
 */
import { z } from 'zod';
import { defineTool } from '../tool';
import { recordsOf } from './records';
import { notOnRecord, readTicket, ticketIdSchema, ticketStatus, type TicketNotFound, type TicketStatus } from './tickets';

export {
  TICKET_PRIORITIES,
  TICKET_SOURCE,
  normalizeTicketId,
  ticketIdSchema,
  type TicketNotFound,
  type TicketPriority,
  type TicketState,
  type TicketStatus,
  type TicketToolOptions,
} from './tickets';

/** `get_ticket_status`: looks up one of the user's tickets by its number. */
export const getTicketStatusTool = defineTool({
  name: 'get_ticket_status',
  description:
    "Look up one of the user's support tickets by its number: the problem they reported, status, priority, who has it, any escalation or resolution. " +
    'A number the user never reported answers found: false. Demo ticket system, kept per user in Redis.',
  schema: z.object({ ticketId: ticketIdSchema }),
  execute: async ({ ticketId }, context): Promise<TicketStatus | TicketNotFound> => {
    const ticket = await readTicket(recordsOf(context, 'get_ticket_status'), ticketId);
    return ticket ? ticketStatus(ticket) : notOnRecord(ticketId);
  },
});
