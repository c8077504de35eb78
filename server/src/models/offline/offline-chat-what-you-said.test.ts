/** The offline model quoting what the user said: "what did I say about X", what was replaced, and yes/no from a message. */
import { describe, expect, it } from 'vitest';
import type { ModelMessage } from '../types';
import { withoutReplaced } from './answer-from-memory';
import { memory, say } from './offline-chat-test-kit';

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
