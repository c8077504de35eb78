import { describe, expect, it } from 'vitest';
import { standardEnglish } from './dialect';

describe('standardEnglish', () => {
  it.each([
    ["a'm fae Dundee an ma wife's fae Perth", "I'm from Dundee and my wife's from Perth"],
    ['me da drives a taxi', 'my dad drives a taxi'],
    ['whit dae ye want', 'what do you want'],
    ['mi live inna Montego Bay', 'I live in Montego Bay'],
    ['I dey work for a bank', 'I work for a bank'],
    ['I dey Abuja now', 'I am in Abuja now'],
    ['I am having two scooters', 'I have two scooters'],
    ['am retired now', 'I am retired now'],
    ['Fiadh is the name', 'my name is Fiadh'],
    ["the name's Oyelaran", 'my name is Oyelaran'],
    ['Name: Kenji Mori, Age: 41, City: Sapporo', "my name is Kenji Mori, I'm 41, I live in Sapporo"],
    ['Ewan Grant, 38, joiner', "I'm Ewan Grant, 38, joiner"],
    ['ma sister is cried Morven an she bides in Oban', 'my sister is called Morven and she lives in Oban'],
    ['my brother na Emeka and we no get car', "my brother is Emeka and we don't have car"],
    ['na Ibadan I grow up', 'I grew up in Ibadan'],
    ['fit I chop suya tonight?', 'can I eat suya tonight?'],
    ['I dey stay for Ikeja', 'I stay in Ikeja'],
    ["wot's me mum called", "what's my mum called"],
    ["man's from Tottenham", "I'm from Tottenham"],
    ['the whole street knows me as Tiny', 'the whole street call me Tiny'],
  ])('"%s" → "%s"', (said, standard) => {
    expect(standardEnglish(said)).toBe(standard);
  });

  it.each(['I get up at 6 on weekdays', 'call me Dad', 'I love Leonardo da Vinci', 'the wi-fi keeps dropping', 'What is the name of my cat?', 'Daughter Maeve, 9.', 'Ah, I see', 'New Zealand, a lovely place'])(
    '"%s" stays as it is',
    (said) => {
      expect(standardEnglish(said)).toBe(said);
    },
  );
});
