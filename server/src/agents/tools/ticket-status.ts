/** `get_ticket_status`: a deterministic demo support ticket, clearly labelled as not real. */
import { z } from 'zod';
import { defineTool } from '../tool';
import { DemoRandom } from './demo-random';

/** Stamped on every ticket answer, so neither the model nor the user takes it for a real ticket. */
export const TICKET_SOURCE = 'demo data — not a real ticket system';

/** A ticket as `get_ticket_status` reports it. */
export interface TicketStatus {
  ticketId: string;
  /** The support demo's thread id for this ticket. */
  threadId: string;
  subject: string;
  status: string;
  priority: string;
  assignee: string;
  /** ISO date (YYYY-MM-DD) of the last update. */
  lastUpdate: string;
  source: typeof TICKET_SOURCE;
}

const SUBJECTS = ['Cannot log in after password reset', 'Invoice shows the wrong amount', 'App crashes when uploading a photo', 'Order arrived damaged', 'Two-factor code never arrives', 'Export to CSV times out', 'Refund not received yet', 'Account locked after too many attempts'];
const STATUSES = ['open', 'in progress', 'waiting on customer', 'escalated', 'resolved', 'closed'];
/** Lowest first: escalation moves a ticket up this list. */
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
const PRIORITIES = TICKET_PRIORITIES;
const ASSIGNEES = ['Dana Kim', 'Luis Ortega', 'Priya Nair', 'Sam Okafor', 'Mia Chen', 'Tom Weber'];
/** Demo dates are spread over 2025 from a fixed origin, so they never depend on today's date. */
const ORIGIN = Date.UTC(2025, 0, 1);

/** `12345`, `#12345`, `ticket 12345` or `support_ticket_12345` → `12345`; anything else → undefined. */
export function normalizeTicketId(input: string | number): string | undefined {
  const m = String(input).trim().match(/^(?:support_ticket_|ticket[\s_#-]*|#)?(\d{1,12})$/i);
  return m ? m[1] : undefined;
}

/** The demo status of a ticket; the same id always gets the same answer. */
export function demoTicketStatus(ticketId: string): TicketStatus {
  const random = new DemoRandom(`ticket:${ticketId}`);
  const lastUpdate = new Date(ORIGIN + random.int(0, 364) * 86_400_000).toISOString().slice(0, 10);
  return {
    ticketId,
    threadId: `support_ticket_${ticketId}`,
    subject: random.pick(SUBJECTS),
    status: random.pick(STATUSES),
    priority: random.pick(PRIORITIES),
    assignee: random.pick(ASSIGNEES),
    lastUpdate,
    source: TICKET_SOURCE,
  };
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

/** `get_ticket_status`: looks up a demo ticket by its number. */
export const getTicketStatusTool = defineTool({
  name: 'get_ticket_status',
  description: 'Look up the status of a support ticket by its number. Demo tool: returns made-up but stable data.',
  schema: z.object({ ticketId: ticketIdSchema }),
  execute: ({ ticketId }) => demoTicketStatus(ticketId),
});
