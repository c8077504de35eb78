/**
 * `escalate_ticket`: hands one of the user's tickets to second-line support with a higher
 * priority, and records it on the ticket. A ticket not on record yet is recorded by the
 * escalation (the customer named it); a closed ticket is not escalated — it was solved.
 */
import { z } from 'zod';
import { defineTool } from '../tool';
import { recordsOf } from './records';
import { TICKET_SOURCE, changeTicket, escalated, newTicket, subjectSchema, ticketIdSchema, ticketStatus, type TicketPriority, type TicketToolOptions } from './tickets';

/** An escalation as `escalate_ticket` reports it. */
export interface TicketEscalation {
  escalated: true;
  /** True when the ticket was escalated before: the same escalation is reported, nothing changes. */
  alreadyEscalated: boolean;
  ticketId: string;
  threadId: string;
  subject: string | null;
  /** `ESC-` and five digits. */
  escalationId: string;
  status: 'escalated';
  /** The priority before the escalation. */
  previousPriority: TicketPriority;
  /** At least `high`: an escalated ticket never stays low or medium. */
  priority: TicketPriority;
  /** Who picks the ticket up. */
  assignedTo: string;
  team: string;
  /** When the customer can expect an answer, in words. */
  respondWithin: string;
  /** Why it was escalated (the reason recorded with the escalation). */
  reason: string;
  source: typeof TICKET_SOURCE;
}

/** The answer when the ticket is closed: nothing to escalate. */
export interface EscalationRefused {
  escalated: false;
  ticketId: string;
  threadId: string;
  subject: string | null;
  status: 'closed';
  closure: { resolution: string; at: string };
  message: string;
  source: typeof TICKET_SOURCE;
}

/** Builds the tool with an injectable clock (tests pin the time). */
export function createEscalateTicketTool(options: TicketToolOptions = {}) {
  const now = options.now ?? (() => new Date());
  return defineTool({
    name: 'escalate_ticket',
    description:
      'Escalate one of the user\'s support tickets to second-line (Tier 2) support with a higher priority, e.g. when they ask for a human or a manager. ' +
      'Returns the escalation id, the new priority and who picks it up; a closed ticket is not escalated. Demo ticket system, kept per user in Redis.',
    schema: z.object({
      ticketId: ticketIdSchema,
      reason: z.string().trim().min(1).max(500).describe('Why the ticket is escalated: the problem and what was already tried'),
      subject: subjectSchema.optional().describe("The customer's problem in their own words, recorded if the ticket has no description yet"),
    }),
    execute: async ({ ticketId, reason, subject }, context): Promise<TicketEscalation | EscalationRefused> => {
      const at = now();
      const { before, after } = await changeTicket(recordsOf(context, 'escalate_ticket'), ticketId, (current) => {
        if (current?.status === 'closed' || current?.status === 'escalated') return undefined;
        const ticket = current ?? newTicket(ticketId, at, subject);
        return escalated(ticket.subject || !subject ? ticket : { ...ticket, subject }, reason, at);
      });
      const status = ticketStatus(after!);
      if (after!.status === 'closed') {
        const message = `Ticket ${ticketId} is closed (${status.closure!.resolution}), so it was not escalated. If the problem is back, report it again to reopen the ticket.`;
        return { escalated: false, ticketId, threadId: status.threadId, subject: status.subject, status: 'closed', closure: status.closure!, message, source: TICKET_SOURCE };
      }
      const escalation = after!.escalation!;
      return {
        escalated: true,
        alreadyEscalated: before?.status === 'escalated',
        ticketId,
        threadId: status.threadId,
        subject: status.subject,
        escalationId: escalation.escalationId,
        status: 'escalated',
        previousPriority: escalation.previousPriority,
        priority: after!.priority,
        assignedTo: escalation.assignedTo,
        team: escalation.team,
        respondWithin: escalation.respondWithin,
        reason: escalation.reason,
        source: TICKET_SOURCE,
      };
    },
  });
}

/** `escalate_ticket` on the server's clock. */
export const escalateTicketTool = createEscalateTicketTool();
