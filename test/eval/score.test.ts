/** The scorer must be right before its score means anything: the matching rules of score.ts. */
import { describe, expect, it } from 'vitest';
import { check, firstSentence, known, mentions, no, unknown, withoutEcho, yes } from './score';

describe('mentions', () => {
  it('matches whole words only, ignoring case and accents', () => {
    expect(mentions('You live in Porto.', 'porto')).toBe(true);
    expect(mentions('You live in São Paulo', 'Sao Paulo')).toBe(true);
    expect(mentions("I don't know", 'no')).toBe(false);
    expect(mentions('You said Portobello', 'Porto')).toBe(false);
    expect(mentions('Your sister is 17', '7')).toBe(false);
    expect(mentions('You are eleven', 'eleven')).toBe(true);
  });

  it('lets a number carry a unit and a starred term be a prefix', () => {
    expect(mentions('You sleep 9am to 4pm', '9')).toBe(true);
    expect(mentions('You sleep 9am to 4pm', '4')).toBe(true);
    expect(mentions('I have escalated it', 'escalat*')).toBe(true);
    expect(mentions('You are allergic to peanuts', 'peanut*')).toBe(true);
    expect(mentions('You are allergic to peanuts', 'peanut')).toBe(false);
  });

  it('treats curly and straight apostrophes alike and any run of spaces as one', () => {
    expect(mentions('You haven’t told me', "haven't told")).toBe(true);
    expect(mentions('a Pixel\u00a08 phone', 'Pixel 8')).toBe(true);
  });
});

describe('check', () => {
  it('needs every must group and no mustNot term', () => {
    expect(check('You live in Lyon.', known([['Lyon']], ['Paris'])).ok).toBe(true);
    const stale = check('You live in Lyon, before that Paris.', known([['Lyon']], ['Paris']));
    expect(stale).toEqual({ ok: false, failed: ['mustNot: has "Paris"'] });
    expect(check('You live in Paris.', known([['Lyon']])).failed).toEqual(['must: none of "Lyon"']);
  });

  it('does not count an echo of the question as an answer', () => {
    const echo = 'Noted: “Can you escalate this?” It is saved in this conversation.';
    expect(withoutEcho(echo, 'Can you escalate this?')).not.toContain('escalate');
    expect(check(echo, known([['escalat*']]), 'Can you escalate this?').ok).toBe(false);
    expect(check('I have escalated ticket 123.', known([['escalat*']]), 'Can you escalate this?').ok).toBe(true);
  });

  it('wants the yes or no of a yes/no question in the first sentence', () => {
    expect(firstSentence('No — you told me. Anything else?')).toBe('No — you told me.');
    expect(check("No — you told me you don't like olives.", no()).ok).toBe(true);
    expect(check('You told me you can’t stand olives.', no()).ok).toBe(true);
    expect(check('Your calendar for Tuesday:\n- 10:15 standup\n_(Demo data — not your real calendar.)_', no()).ok).toBe(false);
    expect(check("I don't know whether you like olives.", no()).ok).toBe(false);
    expect(check("You haven't told me whether you like olives.", no()).ok).toBe(false);
    expect(check('Yes, you like olives.', no()).ok).toBe(false);
    expect(check("You're vegan.", no({ accept: ['vegan'] })).ok).toBe(true);
    expect(check('Yes — you love hiking.', yes()).ok).toBe(true);
    expect(check("You haven't told me whether you like hiking.", yes()).ok).toBe(false);
  });

  it('wants an admission for what was never said, and no invented value', () => {
    expect(check("You haven't told me your dog's name yet.", unknown(['Rex'])).ok).toBe(true);
    expect(check('Your dog is called Rex.', unknown(['Rex'])).failed).toEqual(['must: none of NOT_KNOWN', 'mustNot: has "Rex"']);
  });
});
