import { describe, expect, it } from 'vitest';
import type { MemoryHit, MemoryKind } from '../../../memory/types';
import { runTool, toolSpec } from '../../../agents/tool';
import { demoTools, type DemoToolName } from '../../../agents/tools';
import type { ModelMessage, ModelRequest } from '../../types';
import { OfflineChatModel } from '../offline-chat-model';
import { viewRequest, type RequestView } from '../request-view';
import { answerToolResults, toolKinds } from '../tool-intents';
import { agentSkill, domainsOf, fallbackFor, helpFor, SUPPORT_ASKS, WORK_ASKS } from './index';
import { normalize } from './normalize';
import { isProblemStatement, stepsIn } from './troubleshooting';

const SUPPORT: DemoToolName[] = ['get_ticket_status', 'escalate_ticket', 'close_ticket'];
const WORK: DemoToolName[] = ['get_calendar', 'add_calendar_event', 'create_task'];
const PERSONAL: DemoToolName[] = ['get_weather', 'get_calendar'];

let seq = 0;
function memory(content: string, kind: MemoryKind = 'message', role = kind === 'tool' ? 'tool' : 'user'): MemoryHit {
  seq += 1;
  return { score: 1, record: { id: `m${seq}`, kind, content, role, createdAt: seq } };
}

interface Input {
  user: string;
  tools?: DemoToolName[];
  history?: ModelMessage[];
  memories?: MemoryHit[];
  after?: ModelMessage[];
}

function request({ user, tools = SUPPORT, history = [], memories = [], after = [] }: Input): ModelRequest {
  const messages: ModelMessage[] = [{ role: 'system', text: 'You are an agent.' }];
  if (memories.length) messages.push({ role: 'system', text: '## Memories', memories });
  messages.push(...history, { role: 'user', text: user }, ...after);
  return { messages, tools: tools.map((name) => toolSpec(demoTools[name])) };
}

const view = (input: Input): RequestView => viewRequest(request(input));
const skill = (input: Input) => agentSkill(input.user, view(input));
const replyOf = (input: Input): string => {
  const result = skill(input);
  if (!result || !('reply' in result)) throw new Error(`expected a reply to ${JSON.stringify(input.user)}, got ${JSON.stringify(result)}`);
  return result.reply;
};
const callOf = (input: Input) => {
  const result = skill(input);
  if (!result || !('calls' in result)) throw new Error(`expected a tool call for ${JSON.stringify(input.user)}, got ${JSON.stringify(result)}`);
  expect(result.calls).toHaveLength(1);
  return result.calls[0];
};

/** A conversation as the agent stores it: user and assistant turns. */
function chat(...userTexts: string[]): ModelMessage[] {
  return userTexts.flatMap((text) => [
    { role: 'user', text },
    { role: 'assistant', text: 'Noted.' },
  ]);
}

const ROUTER = chat(
  'Hi, my router keeps rebooting every hour.',
  'I already restarted it and cleared the cache twice.',
  'Also tried a different cable, no luck. My ticket number is 12345.',
  'I tried sushi yesterday, it was great',
  "I haven't reset it to factory settings yet.",
);

/**
 * The wiring proposed for `OfflineChatModel.respond()`: tool results first, then the agent's
 * skills, then the model's general handling. Used to test whole turns, tool rounds included.
 */
const model = new OfflineChatModel();
async function turn(input: Input): Promise<{ text: string; calls: Array<{ name: string; arguments: Record<string, unknown> }> }> {
  const skillResult = agentSkill(input.user, view(input));
  if (skillResult && 'reply' in skillResult) return { text: skillResult.reply, calls: [] };
  const modelResult = skillResult ? undefined : model.respond(request(input));
  if (modelResult && modelResult.toolCalls.length === 0) return { text: modelResult.text, calls: [] };
  const first = skillResult ?? { calls: modelResult?.toolCalls.map(({ name, arguments: args }) => ({ name, arguments: args })) ?? [] };
  const after: ModelMessage[] = [{ role: 'assistant', text: '', toolCalls: first.calls.map((c, i) => ({ id: `c${i}`, ...c })) }];
  for (const [i, c] of first.calls.entries()) {
    const run = await runTool(demoTools[c.name as DemoToolName], c.arguments);
    after.push({ role: 'tool', text: JSON.stringify(run.result), toolCallId: `c${i}`, toolName: c.name });
  }
  const second = view({ ...input, after });
  return { text: answerToolResults(second.afterUser, second) ?? '', calls: first.calls };
}

// ---------------------------------------------------------------- which agent is which

describe('domains and the honest fallback', () => {
  it('chooses skills by the tools offered', () => {
    expect(domainsOf(view({ user: 'x', tools: SUPPORT }))).toEqual({ support: true, work: false, personal: false });
    expect(domainsOf(view({ user: 'x', tools: WORK }))).toEqual({ support: false, work: true, personal: false });
    expect(domainsOf(view({ user: 'x', tools: ['get_calendar'] }))).toEqual({ support: false, work: true, personal: false });
    expect(domainsOf(view({ user: 'x', tools: PERSONAL }))).toEqual({ support: false, work: false, personal: true });
    expect(domainsOf(view({ user: 'x', tools: [] }))).toEqual({ support: false, work: false, personal: true });
  });

  it('the support agent never suggests restaurants and lists its ticket skills', () => {
    const text = fallbackFor(view({ user: 'x', tools: SUPPORT }));
    expect(text).toMatch(/^I'm the built-in offline model, so I only understand a few kinds of requests\./);
    expect(text).not.toMatch(/restaurant|cook|weather|Paris/i);
    expect(text).toMatch(/ticket's status/);
    expect(text).toMatch(/tried/);
    expect(text).toMatch(/escalate/);
    expect(text).toMatch(/close/);
  });

  it("the personal assistant doesn't offer ticket actions; the work agent offers meetings and tasks, not restaurants", () => {
    const personal = fallbackFor(view({ user: 'x', tools: PERSONAL }));
    expect(personal).toMatch(/restaurant/);
    expect(personal).toMatch(/weather/);
    expect(personal).not.toMatch(/ticket|escalat|meeting|task/i);
    const work = fallbackFor(view({ user: 'x', tools: WORK }));
    expect(work).toMatch(/book a meeting/);
    expect(work).toMatch(/add a task/);
    expect(work).toMatch(/manager/);
    expect(work).not.toMatch(/restaurant|weather|ticket/i);
  });

  it('offers only the tools that are there', () => {
    const statusOnly = fallbackFor(view({ user: 'x', tools: ['get_ticket_status'] }));
    expect(statusOnly).not.toMatch(/escalate|close/);
    expect(helpFor(view({ user: 'x', tools: [] }))).not.toMatch(/weather|calendar|demo/);
  });

  it('stays short with every tool offered', () => {
    const all = Object.keys(demoTools) as DemoToolName[];
    const text = fallbackFor(view({ user: 'x', tools: all }));
    expect(text.length).toBeLessThan(400);
    expect(text).toMatch(/weather/);
  });

  it('greets, helps and says goodbye like the agent it is (through the model)', () => {
    const hi = model.respond(request({ user: 'hello', tools: SUPPORT })).text;
    expect(hi).toMatch(/^Hi! .*built-in offline model.*ticket number/);
    const help = model.respond(request({ user: 'what can you do?', tools: SUPPORT })).text;
    expect(help).not.toMatch(/restaurant/);
    expect(help).toMatch(/escalate/);
    const fallback = model.respond(request({ user: 'Explain quantum chromodynamics', tools: SUPPORT })).text;
    expect(fallback).not.toMatch(/restaurant/);
  });
});

// ---------------------------------------------------------------- support

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

describe('troubleshooting steps in a message', () => {
  const cases: Array<[string, string[]]> = [
    ['I restarted the router', ['restarted the router']],
    ['already tried reinstalling the driver', ['tried reinstalling the driver']],
    ['cleared the cache twice', ['cleared the cache twice']],
    ["I've already power cycled the modem, and I unplugged it and plugged it back in but it still drops.", ['power cycled the modem', 'unplugged it', 'plugged it back in']],
    ['I have tried turning it off and on again', ['tried turning it off and on again']],
    ['we rebooted the server and checked the logs', ['rebooted the server', 'checked the logs']],
    ['I tried to reset my password but the email never arrives', ['tried to reset your password']],
    ['tried clearing the cache didnt work', ['tried clearing the cache']],
    ['I was charged twice for my order', []],
    ['I got logged out again', []],
    ['I tried sushi yesterday', []],
    ['I tried the new sushi place', []],
    ["I haven't restarted it yet", []],
    ['it restarted by itself', []],
    ["It's called Outlook", []],
    ['Did you restart it?', []],
  ];
  it.each(cases)('%s', (text, steps) => {
    expect(stepsIn(normalize(text))).toEqual(steps);
  });

  it('tells problem statements from other talk', () => {
    for (const text of ['Hi, my router keeps rebooting every hour.', 'My order 4711 has not arrived.', 'the app crashes when I upload a photo', 'My laptop battery drains in an hour.', "I can't log in", "the app won't open"]) expect(isProblemStatement(text)).toBe(true);
    for (const text of ['I tried sushi yesterday', 'I restarted the router', 'Thanks, it works again.', 'I live in Paris', "I haven't reset it to factory settings yet."]) expect(isProblemStatement(text)).toBe(false);
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
    expect(text).toContain('- **Ticket:** 12345 — in progress, priority high, assigned to Dana Kim (from the ticket tool)');
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

  it('does not escalate twice, and answers "has it been escalated?"', async () => {
    const round = await turn({ user: 'escalate this please', history: ROUTER });
    expect(round.text).toMatch(/^I've escalated ticket \*\*12345\*\* to \*\*[\w ]+\*\* \(Tier 2 support[^)]*\) — escalation ESC-\d{5}, priority (raised from \w+ to|stays) \*\*(high|urgent)\*\*\. Expect an answer within \d hours?\. _\(Demo data — not a real ticket system\.\)_$/);
    const history: ModelMessage[] = [
      ...ROUTER,
      { role: 'user', text: 'escalate this please' },
      { role: 'assistant', text: '', toolCalls: [{ id: 'e1', name: 'escalate_ticket', arguments: round.calls[0].arguments }] },
      { role: 'tool', text: JSON.stringify((await runTool(demoTools.escalate_ticket, round.calls[0].arguments)).result), toolCallId: 'e1', toolName: 'escalate_ticket' },
      { role: 'assistant', text: round.text },
    ];
    expect(replyOf({ user: 'please escalate it', history })).toMatch(/^Ticket 12345 is already escalated: /);
    expect(replyOf({ user: 'has it been escalated?', history })).toMatch(/^Yes — ticket 12345 was escalated to /);
    expect(replyOf({ user: 'has it been escalated?', history: ROUTER })).toMatch(/^Not in this conversation/);
  });

  it("respects \"don't escalate\"", () => {
    expect(replyOf({ user: "don't escalate it", history: ROUTER })).toMatch(/^Okay, I won't escalate it\./);
  });
});

describe('support: closing the ticket', () => {
  const explicit = ['close the ticket', 'thanks, you can close it', 'please close ticket 12345', 'go ahead and close it', 'mark it as resolved', 'clsoe the tikcet'];
  it.each(explicit)('%s', (user) => {
    expect(callOf({ user, history: ROUTER })).toEqual({ name: 'close_ticket', arguments: { ticketId: '12345', resolution: "Closed at the customer's request." } });
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
      expect(callOf({ user: yes, history })).toEqual({ name: 'close_ticket', arguments: { ticketId: '12345', resolution: 'Fixed by reinstalling the driver.' } });
    }
    for (const no of ['no', 'not yet', 'no, wait']) expect(replyOf({ user: no, history })).toMatch(/^Okay — ticket 12345 stays open\./);
    const round = await turn({ user: 'yes', history });
    expect(round.text).toMatch(/^Done — ticket \*\*12345\*\* is now \*\*closed\*\* \(it was [\w ]+\)\. Resolution: “Fixed by reinstalling the driver\.” If the problem comes back, reply in this thread within 14 days to reopen it\./);
  });

  it('does not treat problems or questions as "solved"', () => {
    for (const user of ["it still doesn't work", 'is it fixed?', 'if it works now, should I restart?', 'the app closes itself']) expect(skill({ user, history: ROUTER })).toBeUndefined();
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
  it.each(others)('%s', (user) => {
    expect(skill({ user, history: ROUTER })).toBeUndefined();
  });

  it('the existing ticket flow still runs (status look-up through the model)', async () => {
    const out = await turn({ user: "what's the status of ticket 12345?", history: ROUTER });
    expect(out.text).toMatch(/^Ticket \*\*12345\*\*/);
  });
});

// ---------------------------------------------------------------- personal

describe('personal assistant: no support or work skills it cannot back', () => {
  it('"I tried sushi yesterday" is not troubleshooting, and support questions are not answered as such', () => {
    const history = chat('I tried sushi yesterday', 'I restarted my workout routine');
    expect(skill({ user: 'what have I tried so far?', tools: PERSONAL, history })).toBeUndefined();
    expect(skill({ user: 'I tried sushi yesterday', tools: PERSONAL })).toBeUndefined();
    expect(skill({ user: 'summarize my issue', tools: PERSONAL })).toBeUndefined();
  });

  it('declines actions it has no tool for', () => {
    expect(replyOf({ user: 'remind me to buy milk', tools: PERSONAL })).toMatch(/^I can't set reminders or add tasks in this chat/);
    expect(replyOf({ user: 'schedule a dentist appointment on friday', tools: PERSONAL })).toMatch(/^I can read your calendar here, but I can't book anything on it/);
    expect(replyOf({ user: 'can you escalate ticket 12345?', tools: PERSONAL })).toMatch(/^I can't escalate anything in this chat/);
    expect(replyOf({ user: 'I want to talk to a human', tools: PERSONAL })).toMatch(/^There's no person behind this chat/);
    expect(replyOf({ user: 'close the ticket', tools: PERSONAL })).toMatch(/^I can't close tickets in this chat/);
    expect(replyOf({ user: 'can I speak to a real person?', tools: WORK })).toMatch(/^There's no person behind this chat/);
    // A colleague is not a support escalation.
    expect(skill({ user: 'I need to talk to the manager about my raise', tools: WORK })).toBeUndefined();
  });

  it('reads the calendar for "what\'s on my plate?" and leaves everyday talk alone', () => {
    expect(callOf({ user: "what's on my plate today?", tools: PERSONAL })).toEqual({ name: 'get_calendar', arguments: { date: 'today' } });
    for (const user of ['make time for the kids', 'I want to meet new people', "what's my favourite food?", 'it works now']) expect(skill({ user, tools: PERSONAL })).toBeUndefined();
  });
});

// ---------------------------------------------------------------- work

describe('work: plate, tasks and meetings', () => {
  const plate: Array<[string, Record<string, unknown>]> = [
    ["what's on my plate today?", { date: 'today' }],
    ['whats on my plate tmrw', { date: 'tomorrow' }],
    ['what do I have on friday?', { date: 'friday' }],
    ['what does my day look like?', {}],
    ['how is my tuesday looking', { date: 'tuesday' }],
  ];
  it.each(plate)('%s → get_calendar', (user, args) => {
    expect(callOf({ user, tools: WORK })).toEqual({ name: 'get_calendar', arguments: args });
  });

  const tasks: Array<[string, Record<string, unknown>]> = [
    ['remind me to send the report by Thursday', { title: 'Send the report', due: 'thursday' }],
    ['Remind me tomorrow to call Sam', { title: 'Call Sam', due: 'tomorrow' }],
    ["don't let me forget to email Dana", { title: 'Email Dana' }],
    ['add review PR 42 to my to-do list', { title: 'Review PR 42' }],
    ['create a task: update the roadmap', { title: 'Update the roadmap' }],
    ['new reminder to renew the SSL certificate on monday', { title: 'Renew the SSL certificate', due: 'monday' }],
  ];
  it.each(tasks)('%s → create_task', (user, args) => {
    expect(callOf({ user, tools: WORK })).toEqual({ name: 'create_task', arguments: args });
  });

  const meetings: Array<[string, Record<string, unknown>]> = [
    ['book a meeting with Sam on Friday at 3pm', { title: 'Meeting with Sam', date: 'friday', time: '15:00', attendees: ['Sam'] }],
    ['schedule a quick call with the design team tomorrow about the Q3 budget', { title: 'Call with the design team about the Q3 budget', date: 'tomorrow', attendees: ['the design team'] }],
    ['set up a 1:1 with Priya next monday at 10:30 for 45 minutes', { title: '1:1 with Priya', date: 'next monday', time: '10:30', durationMinutes: 45, attendees: ['Priya'] }],
    ['can u book a meting with sam and priya on firday at 2', { title: 'Meeting with sam and priya', date: 'friday', time: '14:00', attendees: ['sam', 'priya'] }],
    ['block an hour for the report on friday', { title: 'Focus time: the report', date: 'friday', durationMinutes: 60 }],
    ['put the quarterly review on my calendar for wednesday at noon', { title: 'Quarterly review', date: 'wednesday', time: '12:00' }],
  ];
  it.each(meetings)('%s → add_calendar_event', (user, args) => {
    expect(callOf({ user, tools: WORK })).toEqual({ name: 'add_calendar_event', arguments: args });
  });

  it('asks for the day of a meeting, then books it', () => {
    const asked = replyOf({ user: 'book a meeting with Sam', tools: WORK });
    expect(asked).toContain(WORK_ASKS.meetingDay);
    const history: ModelMessage[] = [{ role: 'user', text: 'book a meeting with Sam' }, { role: 'assistant', text: asked }];
    expect(callOf({ user: 'thursday at 11am', tools: WORK, history })).toEqual({ name: 'add_calendar_event', arguments: { title: 'Meeting with Sam', date: 'thursday', time: '11:00', attendees: ['Sam'] } });
  });

  it('asks what a bare reminder should say, then adds it', () => {
    const asked = replyOf({ user: 'remind me', tools: WORK });
    expect(asked).toContain(WORK_ASKS.taskTitle);
    const history: ModelMessage[] = [{ role: 'user', text: 'remind me' }, { role: 'assistant', text: asked }];
    expect(callOf({ user: 'submit my expenses on friday', tools: WORK, history })).toEqual({ name: 'create_task', arguments: { title: 'Submit my expenses', due: 'friday' } });
  });

  it('answers a task and a booking from the tool results, as demo data', async () => {
    const task = await turn({ user: 'remind me to send the report by friday', tools: WORK });
    expect(task.text).toMatch(/^Added to your work tasks: \*\*Send the report\*\* — due Friday \d{4}-\d{2}-\d{2} \(TASK-\d{4}\)\. _\(Demo data — not saved to a real task list\.\)_$/);
    const meeting = await turn({ user: 'book a meeting with Sam on monday at 9:00', tools: WORK });
    expect(meeting.text).toMatch(/^Booked \*\*Meeting with Sam\*\* on Monday \d{4}-\d{2}-\d{2} at 09:00 \(30 min\) — EVT-\d{5}\./);
    expect(meeting.text).toMatch(/_\(Demo data — not added to a real calendar\.\)_$/);
  });

  it('lists the tasks added earlier (from tool memories) and shows them with the calendar', async () => {
    const report = (await runTool(demoTools.create_task, { title: 'Send the report', due: 'today' })).result;
    const call = (await runTool(demoTools.create_task, { title: 'Call Sam' })).result;
    const memories = [memory(`create_task result: ${JSON.stringify(report)}`, 'tool'), memory(`create_task result: ${JSON.stringify(call)}`, 'tool')];
    for (const user of ['what are my tasks?', "what's on my todo list", 'show me my reminders']) {
      const text = replyOf({ user, tools: WORK, memories });
      expect(text).toMatch(/^Tasks you asked me to add:\n- Send the report — due \w+ \d{4}-\d{2}-\d{2} \(TASK-\d{4}\)\n- Call Sam \(TASK-\d{4}\)\n/);
    }
    expect(replyOf({ user: 'what are my tasks?', tools: WORK })).toMatch(/^You haven't asked me to add any tasks yet/);
    const plate = await turn({ user: "what's on my plate today?", tools: WORK, memories });
    expect(plate.text).toMatch(/^(Your calendar for today|Nothing on your calendar for today)/);
    expect(plate.text).toContain('Tasks you asked me to add:\n- Send the report (due that day)\n- Call Sam\n');
  });
});

describe('work: manager, project and team from what the user said', () => {
  const said = chat('My manager is Sam Lee and I am working on Project Phoenix.', "I'm on the payments team");
  const questions: Array<[string, string]> = [
    ["who's my manager?", 'You told me your manager is Sam Lee.'],
    ['whos my manger', 'You told me your manager is Sam Lee.'],
    ["what's my manager's name?", 'You told me your manager is Sam Lee.'],
    ['what project am I on?', "You told me you're working on Project Phoenix."],
    ['what am i working on', "You told me you're working on Project Phoenix."],
    ['which team am I on?', "You told me you're on the payments team."],
  ];
  it.each(questions)('%s', (user, answer) => {
    expect(replyOf({ user, tools: WORK, history: said })).toBe(answer);
  });

  it('reads message memories and notes, the latest statement winning', () => {
    const memories = [memory('I report to Dana Kim'), memory('User asked to remember: my manager is now Omar Haddad', 'fact')];
    expect(replyOf({ user: 'who do I report to?', tools: WORK, memories })).toBe('You told me your manager is Omar Haddad.');
  });

  it('finds the manager named in passing, and the latest deadline of the project asked about', () => {
    const lena = chat('My team standup is every day at 9:15 and I have a 1:1 with my manager Petra on Thursdays.', 'Currently I am leading the MRI scheduling app project, the deadline is end of March.');
    expect(replyOf({ user: 'Who is my manager?', tools: WORK, history: lena })).toBe('You told me your manager is Petra.');
    expect(replyOf({ user: 'Which project am I leading?', tools: WORK, history: lena })).toBe("You told me you're leading the MRI scheduling app project.");
    expect(replyOf({ user: "what's the deadline?", tools: WORK, history: lena })).toBe('You told me the deadline is end of March.');
    const memories = [memory('Quick update: the deadline for the MRI project moved to mid April.'), memory('The deadline for the website was pushed back to June')];
    expect(replyOf({ user: 'When is the MRI project deadline?', tools: WORK, history: lena, memories })).toBe('You told me the deadline for the MRI project is now mid April.');
  });

  it("says plainly what it wasn't told", () => {
    expect(replyOf({ user: "who's my boss?", tools: WORK })).toMatch(/^You haven't told me who your manager is\./);
    expect(replyOf({ user: 'when is my deadline?', tools: WORK })).toMatch(/^You haven't told me about a deadline\./);
  });

  it('acknowledges work statements, and leaves other talk to the model', () => {
    expect(replyOf({ user: 'My manager is now Dana Kim', tools: WORK })).toBe("Got it — your manager is Dana Kim. I'll remember that.");
    for (const user of ['I work at Contoso as a data engineer', "what's my name?", 'do I have any meetings next friday?', 'hello']) expect(skill({ user, tools: WORK })).toBeUndefined();
  });
});

describe('normalize', () => {
  it('spells out shorthand and repairs domain typos, leaving real words alone', () => {
    expect(normalize('waht have i tryed so far')).toBe('what have i tried so far');
    expect(normalize('can u escalte this pls')).toBe('can you escalate this please');
    expect(normalize('Whats on my plate tmrw')).toBe("What's on my plate tomorrow");
    expect(normalize('I need to protect my account')).toBe('I need to protect my account');
    expect(normalize('add it to my to-do list')).toBe('add it to my todo list');
  });
});

describe('tool intents: taste questions are not look-ups', () => {
  it('"do I like early meetings?" does not open the calendar, "do I have meetings?" does', () => {
    expect(toolKinds('do I like early meetings?')).toEqual([]);
    expect(toolKinds('do I hate rainy weather?')).toEqual([]);
    expect(toolKinds('do I have any meetings tomorrow?')).toEqual(['calendar']);
  });
});
