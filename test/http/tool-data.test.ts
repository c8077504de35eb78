/**
 * Whole conversations over HTTP with the offline model, where the demo tools must agree with
 * what the attendee said: a problem reported, its status asked, escalated, closed; a number
 * never reported; a booking that then shows on the calendar; the weather for a named day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolDataPrefix, toolRecordKey } from '../../server/src/redis/keys';
import { testClient, testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let server: WorkshopServer;
const redis = testClient();

beforeAll(async () => {
  server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences', 'persistence', 'multi-agent'] });
});
afterAll(async () => {
  await server?.stop();
});

/** One attendee in one thread: sends a message, returns the reply text and the tools called. */
function chat(attendee: Attendee, threadId: string) {
  return async (text: string): Promise<{ text: string; tools: string[] }> => {
    const res = await attendee.post(`/api/threads/${threadId}/messages`, { text });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { text: res.body.reply.text as string, tools: (res.body.toolCalls as Array<{ name: string }>).map((c) => c.name) };
  };
}

describe('a support ticket, from the report to the escalation', () => {
  it('answers every question from what the customer reported, and keeps it to them', async () => {
    const ada = new Attendee(server.url('persistence'));
    const say = chat(ada, 'support_ticket_4711');

    const reported = await say('Hello — ticket 4711: the label printer in the warehouse prints blank labels since this morning.');
    expect(reported.tools).toEqual(['open_ticket']);
    expect(reported.text).toMatch(/ticket \*\*4711\*\*: “.*label printer in the warehouse prints blank labels since this morning\.”/);
    const firstLine = reported.text.match(/with ([A-Z][a-z]+ [A-Z][a-z]+) \(First-line support\)/)?.[1];
    expect(firstLine).toBeDefined();

    const status = await say("What's the status of my ticket?");
    expect(status.tools).toEqual(['get_ticket_status']);
    expect(status.text).toContain('Ticket **4711** (“');
    expect(status.text).toContain('blank labels');
    expect(status.text).toContain(`is **open** — priority medium, with ${firstLine} (First-line support)`);

    const escalated = await say('This is holding up every shipment, I need a human on it.');
    expect(escalated.tools).toEqual(['escalate_ticket']);
    const [, engineer, escalationId] = escalated.text.match(/escalated ticket \*\*4711\*\* to \*\*([\w ]+)\*\* \(Tier 2 support\) — escalation (ESC-\d{5}), priority raised from medium to \*\*high\*\*/) ?? [];
    expect(engineer).toBeDefined();

    const later = await say('Any news on ticket 4711?');
    expect(later.text).toContain(`is **escalated** — priority high, with ${engineer} (Tier 2 support)`);
    expect(later.text).toContain(escalationId);
    expect(later.text).toContain('blank labels');

    // What Redis holds is what was said: one HASH for the ticket, under this attendee's id.
    const { userId } = (await ada.get('/api/me')).body;
    const key = toolRecordKey(toolDataPrefix(`${server.namespace}_memory_persistence`), userId, 'tickets', '4711');
    expect(await redis.hgetall(key)).toMatchObject({ status: 'escalated', priority: 'high', escalated_to: engineer, escalation_id: escalationId });
    expect((await redis.hget(key, 'subject')) ?? '').toContain('prints blank labels');

    // Another attendee never reported 4711: no story is made up for them.
    const bob = chat(new Attendee(server.url('persistence')), 'support_ticket_4711');
    const theirs = await bob('what is the status of ticket #4711?');
    expect(theirs.tools).toEqual(['get_ticket_status']);
    expect(theirs.text).toMatch(/^I have no ticket \*\*4711\*\* on record for you/);
    expect(theirs.text).not.toMatch(/blank labels|escalated|priority/);
  });

  it('opens a ticket when asked, closes it, and then will not escalate it', async () => {
    const cy = chat(new Attendee(server.url('persistence')), 'support_ticket_2020');
    await cy('my laptop wont charge anymore, the little light stays off');
    const opened = await cy('can you open a ticket for this please');
    expect(opened.tools).toEqual(['open_ticket']);
    const ticketId = opened.text.match(/as ticket \*\*(\d+)\*\*: “my laptop wont charge anymore/i)?.[1];
    expect(ticketId).toBeDefined();

    const closed = await cy('ok a new cable fixed it, please close the ticket');
    expect(closed.tools).toEqual(['close_ticket']);
    expect(closed.text).toMatch(new RegExp(`^Done — ticket \\*\\*${ticketId}\\*\\* is now \\*\\*closed\\*\\* \\(it was open\\)\\. Resolution: “Fixed by a new cable\\.”`));

    const refused = await cy('actually escalate it to a supervisor');
    expect(refused.tools).toEqual(['escalate_ticket']);
    expect(refused.text).toMatch(new RegExp(`^Ticket \\*\\*${ticketId}\\*\\* is closed \\(resolution: “Fixed by a new cable\\.”\\), so I didn't escalate it\\.`));
    const status = await cy(`status of ticket ${ticketId}?`);
    expect(status.text).toContain('is **closed**');
    expect(status.text).toContain('resolution: “Fixed by a new cable.”');
  });
});

describe('the calendar and the weather', () => {
  it('shows a booking on the calendar of the attendee who made it', async () => {
    const work = new Attendee(server.url(3));
    const say = chat(work, 'planning');
    const booked = await say('Book a call with Priya tomorrow at 4:30pm about the launch');
    expect(booked.tools).toEqual(['add_calendar_event']);
    expect(booked.text).toMatch(/^Booked \*\*Call with Priya about the launch\*\* on \w+ \d{4}-\d{2}-\d{2} at 16:30/);
    const day = await say("What's on my calendar tomorrow?");
    expect(day.text).toContain('- 16:30 Call with Priya about the launch (30 min, booked by you)');
    const tomorrow = new Date(Date.now() + 86_400_000);
    // The made-up agenda is still there around the booking: a weekday has its 15-minute stand-up.
    if (tomorrow.getDay() !== 0 && tomorrow.getDay() !== 6) expect(day.text).toMatch(/- 09:(15|30) Team stand-up \(15 min\)\n/);
    const other = await chat(new Attendee(server.url(3)), 'planning')("What's on my calendar tomorrow?");
    expect(other.text).not.toContain('Call with Priya');
  });

  it('gives the forecast for the day asked, the same when asked again', async () => {
    const say = chat(new Attendee(server.url('preferences')), 'weather');
    const tomorrow = await say("What's the weather in Porto tomorrow?");
    expect(tomorrow.text).toMatch(/^The forecast for \*\*Porto\*\* tomorrow \(\w+ \d{4}-\d{2}-\d{2}\): /);
    const again = await say('will it rain in porto tomorrow?');
    expect(again.text.replace(/porto/gi, 'Porto')).toBe(tomorrow.text);
    const today = await say('And the weather in Porto today?');
    expect(today.text).toMatch(/^The weather in \*\*Porto\*\*: /);
  });
});

describe('a facilitator reset', () => {
  it("clears the demo tools' records with the threads: the ticket is no longer on record", async () => {
    const cy = new Attendee(server.url('persistence'));
    const say = chat(cy, 'support_ticket_5150');
    await say('my headset microphone stopped working after the update, nobody can hear me in calls');
    // No number said: the thread's (support_ticket_5150) is the ticket's.
    expect((await say('could you open a ticket for that')).tools).toEqual(['open_ticket']);
    const { userId } = (await cy.get('/api/me')).body;
    const key = toolRecordKey(toolDataPrefix(`${server.namespace}_memory_persistence`), userId, 'tickets', '5150');
    expect(await redis.exists(key)).toBe(1);

    const reset = await fetch(`${server.url('persistence')}/api/admin/reset`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ confirm: 'persistence' }),
    });
    expect(reset.status).toBe(200);
    expect(await redis.exists(key)).toBe(0);
    const after = await chat(cy, 'support_ticket_5150')('What is the status of ticket 5150?');
    expect(after.tools).toEqual(['get_ticket_status']);
    expect(after.text).toMatch(/no ticket \**5150\**|not on record/i);
  });
});
