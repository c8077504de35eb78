import { describe, expect, it } from 'vitest';
import { formatFact, makeFact, parseFactText, thingKey } from './fact-text';
import { NlpFactExtractor } from './nlp-fact-extractor';

describe('formatFact / parseFactText', () => {
  const canonical: Array<[string, string, string]> = [
    // text, key, value
    ["User's name is Alice.", 'name', 'Alice'],
    ['User lives in Paris.', 'location', 'Paris'],
    ['User is from Lyon.', 'hometown', 'Lyon'],
    ['User works as a data engineer.', 'job', 'data engineer'],
    ['User works as an architect.', 'job', 'architect'],
    ['User works at Contoso.', 'employer', 'Contoso'],
    ["User's diet is vegetarian.", 'diet', 'vegetarian'],
    ['User is allergic to peanuts.', 'allergy:peanuts', 'peanuts'],
    ["User's favourite color is blue.", 'favourite:color', 'blue'],
    ['User likes sushi.', 'likes:sushi', 'sushi'],
    ['User dislikes mushrooms.', 'dislikes:mushrooms', 'mushrooms'],
    ['User plays the cello in a community orchestra.', 'about:play:cello', 'User plays the cello in a community orchestra'],
    ["User's brother is called Tomás.", 'about:my:brother', "User's brother is called Tomás"],
    ['User is 34.', 'about:age', 'User is 34'],
    ['User does not eat sushi anymore.', 'about:eat:sushi', 'User does not eat sushi anymore'],
  ];

  it.each(canonical)('round-trips %s', (text, key, value) => {
    const fact = parseFactText(text);
    expect(fact).toMatchObject({ key, value, text });
    expect(formatFact(fact!)).toBe(text);
  });

  it('round-trips a note and keeps its key stable', () => {
    const fact = parseFactText('User asked to remember: the meeting moved to 3pm.');
    expect(fact?.attribute).toBe('note');
    expect(fact?.value).toBe('the meeting moved to 3pm');
    expect(fact?.key).toBe(makeFact('note', 'The meeting moved to 3pm')?.key);
  });

  it('reads lenient edits (no period, American spelling, other case)', () => {
    expect(parseFactText("user's favorite colour is green")).toMatchObject({ key: 'favourite:color', value: 'green', text: "User's favourite color is green." });
    expect(parseFactText('USER LIKES the beach')).toMatchObject({ key: 'likes:beach', value: 'the beach' });
  });

  it('returns undefined for text that is not a fact sentence', () => {
    expect(parseFactText('I like sushi')).toBeUndefined();
    expect(parseFactText('The user said hello')).toBeUndefined();
    expect(parseFactText('')).toBeUndefined();
    expect(parseFactText("User's name is .")).toBeUndefined();
  });

  it('is the inverse of what the extractor produces', () => {
    const extractor = new NlpFactExtractor();
    const { set } = extractor.extract("I'm Alice, I live in Paris and I love jazz. I'm allergic to peanuts and my favourite colour is blue. Remember that the gate code is 1234.");
    expect(set.length).toBe(6);
    for (const fact of set) expect(parseFactText(fact.text)).toEqual(fact);
  });
});

describe('thingKey', () => {
  it('drops articles, possessives, case and punctuation', () => {
    expect(thingKey('The Rain!')).toBe('rain');
    expect(thingKey('their  dog')).toBe('dog');
    expect(thingKey('gluten-free bread')).toBe('gluten-free bread');
  });
});
