import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { isProblemStatement, stepsIn } from './troubleshooting';

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
    // Things that ceased to work, in everyday words.
    for (const text of ['my headset microphone stopped working after the update', 'the scanner quit responding this morning', 'the call keeps cutting out', 'my wifi cuts out every evening', 'nobody can hear me in meetings']) {
      expect(isProblemStatement(text), text).toBe(true);
    }
    for (const text of ['I stopped drinking coffee', 'no one told me about the party', 'I quit smoking last year']) expect(isProblemStatement(text), text).toBe(false);
  });
});
