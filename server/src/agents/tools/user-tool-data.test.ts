/**
 * The demo tools as the composition root hands them to each user's agent, on a real Redis:
 * tickets and bookings kept per attendee (one HASH per record), never visible to another.
 */
import { describe, expect, it } from 'vitest';
import { testClient, uniquePrefix } from '../../../../test/redis';
import { WorkshopRuntime } from '../../compose';
import type { DemoAgentDefinition } from '../../demo-definition';
import { OfflineChatModel } from '../../models/offline';
import { toolDataPrefix, toolRecordKey } from '../../redis/keys';
import { runTool } from '../tool';
import type { Tool } from '../types';
import { demoTools, type DemoToolName } from './index';

const client = testClient();
const runtime = new WorkshopRuntime({ client, capabilities: { version: '7', cluster: false, search: false }, model: new OfflineChatModel() });

function definition(): DemoAgentDefinition {
  const prefix = uniquePrefix('user_tools');
  return {
    id: 'support_agent',
    name: 'Support',
    description: 'test agent',
    instructions: 'Help.',
    tools: Object.values(demoTools),
    memory: { indexName: prefix, prefix, applicationId: 'app', strategy: 'per-thread' },
    history: { keyPrefix: `${prefix}_chat`, maxMessages: 50 },
    portOffset: 0,
  };
}

/** One attendee's tools, as their agent runs them. */
async function attendee(def: DemoAgentDefinition, userId: string) {
  const { agent } = await runtime.userAgent(def, { userId });
  const tools = new Map(agent.tools.map((t) => [t.name, t] as [string, Tool]));
  return async (name: DemoToolName, args: Record<string, unknown>) => {
    const run = await runTool(tools.get(name)!, args);
    if (run.isError) throw new Error(JSON.stringify(run.result));
    return run.result as Record<string, unknown>;
  };
}

describe("each attendee's tickets, in Redis", () => {
  it('keeps a HASH per ticket under the demo, keyed by the user; another attendee has no such ticket', async () => {
    const def = definition();
    const ada = await attendee(def, 'u_ada');
    const bob = await attendee(def, 'u_bob');
    await ada('open_ticket', { ticketId: '12345', subject: 'The router reboots every hour' });

    const key = toolRecordKey(toolDataPrefix(def.memory.prefix), 'u_ada', 'tickets', '12345');
    expect(await client.hgetall(key)).toMatchObject({ ticket_id: '12345', subject: 'The router reboots every hour', status: 'open', priority: 'medium' });
    expect(await ada('get_ticket_status', { ticketId: '12345' })).toMatchObject({ found: true, subject: 'The router reboots every hour', status: 'open' });
    expect(await bob('get_ticket_status', { ticketId: '12345' })).toMatchObject({ found: false, message: 'No ticket 12345 is on record for you: it was never reported in this workshop.' });

    // Bob's own 12345 is another ticket; Ada's stays as it was.
    await bob('open_ticket', { ticketId: '12345', subject: 'My invoice is wrong' });
    await bob('escalate_ticket', { ticketId: '12345', reason: 'billing dispute' });
    expect(await ada('get_ticket_status', { ticketId: '12345' })).toMatchObject({ subject: 'The router reboots every hour', status: 'open' });
    expect(await bob('get_ticket_status', { ticketId: '12345' })).toMatchObject({ subject: 'My invoice is wrong', status: 'escalated' });
  });

  it('survives a new agent (a restart, another tab): the transitions are read back from Redis', async () => {
    const def = definition();
    const first = await attendee(def, 'u_cy');
    const { ticketId } = await first('open_ticket', { subject: 'Scanner jams on every page' });
    const escalation = await first('escalate_ticket', { ticketId, reason: 'jams on every page, tried cleaning' });
    const later = await attendee(def, 'u_cy');
    expect(await later('get_ticket_status', { ticketId })).toMatchObject({ status: 'escalated', assignee: escalation.assignedTo, escalation: { escalationId: escalation.escalationId } });
    await later('close_ticket', { ticketId, resolution: 'Replaced the roller.' });
    expect(await first('escalate_ticket', { ticketId, reason: 'again' })).toMatchObject({ escalated: false, status: 'closed', closure: { resolution: 'Replaced the roller.' } });
    expect(await first('get_ticket_status', { ticketId })).toMatchObject({ status: 'closed', closure: { resolution: 'Replaced the roller.' } });
  });
});

describe("each attendee's calendar, in Redis", () => {
  it('lists what the attendee booked, to them alone', async () => {
    const def = definition();
    const ada = await attendee(def, 'u_ada');
    const bob = await attendee(def, 'u_bob');
    const booked = await ada('add_calendar_event', { title: 'Dentist', date: 'tomorrow', time: '17:30', durationMinutes: 45 });
    const day = await ada('get_calendar', { date: 'tomorrow' });
    expect(day.events).toContainEqual({ time: '17:30', endTime: '18:15', title: 'Dentist', durationMinutes: 45, eventId: booked.eventId, attendees: [], bookedByYou: true });
    const theirs = await bob('get_calendar', { date: 'tomorrow' });
    expect((theirs.events as Array<{ title: string }>).map((e) => e.title)).not.toContain('Dentist');
  });
});

describe('the weather by day', () => {
  it('agrees with itself for the same city and day, and tells the days apart', async () => {
    const ada = await attendee(definition(), 'u_ada');
    const tomorrow = await ada('get_weather', { city: 'Porto', date: 'tomorrow' });
    expect(await ada('get_weather', { city: 'porto', date: 'tomorrow' })).toEqual({ ...tomorrow, city: 'porto' });
    expect(tomorrow.daysAhead).toBe(1);
    expect((await ada('get_weather', { city: 'Porto' })).daysAhead).toBe(0);
  });
});
