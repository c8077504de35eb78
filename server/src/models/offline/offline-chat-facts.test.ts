/** The offline model and the user's facts: acknowledging statements and answering questions about the user. */
import { describe, expect, it } from 'vitest';
import type { ModelMessage } from '../types';
import { memory, say } from './offline-chat-test-kit';

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

describe('OfflineChatModel: facts from one sentence answer together', () => {
  it('joins "sits next to Maria" and "grabs lunch on Wednesdays" for "who do I have lunch with?"', async () => {
    const fact = (content: string) => ({ ...memory(content), record: { ...memory(content).record, sourceIds: ['msg_1'] } });
    const text = await say({ user: 'who do I have lunch with?', memories: [fact('User sits next to Maria from finance.'), fact('User grabs lunch on Wednesdays.')] });
    expect(text).toContain('Maria');
    expect(text).toContain('lunch');
  });
});
