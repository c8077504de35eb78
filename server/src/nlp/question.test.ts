import { describe, expect, it } from 'vitest';
import { plainQuestion } from './normalize';
import { asksInPlace, frontedQuestion, opensQuestion } from './question';

describe('opensQuestion', () => {
  it.each(['where do i work', 'is it still broken', 'do you know my name', 'have I told you about Rex', 'can you help', 'whats my name'])('"%s" opens a question', (s) => {
    expect(opensQuestion(s)).toBe(true);
  });

  it.each(['is a MacBook Pro M3, macOS 14.4', 'have tried rebooting twice', 'has been down since monday', 'did a factory reset', 'was working yesterday', 'do not eat pork', 'am a teacher', 'is crashing again'])(
    '"%s" is a statement that dropped its subject',
    (s) => {
      expect(opensQuestion(s)).toBe(false);
    },
  );
});

describe('plainQuestion: a bare noun phrase', () => {
  it.each([
    ['Age?', 'what is my age?'],
    ['My name?', 'what is my name?'],
    ['Crew size?', 'what is my crew size?'],
    ['Employer?', 'what is my employer?'],
  ])('"%s" asks "%s"', (asked, plain) => {
    expect(plainQuestion(asked)).toBe(plain);
  });

  it.each(['Really?', 'ok?', 'Thanks?', 'Any pets?', 'Why?'])('"%s" is left as it is', (asked) => {
    expect(plainQuestion(asked)).toBe(asked);
  });
});

describe('asksInPlace and frontedQuestion: the question word where the answer goes', () => {
  it.each([
    ['our standup is when', 'when is our standup?'],
    ['the client for Bluebird is who', 'who is the client for Bluebird?'],
    ['the migration is due on which date', 'which date the migration is due on?'],
    ['release freeze starts what day', 'what day release freeze starts?'],
    ['from which city my wife comes', 'which city my wife comes from?'],
    ['until when the audit must be finished', 'when the audit must be finished until?'],
    ['the booking reference is what, please confirm.', 'what is the booking reference?'],
  ])('"%s" asks "%s"', (asked, fronted) => {
    expect(asksInPlace(asked)).toBe(true);
    expect(frontedQuestion(asked)).toBe(fronted);
  });

  it('reads "whereabouts" as "where"', () => {
    expect(opensQuestion('whereabouts is my office')).toBe(true);
    expect(frontedQuestion('whereabouts is my office')).toBe('where is my office?');
  });

  it.each(['I know what time it is', "I'm not sure which day suits me", 'I wonder who will win', "that's what I said", 'I live in what used to be a barn', 'the thing is what I wanted'])(
    '"%s" is a statement',
    (s) => {
      expect(asksInPlace(s)).toBe(false);
    },
  );
});

describe('opensQuestion: a time clause before a statement', () => {
  it.each(['When it rains, the roof leaks', 'when I plug it in, the fan spins up', 'Where the cable enters, there is a crack'])('"%s" is a statement', (s) => {
    expect(opensQuestion(s)).toBe(false);
  });
  it.each(['when is the engineer coming', 'where does it leak, exactly', 'how many times has it failed, roughly'])('"%s" is a question', (s) => {
    expect(opensQuestion(s)).toBe(true);
  });
});

describe('plainQuestion: tags and topics around the question', () => {
  it.each([
    ['so is the boiler fixed or what', 'is the boiler fixed?'],
    ['can I drink beer or not', 'can I drink beer?'],
    ['olives, am I a fan', 'do I like olives?'],
    ['remind me how old I am', 'how old am I'],
  ])('"%s" → "%s"', (asked, plain) => {
    expect(plainQuestion(asked)).toBe(plain);
  });
});
