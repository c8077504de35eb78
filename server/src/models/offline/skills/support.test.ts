/** The support agent's skills: what was tried, the summary, recording, escalating and closing the ticket. */
import { describe, expect, it } from 'vitest';
import { InMemoryToolRecords } from '../../../agents/tools';
import type { ModelMessage } from '../../types';
import { SUPPORT_ASKS } from './index';
import { callOf, chat, memory, replyOf, ROUTER, runDemoTool, skill, turn } from './skill-test-kit';

const ROUTER_PROBLEM = 'My router keeps rebooting every hour.';

/** ROUTER once the agent recorded ticket 12345 (an `open_ticket` round), with the records that round wrote. */
async function recordedRouter(): Promise<{ history: ModelMessage[]; records: InMemoryToolRecords }> {
  const records = new InMemoryToolRecords();
  const args = { ticketId: '12345', subject: ROUTER_PROBLEM };
  const result = (await runDemoTool('open_ticket', args, records)).result;
  const history: ModelMessage[] = [
    ...ROUTER,
    { role: 'user', text: 'Please record it.' },
    { role: 'assistant', text: '', toolCalls: [{ id: 'o1', name: 'open_ticket', arguments: args }] },
    { role: 'tool', text: JSON.stringify(result), toolCallId: 'o1', toolName: 'open_ticket' },
    { role: 'assistant', text: 'Recorded.' },
  ];
  return { history, records };
}

describe('support: what have I tried', () => {
  const phrasings = [
    'what have I tried so far?',
    'What did I try already?',
    'waht have i tryed',
    "what's been tried?",
    'list everything I tried',
    'remind me what I tried',
    'what steps have we done so far',
    'what else have I tried',
    'which fixes did I attempt?',
    'troubleshooting steps so far?',
  ];
  it.each(phrasings)('%s', (user) => {
    const text = replyOf({ user, history: ROUTER });
    expect(text.split('\n')).toEqual(["Here's what you've told me you tried so far:", '- Restarted it', '- Cleared the cache twice', '- Tried a different cable', '']);
  });

  it('reads steps from message memories too (a per-thread memory after a restart)', () => {
    const memories = [memory('I unplugged the modem and plugged it back in'), memory("I've already power cycled it"), memory('The lights blink orange', 'message', 'assistant')];
    const text = replyOf({ user: 'what have I tried so far?', memories });
    expect(text).toContain('- Unplugged the modem');
    expect(text).toContain('- Plugged it back in');
    expect(text).toContain('- Power cycled it');
  });

  it('says so when nothing was tried', () => {
    expect(replyOf({ user: 'what have I tried?', history: chat('My printer on floor 3 is jammed.') })).toMatch(/^You haven't told me about anything you've tried yet/);
  });

  it('answers "did I already try X?" from the steps', () => {
    expect(replyOf({ user: 'did I already try restarting it?', history: ROUTER })).toBe('Yes — you told me you restarted it.');
    expect(replyOf({ user: 'have I tried reinstalling the driver?', history: ROUTER })).toMatch(/^Not that you've told me\. So far you told me you restarted it, cleared the cache twice and tried a different cable\./);
  });
});

describe('support: summary', () => {
  const phrasings = ['summarize my issue', 'sumarize the problem pls', 'Can you give me a quick recap?', 'where are we?', 'tl;dr?', 'what was my issue again?', 'sum it up for me', 'catch me up', 'Where do things stand'];
  it.each(phrasings)('%s', (user) => {
    const text = replyOf({ user, history: ROUTER });
    expect(text.split('\n')).toEqual([
      "Here's where we are:",
      '- **Problem:** “My router keeps rebooting every hour.”',
      '- **Tried so far:** restarted it; cleared the cache twice; tried a different cable',
      '- **Ticket:** 12345',
      '',
    ]);
  });

  it('includes the status from a ticket tool result and the latest "it works"', () => {
    const status = { ticketId: '12345', status: 'in progress', priority: 'high', assignee: 'Dana Kim', subject: 's', lastUpdate: '2025-01-01', source: 'demo data' };
    const history: ModelMessage[] = [
      ...ROUTER,
      { role: 'user', text: "what's the status of my ticket?" },
      { role: 'assistant', text: '', toolCalls: [{ id: 't1', name: 'get_ticket_status', arguments: { ticketId: '12345' } }] },
      { role: 'tool', text: JSON.stringify(status), toolCallId: 't1', toolName: 'get_ticket_status' },
      { role: 'assistant', text: 'Ticket 12345 is in progress.' },
      ...chat('Reinstalling the driver fixed it!'),
    ];
    const text = replyOf({ user: 'summarize', history });
    expect(text).toContain('- **Ticket:** 12345 — in progress, priority high, with Dana Kim (from the ticket tool)');
    expect(text).toContain('- **Latest:** you said “Reinstalling the driver fixed it!”');
  });

  it('says when there is nothing to summarize yet', () => {
    expect(replyOf({ user: 'summarize my issue' })).toMatch(/^I don't have a problem on record in this conversation yet\. .*ticket number/);
  });
});

describe('support: escalation', () => {
  const phrasings = ['can you escalate this?', 'escalte pls', 'I want to talk to a human', 'let me speak to your manager', 'can I talk to a real person?', 'please pass this on to tier 2', 'I need a supervisor', 'bump the priority please'];
  it.each(phrasings)('%s', (user) => {
    const call = callOf({ user, history: ROUTER });
    expect(call.name).toBe('escalate_ticket');
    expect(call.arguments.ticketId).toBe('12345');
    expect(call.arguments.reason).toBe('Customer asked for escalation. Problem: My router keeps rebooting every hour. Already tried: restarted it; cleared the cache twice; tried a different cable.');
  });

  it('uses the reason the customer gives', () => {
    expect(callOf({ user: 'escalate ticket 4242 because the whole office is offline', history: ROUTER }).arguments).toEqual({ ticketId: '4242', reason: 'The whole office is offline' });
  });

  it('asks for the ticket number when none is known, and escalates on the answer', () => {
    const asked = replyOf({ user: 'can you escalate this?', history: chat('My laptop battery drains in an hour.') });
    expect(asked).toContain(SUPPORT_ASKS.escalateTicket);
    const history = [...chat('My laptop battery drains in an hour.'), { role: 'user' as const, text: 'can you escalate this?' }, { role: 'assistant' as const, text: asked }];
    const call = callOf({ user: "it's 4242", history });
    expect(call).toMatchObject({ name: 'escalate_ticket', arguments: { ticketId: '4242' } });
    expect(String(call.arguments.reason)).toContain('My laptop battery drains in an hour');
  });

  it('escalates once: asked again, the ticket record answers "already escalated"; "has it been escalated?" from the conversation', async () => {
    const records = new InMemoryToolRecords();
    const round = await turn({ user: 'escalate this please', history: ROUTER, records });
    expect(round.calls[0].arguments).toMatchObject({ ticketId: '12345', subject: ROUTER_PROBLEM });
    expect(round.text).toMatch(/^I've escalated ticket \*\*12345\*\* to \*\*[\w ]+\*\* \(Tier 2 support[^)]*\) — escalation ESC-\d{5}, priority (raised from \w+ to|stays) \*\*(high|urgent)\*\*\. Expect an answer within \d hours?\. _\(Demo data — not a real ticket system\.\)_$/);
    const escalation = round.text.match(/escalation (ESC-\d{5})/)![1];
    const history: ModelMessage[] = [
      ...ROUTER,
      { role: 'user', text: 'escalate this please' },
      { role: 'assistant', text: '', toolCalls: [{ id: 'e1', name: 'escalate_ticket', arguments: round.calls[0].arguments }] },
      { role: 'tool', text: JSON.stringify((await runDemoTool('escalate_ticket', round.calls[0].arguments, records)).result), toolCallId: 'e1', toolName: 'escalate_ticket' },
      { role: 'assistant', text: round.text },
    ];
    const again = await turn({ user: 'please escalate it', history, records });
    expect(again.text).toMatch(/^Ticket \*\*12345\*\* is already escalated: /);
    expect(again.text).toContain(escalation);
    expect(replyOf({ user: 'has it been escalated?', history })).toMatch(new RegExp(`^Yes — ticket 12345 was escalated to [\\w ]+ \\(Tier 2 support[^)]*\\) as ${escalation}`));
    expect(replyOf({ user: 'has it been escalated?', history: ROUTER })).toMatch(/^Not in this conversation/);
  });

  it('does not escalate a closed ticket: the record says it was solved', async () => {
    const records = new InMemoryToolRecords();
    await runDemoTool('close_ticket', { ticketId: '12345', resolution: 'New power supply fixed it.' }, records);
    const round = await turn({ user: 'I want to talk to a manager', history: ROUTER, records });
    expect(round.calls.map((c) => c.name)).toEqual(['escalate_ticket']);
    expect(round.text).toMatch(/^Ticket \*\*12345\*\* is closed \(resolution: “New power supply fixed it\.”\), so I didn't escalate it\./);
  });

  it("respects \"don't escalate\"", () => {
    expect(replyOf({ user: "don't escalate it", history: ROUTER })).toMatch(/^Okay, I won't escalate it\./);
  });
});

describe('support: closing the ticket', () => {
  const explicit = ['close the ticket', 'thanks, you can close it', 'please close ticket 12345', 'go ahead and close it', 'mark it as resolved', 'clsoe the tikcet'];
  it.each(explicit)('%s', (user) => {
    expect(callOf({ user, history: ROUTER })).toEqual({ name: 'close_ticket', arguments: { ticketId: '12345', resolution: "Closed at the customer's request.", subject: ROUTER_PROBLEM } });
  });

  const implied = ['it works now', 'Thanks, it works again.', "it's working again!", 'that fixed it', 'problem solved', 'all good now', "everything's back to normal", 'issue is resolved'];
  it.each(implied)('offers to close, without closing: %s', (user) => {
    const text = replyOf({ user, history: ROUTER });
    expect(text).toMatch(/glad to hear it works now!/i);
    expect(text).toContain(SUPPORT_ASKS.confirmClose('12345'));
  });

  it('closes on "yes" with how it was fixed, and keeps it open on "no"', async () => {
    const history: ModelMessage[] = [...ROUTER, ...chat('Reinstalling the driver fixed it!').slice(0, 1), { role: 'assistant', text: `Glad to hear it works now! ${SUPPORT_ASKS.confirmClose('12345')}` }];
    for (const yes of ['yes', 'yes please', 'sure, go ahead', 'ok']) {
      expect(callOf({ user: yes, history })).toEqual({ name: 'close_ticket', arguments: { ticketId: '12345', resolution: 'Fixed by reinstalling the driver.', subject: ROUTER_PROBLEM } });
    }
    for (const no of ['no', 'not yet', 'no, wait']) expect(replyOf({ user: no, history })).toMatch(/^Okay — ticket 12345 stays open\./);
    const records = new InMemoryToolRecords();
    const round = await turn({ user: 'yes', history, records });
    expect(round.text).toMatch(/^Done — ticket \*\*12345\*\* is now \*\*closed\*\*\. Resolution: “Fixed by reinstalling the driver\.” If the problem comes back, tell me and the ticket can be reopened\./);
    const twice = await turn({ user: 'yes', history, records });
    expect(twice.text).toMatch(/^Ticket \*\*12345\*\* was already closed \(resolution: “Fixed by reinstalling the driver\.”\), so nothing changed\./);
  });

  it('does not treat problems or questions as "solved"', async () => {
    const { history } = await recordedRouter();
    for (const user of ["it still doesn't work", 'is it fixed?', 'if it works now, should I restart?', 'the app closes itself']) expect(skill({ user, history })).toBeUndefined();
  });

  it('asks for the number when no ticket is known', () => {
    expect(replyOf({ user: 'it works now, thanks' })).toContain(SUPPORT_ASKS.closeTicket);
    expect(replyOf({ user: 'close the ticket' })).toContain(SUPPORT_ASKS.closeTicket);
  });
});

describe('support: a whole conversation in lowercase shorthand', () => {
  const dee = chat(
    'app keeps crashing when i try to upload a photo, been like this for 3 days now super annoying',
    'im on a pixel 7 android 14',
    'tried clearing the cache didnt work',
    'reinstalled the app too, same thing',
    'oh and i tried a smaller photo like 1mb still crashes',
  );

  it('lists the steps, summarizes without the failed steps as problems, and knows how long it has been', () => {
    expect(replyOf({ user: 'ok what have i tried so far', history: dee }).split('\n').slice(1, 4)).toEqual(['- Tried clearing the cache', '- Reinstalled the app too', '- Tried a smaller photo like 1mb']);
    const summary = replyOf({ user: 'summarize the problem for me', history: dee });
    expect(summary).toContain('**Problem:** “App keeps crashing when i try to upload a photo');
    expect(summary).not.toContain('Also mentioned');
    for (const user of ['how long has this been going on', 'when did it start?']) {
      expect(replyOf({ user, history: dee })).toMatch(/^You said it's been going on for 3 days: “App keeps crashing/);
    }
    expect(replyOf({ user: 'how long has this been going on?', history: chat('My internet keeps dropping since Monday.') })).toMatch(/^You said it's been going on since Monday/);
    expect(replyOf({ user: 'how long has this been going on?', history: chat('my printer is jammed') })).toMatch(/^You haven't told me when it started/);
  });

  it('asks for the ticket number it cannot see, for escalating and closing', () => {
    expect(replyOf({ user: 'can u escalate it', history: dee })).toContain(SUPPORT_ASKS.escalateTicket);
    expect(replyOf({ user: 'ok close it, works now after the update', history: dee })).toContain(SUPPORT_ASKS.closeTicket);
  });

  it('does not take an order number for a ticket number', () => {
    const ines = chat('Good afternoon. I was charged twice for order #88231 on the 3rd of May: £74.99 both times.', "I've already contacted my bank; they said the second payment has gone through.");
    const summary = replyOf({ user: 'Could you summarise my issue?', history: ines });
    expect(summary).toContain('**Problem:** “I was charged twice for order #88231 on the 3rd of May: £74.99 both times.”');
    expect(summary).toContain('**Tried so far:** contacted your bank\n');
    expect(summary).not.toContain('**Ticket:**');
    expect(replyOf({ user: 'What have I done so far to sort this out?', history: ines })).toContain('- Contacted your bank');
    expect(replyOf({ user: 'Please escalate this to your billing team.', history: ines })).toContain(SUPPORT_ASKS.escalateTicket);
  });
});

describe('support agent: other talk is left to the model', () => {
  const others = ["what's my name?", 'what do you know about me?', 'what did I say about the router?', "what's the status of ticket 12345?", 'hello', 'My printer on floor 3 is jammed.', 'I already tried restarting it twice.', 'recommend a restaurant'];
  it.each(others)('%s', async (user) => {
    expect(skill({ user, history: (await recordedRouter()).history })).toBeUndefined();
  });

  it('the status of a recorded ticket is looked up through the model, and shows what was reported', async () => {
    const { history, records } = await recordedRouter();
    const out = await turn({ user: "what's the status of ticket 12345?", history, records });
    expect(out.calls.map((c) => c.name)).toEqual(['get_ticket_status']);
    expect(out.text).toMatch(/^Ticket \*\*12345\*\* \(“My router keeps rebooting every hour\.”\) is \*\*open\*\* — priority medium, with [\w ]+ \(First-line support\)/);
  });
});

describe('support: recording the ticket the customer reports', () => {
  it('records the problem when the conversation gets a ticket number, however it comes', () => {
    const cases: Array<{ history: ModelMessage[]; user: string; ticketId: string; subject: RegExp }> = [
      { history: ROUTER, user: "what's the status of ticket 12345?", ticketId: '12345', subject: /^My router keeps rebooting every hour\.$/ },
      { history: [], user: 'Hi, ticket 4711 here: the printer in room 3 prints blank pages since Monday.', ticketId: '4711', subject: /printer in room 3 prints blank pages/ },
      { history: chat('my ticket number is 777'), user: 'The VPN drops every ten minutes and I lose my session.', ticketId: '777', subject: /^The VPN drops every ten minutes/ },
      { history: chat('My laptop battery drains within an hour.'), user: '90210', ticketId: '90210', subject: /^My laptop battery drains within an hour\.$/ },
    ];
    for (const c of cases) {
      const call = callOf({ user: c.user, history: c.history });
      expect(call.name).toBe('open_ticket');
      expect(call.arguments.ticketId).toBe(c.ticketId);
      expect(String(call.arguments.subject)).toMatch(c.subject);
    }
  });

  it('opens a new ticket when asked, and asks for the problem when none was told', () => {
    const call = callOf({ user: 'can you open a ticket for this?', history: chat('Outlook crashes whenever I attach a PDF.') });
    expect(call).toEqual({ name: 'open_ticket', arguments: { subject: 'Outlook crashes whenever I attach a PDF.' } });
    expect(callOf({ user: 'Please file a new support case, it is urgent: the payroll export fails with error 503.' }).arguments).toMatchObject({ priority: 'high' });
    expect(replyOf({ user: 'open a ticket please' })).toMatch(/what's the problem\?/);
  });

  it('records nothing without both a problem and a ticket, or without the tool', () => {
    expect(skill({ user: 'The app freezes on the login screen.' })).toBeUndefined();
    expect(skill({ user: 'my ticket number is 31337' })).toBeUndefined();
    expect(skill({ user: "what's the status of ticket 12345?", history: ROUTER, tools: ['get_ticket_status', 'escalate_ticket', 'close_ticket'] })).toBeUndefined();
  });

  it('reports back what was recorded, and a later look-up agrees', async () => {
    const records = new InMemoryToolRecords();
    const opened = await turn({ user: 'Ticket 5150: the scanner on the second floor jams on every page.', records });
    expect(opened.text).toMatch(/^I've recorded your problem as ticket \*\*5150\*\*: “.*scanner on the second floor jams on every page\.” — status \*\*open\*\*, priority medium, with ([\w ]+) \(First-line support\)\./);
    const engineer = opened.text.match(/with ([\w ]+) \(First-line support\)/)![1];
    const status = await turn({ user: 'status of ticket 5150?', records, history: [{ role: 'user', text: 'x' }, { role: 'assistant', text: '', toolCalls: [{ id: 'o', name: 'open_ticket', arguments: opened.calls[0].arguments }] }, { role: 'tool', text: '{"ticketId":"5150","outcome":"opened","found":true}', toolCallId: 'o', toolName: 'open_ticket' }] });
    expect(status.text).toContain(`is **open** — priority medium, with ${engineer} (First-line support)`);
    expect(status.text).toContain('scanner on the second floor jams on every page');
  });
});
