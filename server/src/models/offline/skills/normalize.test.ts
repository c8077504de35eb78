import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

describe('normalize', () => {
  it('spells out shorthand and repairs domain typos, leaving real words alone', () => {
    expect(normalize('waht have i tryed so far')).toBe('what have i tried so far');
    expect(normalize('can u escalte this pls')).toBe('can you escalate this please');
    expect(normalize('Whats on my plate tmrw')).toBe("What's on my plate tomorrow");
    expect(normalize('I need to protect my account')).toBe('I need to protect my account');
    expect(normalize('add it to my to-do list')).toBe('add it to my todo list');
  });
});
