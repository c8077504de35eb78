/** The ticket tools over one user's records: what is on record, and how a ticket moves from open to escalated to closed. */
import { describe, expect, it } from 'vitest';
import { runTool, withToolContext } from '../tool';
import type { Tool } from '../types';
import {
  DEFAULT_RESOLUTION,
  InMemoryToolRecords,
  TICKET_PRIORITIES,
  TICKET_SOURCE,
  createCloseTicketTool,
  createEscalateTicketTool,
  createOpenTicketTool,
  getTicketStatusTool,
  normalizeTicketId,
  type EscalationRefused,
  type TicketClosure,
  type TicketEscalation,
  type TicketNotFound,
  type TicketOpening,
  type TicketStatus,
} from './index';
import type { ToolRecords } from '../tool-context';

let minute = 0;
// Each call a minute later, so "last updated" moves.
const clock = { now: () => new Date(2025, 2, 14, 10, minute++, 0) };

/** The four ticket tools bound to one user's records. */
function ticketDesk(records: ToolRecords = new InMemoryToolRecords()) {
  const [open, status, escalate, close] = withToolContext([createOpenTicketTool(clock), getTicketStatusTool, createEscalateTicketTool(clock), createCloseTicketTool(clock)], { records });
  const run = async <T>(tool: Tool, args: Record<string, unknown>) => {
    const result = await runTool(tool, args);
    if (result.isError) throw new Error(JSON.stringify(result.result));
    return result.result as T;
  };
  return {
    open: (args: Record<string, unknown>) => run<TicketOpening>(open, args),
    status: (ticketId: unknown) => run<TicketStatus | TicketNotFound>(status, { ticketId }),
    escalate: (args: Record<string, unknown>) => run<TicketEscalation | EscalationRefused>(escalate, args),
    close: (args: Record<string, unknown>) => run<TicketClosure>(close, args),
    raw: { open, status, escalate, close },
  };
}

describe('get_ticket_status', () => {
  it('says a number was never reported instead of inventing a ticket', async () => {
    const desk = ticketDesk();
    for (const id of ['12345', 'support_ticket_4711', 777]) {
      const answer = await desk.status(id);
      expect(answer).toEqual({ found: false, ticketId: String(normalizeTicketId(id as string)), message: expect.stringMatching(/^No ticket \d+ is on record for you/), source: TICKET_SOURCE });
    }
  });

  it('rejects something that is not a ticket number', async () => {
    const run = await runTool(ticketDesk().raw.status, { ticketId: 'abc' });
    expect(run.isError).toBe(true);
    expect(JSON.stringify(run.result)).toMatch(/ticket number such as 12345/);
    expect(normalizeTicketId('#42')).toBe('42');
    expect(normalizeTicketId('Ticket 42')).toBe('42');
    expect(normalizeTicketId('support_ticket_x')).toBeUndefined();
  });
});

describe('open_ticket', () => {
  it('records the reported problem under the given number; the status shows exactly that', async () => {
    const desk = ticketDesk();
    const opened = await desk.open({ ticketId: 'support_ticket_12345', subject: 'Router reboots every hour' });
    expect(opened).toMatchObject({ outcome: 'opened', found: true, ticketId: '12345', threadId: 'support_ticket_12345', subject: 'Router reboots every hour', status: 'open', priority: 'medium', team: 'First-line support', source: TICKET_SOURCE });
    expect(opened.openedAt).toMatch(/^2025-03-14 10:\d{2}$/);
    const { outcome: _outcome, ...shown } = opened;
    expect(await desk.status(12345)).toEqual(shown);
  });

  it('keeps the first description of an open ticket, and fills one in that was missing', async () => {
    const desk = ticketDesk();
    await desk.open({ ticketId: '1', subject: 'Printer prints blank pages' });
    expect(await desk.open({ ticketId: '1', subject: 'Something else entirely' })).toMatchObject({ outcome: 'existing', subject: 'Printer prints blank pages' });
    await desk.escalate({ ticketId: '2', reason: 'Customer asked for a manager' });
    expect((await desk.status('2')) as TicketStatus).toMatchObject({ subject: null });
    expect(await desk.open({ ticketId: '2', subject: 'VPN drops every ten minutes' })).toMatchObject({ outcome: 'existing', subject: 'VPN drops every ten minutes', status: 'escalated' });
  });

  it('gives a ticket without a number the next free one, never a number the user already has', async () => {
    const desk = ticketDesk();
    expect((await desk.open({ subject: 'a' })).ticketId).toBe('10001');
    expect((await desk.open({ subject: 'b' })).ticketId).toBe('10002');
    await desk.open({ ticketId: '10500', subject: 'c' });
    expect((await desk.open({ subject: 'd', priority: 'high' })).ticketId).toBe('10501');
    expect((await desk.status('10501')) as TicketStatus).toMatchObject({ subject: 'd', priority: 'high' });
    // Two at once never get the same number.
    const [x, y] = await Promise.all([desk.open({ subject: 'x' }), desk.open({ subject: 'y' })]);
    expect(new Set([x.ticketId, y.ticketId]).size).toBe(2);
  });

  it("takes the number of a thread named for a ticket (support_ticket_4321) when the user gave none", async () => {
    const desk = ticketDesk();
    const inTicketThread = await runTool(desk.raw.open, { subject: 'The VPN drops every ten minutes' }, undefined, { threadId: 'support_ticket_4321' });
    expect(inTicketThread.result).toMatchObject({ ticketId: '4321', outcome: 'opened', subject: 'The VPN drops every ten minutes' });
    // A number the user says wins over the thread's; a thread named otherwise gives the next free one.
    const said = await runTool(desk.raw.open, { ticketId: '777', subject: 'Printer offline' }, undefined, { threadId: 'support_ticket_4321' });
    expect(said.result).toMatchObject({ ticketId: '777' });
    const chat = await runTool(desk.raw.open, { subject: 'Mouse lag' }, undefined, { threadId: 'chat_3f2a' });
    expect((chat.result as TicketOpening).ticketId).not.toBe('4321');
  });
});

describe('a ticket moves open → escalated → closed, and the record agrees at every step', () => {
  it('escalation raises the priority, hands it to second line, and the status shows it', async () => {
    const desk = ticketDesk();
    await desk.open({ ticketId: '4242', subject: 'Two-factor code never arrives' });
    const e = (await desk.escalate({ ticketId: '#4242', reason: 'Tried twice; customer asked for a human' })) as TicketEscalation;
    expect(e).toMatchObject({ escalated: true, alreadyEscalated: false, ticketId: '4242', status: 'escalated', previousPriority: 'medium', priority: 'high', team: 'Tier 2 support', respondWithin: '4 hours', reason: 'Tried twice; customer asked for a human', subject: 'Two-factor code never arrives' });
    expect(e.escalationId).toMatch(/^ESC-\d{5}$/);
    const status = (await desk.status('4242')) as TicketStatus;
    expect(status).toMatchObject({ status: 'escalated', priority: 'high', assignee: e.assignedTo, team: e.team, escalation: { escalationId: e.escalationId, assignedTo: e.assignedTo, reason: e.reason } });
    const again = (await desk.escalate({ ticketId: '4242', reason: 'asking again' })) as TicketEscalation;
    expect(again).toMatchObject({ alreadyEscalated: true, escalationId: e.escalationId, assignedTo: e.assignedTo, reason: e.reason });
  });

  it('never lowers a priority; urgent stays urgent', async () => {
    const desk = ticketDesk();
    for (const priority of TICKET_PRIORITIES) {
      const { ticketId } = await desk.open({ subject: `a ${priority} problem`, priority });
      const e = (await desk.escalate({ ticketId, reason: 'customer asked' })) as TicketEscalation;
      expect(e.previousPriority).toBe(priority);
      expect(TICKET_PRIORITIES.indexOf(e.priority)).toBe(Math.min(3, Math.max(2, TICKET_PRIORITIES.indexOf(priority) + 1)));
    }
  });

  it('closing records the resolution; closed stays closed, is not escalated, and reopens when reported again', async () => {
    const desk = ticketDesk();
    await desk.open({ ticketId: '900', subject: 'App crashes on photo upload' });
    await desk.escalate({ ticketId: '900', reason: 'crashes every time' });
    const closed = await desk.close({ ticketId: '900', resolution: 'The 4.2 update fixed it.' });
    expect(closed).toMatchObject({ ticketId: '900', previousStatus: 'escalated', status: 'closed', alreadyClosed: false, resolution: 'The 4.2 update fixed it.', subject: 'App crashes on photo upload' });
    expect(await desk.close({ ticketId: '900', resolution: 'another story' })).toMatchObject({ alreadyClosed: true, resolution: 'The 4.2 update fixed it.', closedAt: closed.closedAt });
    const refused = (await desk.escalate({ ticketId: '900', reason: 'please' })) as EscalationRefused;
    expect(refused).toMatchObject({ escalated: false, status: 'closed', closure: { resolution: 'The 4.2 update fixed it.' } });
    expect(refused.message).toMatch(/is closed .* not escalated/);
    const status = (await desk.status('900')) as TicketStatus;
    expect(status).toMatchObject({ status: 'closed', closure: { resolution: 'The 4.2 update fixed it.', at: closed.closedAt } });
    const reopened = await desk.open({ ticketId: '900', subject: 'It crashes again' });
    expect(reopened).toMatchObject({ outcome: 'reopened', status: 'open', subject: 'App crashes on photo upload', team: 'First-line support' });
    expect(reopened.closure).toBeUndefined();
    expect(reopened.openedAt).toBe(status.openedAt);
  });

  it('records a ticket that was escalated or closed before anyone described it, with what was said', async () => {
    const desk = ticketDesk();
    const e = (await desk.escalate({ ticketId: '55120', reason: 'Customer asked for escalation.', subject: 'Invoice shows the wrong amount' })) as TicketEscalation;
    expect(e).toMatchObject({ escalated: true, previousPriority: 'medium', subject: 'Invoice shows the wrong amount' });
    const c = await desk.close({ ticketId: '77402' });
    expect(c).toMatchObject({ previousStatus: null, resolution: DEFAULT_RESOLUTION, subject: null });
    expect(await desk.status('77402')).toMatchObject({ found: true, status: 'closed' });
  });

  it('keeps every change when an escalation and a closure arrive at once', async () => {
    const desk = ticketDesk();
    await desk.open({ ticketId: '31', subject: 'Laptop overheats' });
    await Promise.all([desk.escalate({ ticketId: '31', reason: 'hot' }), desk.close({ ticketId: '31', resolution: 'New fan.' })]);
    const status = (await desk.status('31')) as TicketStatus;
    // Either order is consistent: escalated then closed (both kept), or closed first (escalation refused).
    expect(status.status).toBe('closed');
    expect(status.closure?.resolution).toBe('New fan.');
  });
});
