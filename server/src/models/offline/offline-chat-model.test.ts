import { describe, expect, it } from 'vitest';
import type { ToolCall } from '../../history/types';
import type { MemoryHit, MemoryKind } from '../../memory/types';
import { runTool, toolSpec } from '../../agents/tool';
import { demoTools, demoWeather } from '../../agents/tools';
import type { ModelEvent, ModelMessage, ModelRequest } from '../types';
import { withoutReplaced } from './answer-from-memory';
import { OfflineChatModel } from './offline-chat-model';
import { wordChunks } from './stream-text';

const ALL_TOOLS = Object.values(demoTools).map(toolSpec);

let seq = 0;
/** A memory hit as the provider would attach it. */
function memory(content: string, kind: MemoryKind = 'fact', extra: { role?: string; authorName?: string; createdAt?: number } = {}): MemoryHit {
  seq += 1;
  return { score: 1, record: { id: `m${seq}`, kind, content, role: extra.role ?? (kind === 'tool' ? 'tool' : 'user'), authorName: extra.authorName, createdAt: extra.createdAt ?? seq } };
}

interface RequestInput {
  user: string;
  memories?: MemoryHit[];
  history?: ModelMessage[];
  after?: ModelMessage[];
  tools?: ModelRequest['tools'];
}

function request({ user, memories = [], history = [], after = [], tools = ALL_TOOLS }: RequestInput): ModelRequest {
  const messages: ModelMessage[] = [{ role: 'system', text: 'You are a helpful personal assistant.' }];
  if (memories.length) messages.push({ role: 'system', text: '## Memories\nConsider the following memories when answering user questions:', memories });
  messages.push(...history, { role: 'user', text: user }, ...after);
  return { messages, tools };
}

interface Collected {
  text: string;
  deltas: string[];
  calls: ToolCall[];
  finish?: string;
  events: ModelEvent[];
}

async function collect(model: OfflineChatModel, req: ModelRequest): Promise<Collected> {
  const out: Collected = { text: '', deltas: [], calls: [], events: [] };
  for await (const event of model.stream(req)) {
    out.events.push(event);
    if (event.type === 'text-delta') {
      out.deltas.push(event.text);
      out.text += event.text;
    } else if (event.type === 'tool-call') {
      out.calls.push(event.call);
    } else {
      out.finish = event.reason;
    }
  }
  return out;
}

const model = new OfflineChatModel();
const say = async (input: RequestInput) => (await collect(model, request(input))).text;

/** Runs a full tool round the way the agent does: call, run the real demo tool, call again. */
async function toolRound(input: RequestInput): Promise<{ first: Collected; second: Collected }> {
  const first = await collect(model, request(input));
  const after: ModelMessage[] = [{ role: 'assistant', text: '', toolCalls: first.calls }];
  for (const call of first.calls) {
    const tool = demoTools[call.name as keyof typeof demoTools];
    const run = await runTool(tool, call.arguments);
    after.push({ role: 'tool', text: JSON.stringify(run.result), toolCallId: call.id, toolName: call.name });
  }
  const second = await collect(model, request({ ...input, after }));
  return { first, second };
}

describe('OfflineChatModel basics', () => {
  it('identifies itself as the offline provider', () => {
    expect(model.provider).toBe('offline');
    expect(model.model).toBe('offline-demo-model');
    expect(new OfflineChatModel({ model: 'custom' }).model).toBe('custom');
  });

  it('streams word by word: many deltas whose concatenation is the reply, then finish', async () => {
    const req = request({ user: 'what do you know about me?', memories: [memory("User's name is Alice."), memory('User lives in Paris.')] });
    const out = await collect(model, req);
    expect(out.deltas.length).toBeGreaterThan(5);
    expect(out.text).toBe(model.respond(req).text);
    expect(out.deltas.join('')).toBe(out.text);
    expect(out.events[out.events.length - 1]).toEqual({ type: 'finish', reason: 'stop' });
    expect(out.deltas.every((d) => d.trim().split(/\s+/).length === 1)).toBe(true);
  });

  it('is deterministic', async () => {
    const input = { user: "I'm Alice, I live in Paris and I love jazz" };
    expect(await say(input)).toBe(await say(input));
  });

  it('waits between words when asked and stops with `aborted` when cancelled', async () => {
    const slow = new OfflineChatModel({ wordDelayMs: 5 });
    const started = Date.now();
    const out = await collect(slow, request({ user: 'hello there' }));
    expect(out.deltas.length).toBeGreaterThan(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5 * (out.deltas.length - 1) - 5);

    const controller = new AbortController();
    const req = { ...request({ user: 'who are you?' }), signal: controller.signal };
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const event of slow.stream(req)) {
          if (event.type === 'text-delta') seen.push(event.text);
          if (seen.length === 2) controller.abort();
        }
      })(),
    ).rejects.toMatchObject({ code: 'aborted' });
    expect(seen.length).toBe(2);
  });

  it('wordChunks keeps every character', () => {
    const text = '  Hello,  world!\n- a\n- b ';
    expect(wordChunks(text).join('')).toBe(text);
    expect(wordChunks('')).toEqual([]);
  });
});

describe('OfflineChatModel: statements of facts', () => {
  it('acknowledges new facts', async () => {
    const text = await say({ user: "I'm Alice, I live in Paris and I love jazz" });
    expect(text).toBe("Nice to meet you, Alice! I'll remember that you live in Paris and you like jazz.");
  });

  it('acknowledges several kinds of facts', async () => {
    expect(await say({ user: "I'm vegan and allergic to peanuts" })).toBe("I'll remember that you're vegan and you're allergic to peanuts.");
    expect(await say({ user: 'my favorite colour is blue' })).toBe("I'll remember that your favourite color is blue.");
    expect(await say({ user: 'Remember that the meeting moved to 3pm' })).toBe("I'll remember that: the meeting moved to 3pm.");
  });

  it('calls a corrected fact an update when the old value is in the memories', async () => {
    const memories = [memory("User's name is Alice."), memory('User lives in Paris.'), memory('User dislikes mushrooms.')];
    expect(await say({ user: 'Actually my name is Bob', memories })).toBe("Got it, Bob! I've updated your name: Alice → Bob.");
    expect(await say({ user: 'I moved to Berlin', memories })).toBe("I've updated where you live: Paris → Berlin.");
    expect(await say({ user: 'I love mushrooms now', memories })).toBe("I've updated that: you like mushrooms now — before, you told me you didn't.");
    expect(await say({ user: 'I live in Paris', memories })).toBe('I already knew that you live in Paris.');
  });

  it('confirms forgetting a withdrawn fact', async () => {
    const memories = [memory("User's diet is vegetarian.")];
    expect(await say({ user: "I'm not vegetarian anymore", memories })).toBe("Noted — I've forgotten that you're vegetarian.");
  });

  it('uses facts stated earlier in the conversation, not only memories', async () => {
    const history: ModelMessage[] = [
      { role: 'user', text: 'My name is Alice' },
      { role: 'assistant', text: 'Nice to meet you, Alice!' },
    ];
    expect(await say({ user: 'Actually, call me Ally', history })).toContain('Alice → Ally');
  });
});

describe('OfflineChatModel: questions about the user, from memories only', () => {
  const memories = [
    memory("User's name is Alice.", 'fact', { createdAt: 1 }),
    memory('User lives in Paris.'),
    memory('User works as a data engineer.'),
    memory('User works at Contoso.'),
    memory("User's diet is vegetarian."),
    memory('User is allergic to peanuts.'),
    memory("User's favourite color is blue."),
    memory('User likes sushi.'),
    memory('User dislikes mushrooms.'),
  ];
  const cases: Array<[string, string]> = [
    ["what's my name?", 'Your name is Alice.'],
    ['Where do I live?', 'You live in Paris.'],
    ['what is my job?', 'You work as a data engineer at Contoso.'],
    ['where do I work?', 'You work at Contoso, as a data engineer.'],
    ["what's my diet?", "You're vegetarian. You're also allergic to peanuts."],
    ['am I vegan?', "No — you told me you're vegetarian. You're also allergic to peanuts."],
    ['what am I allergic to?', "You're allergic to peanuts."],
    ['am I allergic to peanuts?', "Yes — you told me you're allergic to peanuts."],
    ["what's my favourite color?", 'Your favourite color is blue.'],
    ['what is my favorite colour?', 'Your favourite color is blue.'],
    ['do I like sushi?', 'Yes — you told me you like sushi.'],
    ['do I like mushrooms?', "No — you told me you don't like mushrooms."],
    ['do I like jazz?', "You haven't told me whether you like jazz."],
    ["what's my favourite food?", "You haven't told me your favourite food yet."],
  ];
  it.each(cases)('%s', async (question, answer) => {
    expect(await say({ user: question, memories })).toBe(answer);
  });

  it('lists everything it knows', async () => {
    expect(await say({ user: 'tell me about myself', memories })).toMatch(/^Here's what I know about you:/);
    const text = await say({ user: 'What do you know about me?', memories });
    expect(text.split('\n')).toEqual([
      "Here's what I know about you:",
      '- Your name is Alice.',
      '- You live in Paris.',
      '- You work as a data engineer.',
      '- You work at Contoso.',
      "- You're vegetarian.",
      "- You're allergic to peanuts.",
      '- Your favourite color is blue.',
      '- You like sushi.',
      "- You don't like mushrooms.",
    ]);
  });

  it('says plainly what it was not told, and never invents', async () => {
    expect(await say({ user: "what's my name?" })).toBe("You haven't told me your name yet.");
    expect(await say({ user: 'where do I live?' })).toBe("You haven't told me where you live yet.");
    expect(await say({ user: "what's my favourite color?" })).toBe("You haven't told me your favourite color yet.");
    expect(await say({ user: 'what do you know about me?' })).toMatch(/^I don't know anything about you yet/);
    expect(await say({ user: 'what is my shoe size?', memories })).toBe("I don't know — you haven't told me that yet. Tell me and I'll remember it.");
  });

  it('reports "I\'m from X" as what was said', async () => {
    expect(await say({ user: 'where am I from?', memories: [memory('User is from Lyon.')] })).toBe("You told me you're from Lyon.");
  });

  it('answers from notes and from facts in raw message memories', async () => {
    const notes = [memory('User asked to remember: my locker code is 4512.')];
    expect(await say({ user: "what's my locker code?", memories: notes })).toBe('You told me your locker code is 4512.');
    const raw = [memory('I work as a nurse', 'message')];
    expect(await say({ user: 'what is my job?', memories: raw })).toBe('You work as a nurse.');
  });

  it('newer raw messages win over older ones', async () => {
    const ordered = [memory('I moved to Berlin', 'message', { createdAt: 20 }), memory('I live in Paris', 'message', { createdAt: 10 })];
    expect(await say({ user: 'where do I live?', memories: ordered })).toBe('You live in Berlin.');
  });

  it('trusts curated facts over old raw messages (a withdrawn fact stays withdrawn)', async () => {
    const mixed = [memory('User lives in Berlin.'), memory("I'm vegetarian", 'message')];
    expect(await say({ user: 'am I vegetarian?', memories: mixed })).toBe("You haven't told me whether you're vegetarian.");
  });

  it('answers a statement and a question in one message', async () => {
    expect(await say({ user: "I'm Alice. What's my name?" })).toBe('Nice to meet you, Alice! Your name is Alice.');
  });
});

describe('OfflineChatModel: recommendations', () => {
  const veganNoPeanuts = [memory("User's diet is vegan."), memory('User is allergic to peanuts.'), memory('User lives in Paris.')];
  const prompts = ['recommend a restaurant', 'Can you suggest a place to eat?', 'where should I eat tonight?', 'what should I cook tonight?', 'any dinner ideas?', 'suggest a recipe'];

  it.each(prompts)('a vegan allergic to peanuts never gets meat or peanuts: %s', async (prompt) => {
    const text = await say({ user: prompt, memories: veganNoPeanuts });
    expect(text).toMatch(/How about \*\*/);
    for (const unsafe of ['Steer & Ember', 'Lotus Leaf Thai', 'Peanut noodle', 'Burger Barn', 'Ocean Catch', 'Sakura', 'steak', 'Chicken', 'salmon', 'shrimp']) {
      expect(text).not.toContain(unsafe);
    }
    expect(text).toMatch(/vegan/);
    expect(text).toMatch(/avoids peanuts/);
  });

  it('names the city and labels restaurants as made up', async () => {
    const text = await say({ user: 'recommend a restaurant', memories: veganNoPeanuts });
    expect(text).toContain('**Green Fork** in Paris');
    expect(text).toMatch(/made up/);
  });

  it('ranks by likes and skips dislikes', async () => {
    const memories = [memory("User's diet is vegetarian."), memory('User likes pizza.'), memory('User dislikes mushrooms.')];
    const text = await say({ user: 'what should I cook tonight?', memories });
    expect(text).toMatch(/^How about \*\*Margherita pizza\*\*/);
    expect(text).toContain('you like pizza');
    expect(text).not.toContain('risotto');
  });

  it('asks for preferences when it knows none, and admits what it cannot recommend', async () => {
    expect(await say({ user: 'recommend a restaurant' })).toMatch(/Tell me about your diet, allergies or favourite food/);
    expect(await say({ user: 'recommend a movie' })).toMatch(/only recommend food/);
  });
});

describe('OfflineChatModel: what did I say about X', () => {
  it('quotes the best matching earlier user message from memories', async () => {
    const memories = [memory('I love jazz and old vinyl records', 'message'), memory('The weather is nice', 'message'), memory('Jazz is great', 'message', { role: 'assistant' })];
    expect(await say({ user: 'What did I say about jazz?', memories })).toBe('You said: “I love jazz and old vinyl records”');
  });

  it('quotes from the conversation and never the question itself', async () => {
    const history: ModelMessage[] = [
      { role: 'user', text: 'My sister is visiting in June' },
      { role: 'assistant', text: 'That sounds lovely!' },
      { role: 'user', text: 'what did I tell you about my sister?' },
      { role: 'assistant', text: '…' },
    ];
    expect(await say({ user: 'what did I tell you about my sister?', history })).toBe('You said: “My sister is visiting in June”');
  });

  it('says when it finds nothing', async () => {
    expect(await say({ user: 'what did I say about tennis?' })).toBe("I can't find anything you said about tennis.");
  });
});

describe('OfflineChatModel: tools', () => {
  it('calls get_weather with the city from the text, then answers from the result as demo data', async () => {
    const { first, second } = await toolRound({ user: "What's the weather in Paris?" });
    expect(first.calls).toHaveLength(1);
    expect(first.calls[0]).toMatchObject({ name: 'get_weather', arguments: { city: 'Paris' } });
    expect(first.calls[0].id).toMatch(/^call_[0-9a-f]{8}$/);
    expect(first.finish).toBe('tool-calls');
    expect(first.deltas).toEqual([]);
    const w = demoWeather('Paris');
    expect(second.text).toContain(`The weather in **Paris**: ${w.condition}, ${w.temperatureC} °C`);
    expect(second.text).toMatch(/Demo data — not a real forecast/);
    expect(second.calls).toEqual([]);
    expect(second.finish).toBe('stop');
    expect(second.deltas.length).toBeGreaterThan(5);
  });

  it('takes the city from the location fact, else asks', async () => {
    const { first } = await toolRound({ user: "what's the weather like?", memories: [memory('User lives in Lyon.')] });
    expect(first.calls[0].arguments).toEqual({ city: 'Lyon' });
    const ask = await collect(model, request({ user: "what's the weather like?" }));
    expect(ask.calls).toEqual([]);
    expect(ask.text).toBe('Which city should I check the weather for?');
  });

  it('only calls tools that are offered', async () => {
    const out = await collect(model, request({ user: "What's the weather in Paris?", tools: [] }));
    expect(out.calls).toEqual([]);
    expect(out.text).toMatch(/don't have the weather tool/);
  });

  it('looks up a ticket from "support_ticket_12345" or from the conversation', async () => {
    const { first, second } = await toolRound({ user: "what's the status of support_ticket_12345?" });
    expect(first.calls[0]).toMatchObject({ name: 'get_ticket_status', arguments: { ticketId: '12345' } });
    expect(second.text).toMatch(/^Ticket \*\*12345\*\*/);
    expect(second.text).toMatch(/Demo data — not a real ticket system/);

    const history: ModelMessage[] = [{ role: 'user', text: 'Hi, I have a problem with ticket 777' }, { role: 'assistant', text: 'Sorry to hear that.' }];
    const again = await collect(model, request({ user: 'any update on my ticket?', history }));
    expect(again.calls[0]).toMatchObject({ name: 'get_ticket_status', arguments: { ticketId: '777' } });
    expect((await collect(model, request({ user: "what's the status of my ticket?" }))).text).toBe('Which ticket number should I look up?');
    const statement = await collect(model, request({ user: "My ticket number is 4242 and I still can't log in" }));
    expect(statement.calls[0]).toMatchObject({ name: 'get_ticket_status', arguments: { ticketId: '4242' } });
  });

  it('reads the calendar day from the text', async () => {
    const { first, second } = await toolRound({ user: "What's on my calendar tomorrow?" });
    expect(first.calls[0]).toMatchObject({ name: 'get_calendar', arguments: { date: 'tomorrow' } });
    expect(second.text).toMatch(/^(Your calendar for tomorrow|Nothing on your calendar for tomorrow)/);
    expect(second.text).toMatch(/Demo data — not your real calendar/);
    const friday = await collect(model, request({ user: 'do I have any meetings next friday?' }));
    expect(friday.calls[0].arguments).toEqual({ date: 'next friday' });
    const today = await collect(model, request({ user: 'show my agenda' }));
    expect(today.calls[0].arguments).toEqual({});
  });

  it('reports a tool error result honestly', async () => {
    const call: ToolCall = { id: 'c1', name: 'get_weather', arguments: { city: '' } };
    const after: ModelMessage[] = [
      { role: 'assistant', text: '', toolCalls: [call] },
      { role: 'tool', text: JSON.stringify({ error: { code: 'invalid_arguments', message: 'invalid arguments for tool "get_weather": city: too small' } }), toolCallId: 'c1', toolName: 'get_weather' },
    ];
    expect(await say({ user: "what's the weather?", after })).toBe('The get_weather call failed: invalid arguments for tool "get_weather": city: too small');
  });

  it('recalls an earlier result from a tool memory without calling the tool again', async () => {
    const paris = demoWeather('Paris');
    const memories = [memory(`get_weather result: ${JSON.stringify(paris)}`, 'tool'), memory(`get_weather result: ${JSON.stringify(demoWeather('Oslo'))}`, 'tool')];
    const out = await collect(model, request({ user: 'What was the weather in Paris earlier?', memories }));
    expect(out.calls).toEqual([]);
    expect(out.text).toContain(`the weather in **Paris**: ${paris.condition}, ${paris.temperatureC} °C`);
    expect(out.text).toMatch(/said earlier/);
    expect(out.text).toMatch(/Demo data/);
  });

  it('recalls the last result of a tool from the conversation', async () => {
    const berlin = demoWeather('Berlin');
    const history: ModelMessage[] = [
      { role: 'user', text: "what's the weather in Berlin?" },
      { role: 'assistant', text: '', toolCalls: [{ id: 'w1', name: 'get_weather', arguments: { city: 'Berlin' } }] },
      { role: 'tool', text: JSON.stringify(berlin), toolCallId: 'w1' },
      { role: 'assistant', text: 'The weather in Berlin…' },
    ];
    const out = await collect(model, request({ user: 'what did the weather tool say?', history }));
    expect(out.calls).toEqual([]);
    expect(out.text).toContain(`**Berlin**: ${berlin.condition}`);
  });

  it('says it has no earlier result instead of calling the tool', async () => {
    const out = await collect(model, request({ user: 'What was the weather in Rome earlier?' }));
    expect(out.calls).toEqual([]);
    expect(out.text).toMatch(/^I don't have an earlier weather result for Rome/);
  });

  it('acknowledges facts together with the tool answer', async () => {
    const { first, second } = await toolRound({ user: "I live in Madrid. What's the weather?" });
    expect(first.calls[0].arguments).toEqual({ city: 'Madrid' });
    expect(second.text).toMatch(/^I'll remember that you live in Madrid\. The weather in \*\*Madrid\*\*/);
  });
});

describe('OfflineChatModel: small talk and fallback', () => {
  it('greets, says it is the offline model and that memory is real Redis', async () => {
    const hi = await say({ user: 'Hello!' });
    expect(hi).toMatch(/^Hi!/);
    expect(hi).toMatch(/built-in offline model/);
    expect(hi).toMatch(/Redis/);
    expect(await say({ user: 'hi', memories: [memory("User's name is Alice.")] })).toMatch(/^Hi, Alice!/);
  });

  it('answers who it is, including the tools it has', async () => {
    const text = await say({ user: 'Who are you?' });
    expect(text).toMatch(/built-in offline model/);
    expect(text).toMatch(/Redis/);
    expect(text).toMatch(/weather/);
    expect(await say({ user: 'Who are you?', tools: [] })).not.toMatch(/weather/);
  });

  it('says thanks and goodbye', async () => {
    expect(await say({ user: 'thanks!', memories: [memory("User's name is Alice.")] })).toBe("You're welcome, Alice!");
    expect(await say({ user: 'bye' })).toMatch(/^Bye! .*Redis/);
  });

  it('acknowledges a statement it cannot parse, quoting it', async () => {
    const text = await say({ user: 'The router keeps dropping the connection.' });
    expect(text).toMatch(/^Noted: “The router keeps dropping the connection\.”/);
    expect(await say({ user: 'Is the printer fixed?' })).not.toMatch(/^Noted/);
  });

  it('falls back briefly and honestly', async () => {
    const text = await say({ user: 'Explain quantum chromodynamics' });
    expect(text).toMatch(/^I'm the built-in offline model, so I only understand a few kinds of requests/);
    expect(text.length).toBeLessThan(400);
  });
});

describe('OfflineChatModel: food checked against the diet and allergies', () => {
  // The user's own messages, as the "all" capture mode stores them (no curated facts).
  const memories = () => [memory("I'm pescatarian", 'message'), memory("I'm allergic to sesame", 'message'), memory('soy messes my stomach up so i stay away from it', 'message')];

  it('says no, and why, when a diet or an allergy rules the food out', async () => {
    expect(await say({ user: 'can i have chicken', memories: memories() })).toMatch(/^No — you're pescatarian, and chicken counts as meat/);
    expect(await say({ user: 'is tahini safe for me?', memories: memories() })).toMatch(/^No — you're allergic to sesame, and tahini contains sesame/);
    expect(await say({ user: 'does tofu agree with me?', memories: memories() })).toMatch(/^No — you told me soy messes your stomach up/);
  });

  it('says yes when nothing rules it out, naming what it checked', async () => {
    const text = await say({ user: 'Can I eat salmon?', memories: memories() });
    expect(text).toMatch(/^As far as I know, yes/);
    expect(text).toContain("you're pescatarian");
  });

  it('lists what to avoid', async () => {
    const text = await say({ user: 'what should i never eat?', memories: memories() });
    expect(text).toContain('allergic to sesame');
    expect(text).toContain('pescatarian');
  });

  it('checks every food a dish names, and what follows "no"', async () => {
    const allergic = [memory("I'm allergic to shellfish", 'message'), memory("I'm vegetarian, no eggs either", 'message')];
    expect(await say({ user: 'would a crab salad be a good starter for me?', memories: allergic })).toMatch(/^No — .*crab counts as shellfish/);
    expect(await say({ user: 'can I get a quiche or not', memories: allergic })).toMatch(/^No — .*quiche contains egg/);
    expect(await say({ user: 'is it ok if I order the lobster?', memories: allergic })).toMatch(/^No/);
    expect(await say({ user: 'can I put parmesan on my risotto?', memories: allergic })).toMatch(/^As far as I know, yes/);
    // A food no table lists counts by its own name.
    const leeks = [memory("leeks don't agree with me at all", 'message')];
    expect(await say({ user: 'would a leek and potato soup be grand for me?', memories: leeks })).toMatch(/^No — you told me leeks/);
  });

  it('leaves food questions alone when nothing was said about food', async () => {
    expect(await say({ user: 'can i have chicken', memories: [memory("User's name is Ana.")] })).not.toMatch(/^(?:No|As far as I know)/);
  });
});

describe('OfflineChatModel: support details from the ticket', () => {
  const ticket = [
    { role: 'user' as const, text: 'The dishwasher is a Bosch SMS6 and it shows error E24 after every cycle' },
    { role: 'assistant' as const, text: 'Sorry to hear that.' },
    { role: 'user' as const, text: 'When it stops, the water stays at the bottom and the panel light blinks red' },
    { role: 'assistant' as const, text: 'Thanks.' },
  ];

  it('answers a code with the code, and reads a time clause as a statement', async () => {
    expect(await say({ user: 'what code does it show?', history: ticket })).toContain('E24');
    expect(await say({ user: 'what colour does the light blink?', history: ticket })).toContain('red');
  });

  it('says "pending" is not fixed', async () => {
    const history = [...ticket, { role: 'user' as const, text: 'The drain problem is still pending' }, { role: 'assistant' as const, text: 'Noted.' }];
    expect(await say({ user: 'is the drain problem fixed now?', history })).toMatch(/^No/);
  });
});

describe('OfflineChatModel: answers about now leave out what was replaced', () => {
  it('quotes "switched from X to Y" without X', async () => {
    const text = await say({ user: 'which tea am I drinking at present?', memories: [memory('I have switched from Earl Grey to rooibos', 'message')] });
    expect(text).toContain('rooibos');
    expect(text).not.toContain('Earl Grey');
  });

  it('quotes "have sold X and taken Y" as "have taken Y"', async () => {
    const text = await say({ user: 'what do I ride these days?', memories: [memory('I have sold the Vespa and taken a Honda PCX scooter', 'message')] });
    expect(text).toContain('you have taken a Honda PCX');
    expect(text).not.toContain('Vespa');
  });
});

describe('OfflineChatModel: slot questions asked another way', () => {
  it('does not repeat a first name as the last name', async () => {
    const text = await say({ user: "what's my last name?", memories: [memory("User's name is Kai.")] });
    expect(text).toContain("haven't told me your last name");
    expect(text).toContain('Kai');
  });

  it('reads "where is my job" as where the user works', async () => {
    expect(await say({ user: 'where is my job now?', memories: [memory('User works as a nurse.'), memory('User works at Beacon Health.')] })).toContain('Beacon Health');
  });

  it('does not answer "who do I live with" with a city', async () => {
    expect(await say({ user: 'who do i live with', memories: [memory('User lives in Toronto.'), memory('i share an apartment with my partner sam', 'message')] })).not.toMatch(/^You live in Toronto/);
  });

  it('keeps a list of what to avoid for food questions only', async () => {
    expect(await say({ user: 'what kind of films do I avoid?', memories: [memory('User is allergic to peanuts.')] })).not.toContain('peanuts');
  });
});

describe('withoutReplaced', () => {
  it.each([
    ['I have switched from Earl Grey to rooibos', 'I have switched to rooibos'],
    ['we sold the Subaru and got a Kia Carnival', 'we got a Kia Carnival'],
    ['Traded in the Civic for a Tesla Model 3', 'got a Tesla Model 3'],
    ['Gave up on Spanish, learning Italian now', "I'm learning Italian now"],
    ['Luna sadly died, we adopted a rescue dog called Biscuit', 'we adopted a rescue dog called Biscuit'],
    ['These days I prefer sparkling water over Pepsi', 'These days I prefer sparkling water'],
    ['I play the cello', 'I play the cello'],
  ])('"%s" → "%s"', (text, kept) => {
    expect(withoutReplaced(text)).toBe(kept);
  });
});

describe('OfflineChatModel: work talk from what memory kept', () => {
  it('finds the project in a fact when the message itself was not retrieved', async () => {
    expect(await say({ user: 'what am I working on?', memories: [memory('User is building the new payments API, due end of March.')] })).toContain('payments API');
  });

  it('meets "1:1" and "one on one", and a day in the plural', async () => {
    expect(await say({ user: 'when is my one on one?', memories: [memory('I have a 1:1 with my manager every Thursday at 2pm', 'message')] })).toContain('Thursday');
    expect(await say({ user: 'which day do I work from home?', memories: [memory("I'm working from home on Fridays", 'message')] })).toContain('Fridays');
  });

  it('answers "when is my safety meeting" from memory rather than the demo calendar', async () => {
    const out = await collect(model, request({ user: 'When is safety meeting', memories: [memory('Safety meeting Mondays 7am.', 'message')] }));
    expect(out.calls).toEqual([]);
    expect(out.text).toContain('Mondays 7am');
  });
});

describe('OfflineChatModel: yes/no about something of the same kind', () => {
  it('says "not that you\'ve told me" and what it knows instead', async () => {
    const text = await say({ user: 'do I have a dog?', memories: [memory('I have two cats, Milo and Otis', 'message')] });
    expect(text).toMatch(/^Not that you've told me — you told me you have two cats/);
    expect(await say({ user: 'do I speak Spanish?', memories: [memory('I speak French and German', 'message')] })).toMatch(/^Not that you've told me/);
  });

  it('answers a food habit no when the diet rules it out, and leaves "still" to memory', async () => {
    expect(await say({ user: 'do I eat cheese?', memories: [memory("I'm vegan", 'message')] })).toMatch(/^No — you're vegan, and cheese contains dairy/);
    expect(await say({ user: 'do I still eat sushi?', memories: [memory("I'm allergic to peanuts", 'message'), memory("I don't eat sushi anymore", 'message')] })).toMatch(/^No/);
  });
});

describe('OfflineChatModel: more diets', () => {
  it('knows what a low-carb diet and animal products rule out', async () => {
    expect(await say({ user: 'can I eat pasta?', memories: [memory("I'm on a low-carb diet", 'message')] })).toMatch(/^No/);
    expect(await say({ user: 'do I eat animal products?', memories: [memory("I've been vegan for three years", 'message')] })).toMatch(/^No — you're vegan/);
    expect(await say({ user: "what can't I eat?", memories: [memory("I'm gluten free because of celiac disease", 'message')] })).toContain('gluten');
  });
});

describe('OfflineChatModel: a date that moved', () => {
  it('reads "got pushed to" as the new due date', async () => {
    const text = await say({ user: 'when is the launch due now?', memories: [memory('originally it was due September 30', 'message', { createdAt: 1 }), memory('the Q3 launch got pushed to October 15', 'message', { createdAt: 2 })] });
    expect(text).toContain('October 15');
    expect(text).not.toContain('September');
  });
});

describe('OfflineChatModel: facts from one sentence answer together', () => {
  it('joins "sits next to Maria" and "grabs lunch on Wednesdays" for "who do I have lunch with?"', async () => {
    const fact = (content: string) => ({ ...memory(content), record: { ...memory(content).record, sourceIds: ['msg_1'] } });
    const text = await say({ user: 'who do I have lunch with?', memories: [fact('User sits next to Maria from finance.'), fact('User grabs lunch on Wednesdays.')] });
    expect(text).toContain('Maria');
    expect(text).toContain('lunch');
  });
});
