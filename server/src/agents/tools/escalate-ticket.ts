/**
 * `escalate_ticket`: hands a demo support ticket to second-line support with a higher priority.
 * Deterministic demo data (the same ticket always gets the same escalation), clearly labelled
 * as not real: nothing is sent anywhere.
 */
import { z } from 'zod';
import { defineTool } from '../tool';
import { DemoRandom } from './demo-random';
import { TICKET_PRIORITIES, TICKET_SOURCE, demoTicketStatus, ticketIdSchema } from './ticket-status';

/** An escalation as `escalate_ticket` reports it. */
export interface TicketEscalation {
  ticketId: string;
  /** The support demo's thread id for this ticket. */
  threadId: string;
  /** `ESC-` and five digits. */
  escalationId: string;
  status: 'escalated';
  /** The priority `get_ticket_status` reports for this ticket. */
  previousPriority: string;
  /** At least `high`: an escalated ticket never stays low or medium. */
  priority: string;
  /** Who picks the ticket up. */
  assignedTo: string;
  team: string;
  /** When the customer can expect an answer, in words. */
  respondWithin: string;
  /** Why it was escalated, as the caller gave it. */
  reason: string;
  source: typeof TICKET_SOURCE;
}

const SECOND_LINE = ['Aisha Rahman', 'Jonas Berg', 'Keiko Tanaka', 'Marcus Reid', 'Elena Petrova'];

/** The demo escalation of a ticket; the same id always gets the same escalation id, priority and engineer. */
export function demoEscalation(ticketId: string, reason: string): TicketEscalation {
  const ticket = demoTicketStatus(ticketId);
  const random = new DemoRandom(`escalate:${ticketId}`);
  const rank = TICKET_PRIORITIES.indexOf(ticket.priority as (typeof TICKET_PRIORITIES)[number]);
  const priority = TICKET_PRIORITIES[Math.min(TICKET_PRIORITIES.length - 1, Math.max(2, rank + 1))];
  return {
    ticketId,
    threadId: ticket.threadId,
    escalationId: `ESC-${random.int(10000, 99999)}`,
    status: 'escalated',
    previousPriority: ticket.priority,
    priority,
    assignedTo: random.pick(SECOND_LINE),
    team: priority === 'urgent' ? 'Tier 2 support (on-call)' : 'Tier 2 support',
    respondWithin: priority === 'urgent' ? '1 hour' : '4 hours',
    reason,
    source: TICKET_SOURCE,
  };
}

/** `escalate_ticket`: hands a demo ticket to second-line support. */
export const escalateTicketTool = defineTool({
  name: 'escalate_ticket',
  description:
    'Escalate a support ticket to second-line (Tier 2) support with a higher priority, e.g. when the customer asks for a human or a manager. ' +
    'Returns the escalation id, the new priority and who picks it up. Demo tool: made-up but stable data, nothing is sent.',
  schema: z.object({
    ticketId: ticketIdSchema,
    reason: z.string().trim().min(1).max(500).describe('Why the ticket is escalated: the problem and what was already tried'),
  }),
  execute: ({ ticketId, reason }) => demoEscalation(ticketId, reason),
});
