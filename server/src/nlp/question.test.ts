import { describe, expect, it } from 'vitest';
import { plainQuestion } from './normalize';
import { opensQuestion } from './question';

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
