import { describe, expect, it } from 'vitest';
import { kindsOf } from './lexicon';
import { matchScore, questionShape } from './statement-match';

describe('kindsOf (WordNet)', () => {
  it('knows what everyday nouns are a kind of', () => {
    expect(kindsOf('cilantro').has('herb')).toBe(true);
    expect(kindsOf('ukulele').has('instrument')).toBe(true);
    expect(kindsOf('minivan').has('car')).toBe(true);
    expect(kindsOf('corgi').has('dog')).toBe(true);
    expect(kindsOf('allergy').has('reaction')).toBe(true);
  });

  it('finds the first and the last word of the index, and nothing for words it lacks', () => {
    expect(kindsOf('aardvark').has('mammal')).toBe(true);
    expect(kindsOf('zebra').has('mammal')).toBe(true);
    expect(kindsOf('qwertyuiop').size).toBe(0);
    expect(kindsOf('').size).toBe(0);
  });

  it('leaves out kinds too broad to mean anything', () => {
    expect(kindsOf('cello').has('entity')).toBe(false);
    expect(kindsOf('cello').has('artifact')).toBe(false);
  });
});

describe('matchScore with WordNet', () => {
  it('answers a category question with a word nobody listed', () => {
    expect(matchScore(questionShape('what herb do I hate?'), 'User dislikes cilantro.')).toBeGreaterThanOrEqual(0.6);
  });

  it('reads a compound as itself: grilled sea bass is no instrument', () => {
    expect(matchScore(questionShape('which instrument do I play?'), 'my favourite food is grilled sea bass')).toBe(0);
    expect(matchScore(questionShape('do I like sea bass?'), 'my favourite food is grilled sea bass')).toBeGreaterThan(0.6);
    expect(matchScore(questionShape('what sort of dog do I have?'), 'we have a springer spaniel called Bramble')).toBeGreaterThan(0.6);
  });
});

describe('kindsOf: the head of a multiword kind', () => {
  it('counts "musical instrument" as an instrument but "person of color" as no colour', () => {
    expect(kindsOf('ukulele').has('instrument')).toBe(true);
    expect(kindsOf('thai').has('color')).toBe(false);
  });
});
