import { describe, expect, it } from 'vitest';
import { NlpFactExtractor } from './nlp-fact-extractor';

const extractor = new NlpFactExtractor();

/** `key → text` of every fact set, for compact expectations. */
function setOf(text: string): Record<string, string> {
  return Object.fromEntries(extractor.extract(text).set.map((f) => [f.key, f.text]));
}

describe('NlpFactExtractor: single facts', () => {
  const cases: Array<[string, Record<string, string>]> = [
    // name
    ['My name is Alice', { name: "User's name is Alice." }],
    ["My name's alice smith.", { name: "User's name is Alice Smith." }],
    ["I'm Alice", { name: "User's name is Alice." }],
    ["Hi I'm Bob", { name: "User's name is Bob." }],
    ['call me Al', { name: "User's name is Al." }],
    ['You can call me Al', { name: "User's name is Al." }],
    ['actually my name is Bob', { name: "User's name is Bob." }],
    // location
    ['I live in Paris', { location: 'User lives in Paris.' }],
    ['i live in new york city', { location: 'User lives in New York City.' }],
    ['I moved to Berlin last year', { location: 'User lives in Berlin.' }],
    ["I'm based in Seattle", { location: 'User lives in Seattle.' }],
    ["I'm from Lyon", { hometown: 'User is from Lyon.' }],
    ["I'm from Lyon but I live in Paris now", { hometown: 'User is from Lyon.', location: 'User lives in Paris.' }],
    ['originally from porto, living in lyon these days', { hometown: 'User is from Porto.', location: 'User lives in Lyon.' }],
    // job and employer
    ['I work as a data engineer', { job: 'User works as a data engineer.' }],
    ['I work at Contoso as a data engineer', { employer: 'User works at Contoso.', job: 'User works as a data engineer.' }],
    ["I'm a teacher", { job: 'User works as a teacher.' }],
    ["I'm an architect", { job: 'User works as an architect.' }],
    ['My job is nurse', { job: 'User works as a nurse.' }],
    ['I work at Contoso', { employer: 'User works at Contoso.' }],
    ['I work for Contoso', { employer: 'User works at Contoso.' }],
    ['I work as a data engineer at Contoso', { job: 'User works as a data engineer.', employer: 'User works at Contoso.' }],
    ["I'm a nurse at St Mary's", { job: 'User works as a nurse.', employer: "User works at St Mary's." }],
    ['I left Contoso and joined Fabrikam', { employer: 'User works at Fabrikam.' }],
    // diet
    ["I'm vegetarian", { diet: "User's diet is vegetarian." }],
    ['I am vegan', { diet: "User's diet is vegan." }],
    ["I'm a pescetarian", { diet: "User's diet is pescatarian." }],
    ["I don't eat meat", { diet: "User's diet is vegetarian." }],
    ["I don't eat meat but I eat fish", { diet: "User's diet is pescatarian." }],
    ["I don't eat animal products", { diet: "User's diet is vegan." }],
    ["I'm on a keto diet", { diet: "User's diet is keto." }],
    // allergies
    ["I'm allergic to peanuts", { 'allergy:peanuts': 'User is allergic to peanuts.' }],
    ['I have a shellfish allergy', { 'allergy:shellfish': 'User is allergic to shellfish.' }],
    ['I have a severe peanut allergy', { 'allergy:peanuts': 'User is allergic to peanuts.' }],
    [
      "I'm allergic to peanuts, shellfish and eggs",
      {
        'allergy:peanuts': 'User is allergic to peanuts.',
        'allergy:shellfish': 'User is allergic to shellfish.',
        'allergy:eggs': 'User is allergic to eggs.',
      },
    ],
    // favourites
    ['my favourite color is blue', { 'favourite:color': "User's favourite color is blue." }],
    ['My favorite colour is dark green', { 'favourite:color': "User's favourite color is dark green." }],
    ['blue is my favorite color', { 'favourite:color': "User's favourite color is blue." }],
    ['my favourite food is fish and chips', { 'favourite:food': "User's favourite food is fish and chips." }],
    ['My favourite movies are the Matrix films', { 'favourite:movie': "User's favourite movie is the Matrix films." }],
    // likes
    ['I like sushi', { 'likes:sushi': 'User likes sushi.' }],
    ['I love jazz a lot', { 'likes:jazz': 'User likes jazz.' }],
    ['I love hiking on weekends.', { 'likes:hiking': 'User likes hiking.' }],
    ['I really enjoy hiking and reading', { 'likes:hiking': 'User likes hiking.', 'likes:reading': 'User likes reading.' }],
    ['I like to cook', { 'likes:cooking': 'User likes cooking.' }],
    ["I'm a big fan of jazz", { 'likes:jazz': 'User likes jazz.' }],
    ["I'm a coffee lover", { 'likes:coffee': 'User likes coffee.' }],
    ['I love my dog', { 'likes:dog': 'User likes their dog.' }],
    // dislikes
    ["I don't like mushrooms", { 'dislikes:mushrooms': 'User dislikes mushrooms.' }],
    ['I hate mushrooms', { 'dislikes:mushrooms': 'User dislikes mushrooms.' }],
    ['I dislike mushrooms', { 'dislikes:mushrooms': 'User dislikes mushrooms.' }],
    ["I can't stand olives", { 'dislikes:olives': 'User dislikes olives.' }],
    ["I'm not a fan of olives", { 'dislikes:olives': 'User dislikes olives.' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    // Slot facts exactly; an open-ended statement may come on top ("I left Contoso").
    const slots = Object.fromEntries(Object.entries(setOf(text)).filter(([key]) => !key.startsWith('about:')));
    expect(slots).toEqual(expected);
  });
});

describe('NlpFactExtractor: several facts in one message', () => {
  it('extracts every statement', () => {
    expect(setOf("I'm Alice, I live in Paris and I love jazz")).toEqual({
      name: "User's name is Alice.",
      location: 'User lives in Paris.',
      'likes:jazz': 'User likes jazz.',
    });
  });

  it('handles a shared subject ("… and work at …") and mixed likes and dislikes', () => {
    expect(setOf('I live in Paris and work at Contoso')).toEqual({ location: 'User lives in Paris.', employer: 'User works at Contoso.' });
    expect(setOf('I love jazz and hate mushrooms')).toEqual({ 'likes:jazz': 'User likes jazz.', 'dislikes:mushrooms': 'User dislikes mushrooms.' });
  });

  it('keeps statements and skips the question in the same message', () => {
    expect(setOf("I'm Alice. What's the weather in Paris?")).toEqual({ name: "User's name is Alice." });
    expect(setOf("I'm Alice, what's your name?")).toEqual({ name: "User's name is Alice." });
  });

  it('returns the full Fact shape', () => {
    const [fact] = extractor.extract('my favourite colour is Blue').set;
    expect(fact).toEqual({ key: 'favourite:color', attribute: 'favourite', subject: 'color', value: 'Blue', text: "User's favourite color is Blue." });
  });
});

describe('NlpFactExtractor: corrections and negations', () => {
  const cases: Array<[string, string[], string[]]> = [
    // text, keys set, keys removed
    ["I'm not vegetarian anymore", [], ['diet']],
    ["I'm no longer vegan", [], ['diet']],
    ["I'm not vegan, I'm vegetarian", ['diet'], []],
    ["I don't live in Paris anymore", [], ['location']],
    ["I'm not allergic to peanuts anymore", [], ['allergy:peanuts']],
    ["I'm not a teacher anymore", [], ['job']],
    ['I no longer work at Contoso', [], ['employer']],
    ["my favourite colour isn't blue anymore", [], ['favourite:color']],
    ['I no longer like sushi', [], ['likes:sushi']],
    ["I don't like mushrooms", ['dislikes:mushrooms'], ['likes:mushrooms']],
    ["I really don't like olives anymore", ['dislikes:olives'], ['likes:olives']],
    ['I love mushrooms now', ['likes:mushrooms'], ['dislikes:mushrooms']],
    ['I quit my job', [], ['employer', 'job']],
  ];
  it.each(cases)('%s', (text, setKeys, removed) => {
    const update = extractor.extract(text);
    expect(update.set.map((f) => f.key).sort()).toEqual([...setKeys].sort());
    expect([...update.remove].sort()).toEqual([...removed].sort());
  });

  it('a correction gives the new value for the same slot', () => {
    expect(extractor.extract('My name is Alice').set[0].key).toBe('name');
    const corrected = extractor.extract('Actually, my name is Bob');
    expect(corrected.set).toHaveLength(1);
    expect(corrected.set[0]).toMatchObject({ key: 'name', value: 'Bob' });
  });

  it('the later statement wins inside one message', () => {
    expect(setOf('I live in Paris. Actually, I moved to Berlin')).toEqual({ location: 'User lives in Berlin.' });
  });
});

describe('NlpFactExtractor: notes', () => {
  it('keeps "remember that …" as a note with a stable key', () => {
    const a = extractor.extract('Remember that the meeting moved to 3pm.').set;
    const b = extractor.extract('please remember that the meeting moved to 3pm').set;
    expect(a).toHaveLength(1);
    expect(a[0].attribute).toBe('note');
    expect(a[0].text).toBe('User asked to remember: the meeting moved to 3pm.');
    expect(a[0].key).toMatch(/^note:[0-9a-f]{8}$/);
    expect(b[0].key).toBe(a[0].key);
    expect(extractor.extract('remember that the meeting moved to 4pm').set[0].key).not.toBe(a[0].key);
  });

  it('accepts other phrasings', () => {
    expect(setOf("Don't forget: dentist on Friday at 10")).toEqual({ [extractor.extract("Don't forget: dentist on Friday at 10").set[0].key]: 'User asked to remember: dentist on Friday at 10.' });
    expect(Object.values(setOf('Can you remember that my locker code is 4512?'))).toEqual(["User's locker code is 4512."]);
  });

  it('turns a remembered first-person statement into the fact itself', () => {
    expect(setOf("Remember that I'm allergic to peanuts")).toEqual({ 'allergy:peanuts': 'User is allergic to peanuts.' });
  });
});

describe('NlpFactExtractor: nothing to extract', () => {
  const cases = [
    "what's my name?",
    'do I like sushi?',
    'where do I live',
    'Am I vegetarian?',
    'Can you remember my name?',
    'My friend thinks I am vegan',
    'Bob likes tea',
    "I'd like a coffee",
    "I'm tired",
    "I'm not sure",
    'I like it',
    'I love you',
    'If I lived in Paris I would be happy',
    "what's the weather in Paris?",
    '',
    '    ',
  ];
  it.each(cases)('%j', (text) => {
    expect(extractor.extract(text)).toEqual({ set: [], remove: [] });
  });

  it.each([
    ['my friend is vegan', "User's friend is vegan."],
    ["My wife's name is Carol", "User's wife's name is Carol."],
    ["I'm French", 'User is French.'],
  ])('%j is about someone else or no slot: an open-ended statement, never a slot', (text, statement) => {
    const update = extractor.extract(text);
    expect(update.set.map((f) => [f.attribute, f.text])).toEqual([['about', statement]]);
  });

  it('reads "I used to …" as something no longer true', () => {
    const update = extractor.extract('I used to live in Paris');
    expect(update.withdraw).toEqual(['paris']);
    expect(update.set.map((f) => [f.attribute, f.text])).toEqual([['about', 'User used to live in Paris.']]);
  });
});

describe('NlpFactExtractor: said another way', () => {
  const cases: Array<[string, Record<string, string>]> = [
    // where the user is from, and where they live now
    ['I hail from Cork', { hometown: 'User is from Cork.' }],
    ["I'm a Cork native living in Dublin", { hometown: 'User is from Cork.', location: 'User lives in Dublin.' }],
    ['moved up to Dublin from Cork a few years back', { location: 'User lives in Dublin.', hometown: 'User is from Cork.' }],
    ['Cork is where I grew up but home is Dublin now', { hometown: 'User is from Cork.', location: 'User lives in Dublin.' }],
    ['I moved to Lisbon two years ago', { location: 'User lives in Lisbon.' }],
    // a new workplace
    ["I quit Deloitte. Now I'm with KPMG", { 'about:quit:deloitte': 'User quits Deloitte.', employer: 'User works at KPMG.' }],
    ["I've moved schools, now teaching at Riverside Academy", { employer: 'User works at Riverside Academy.' }],
    ['just started a new job at Bosch', { employer: 'User works at Bosch.' }],
    ['im a gear rental tech at summit outfitters now', { job: 'User works as a gear rental tech.', employer: 'User works at Summit outfitters.' }],
    // learners' English
    ['Hello, I am Emre, I have 38 years and I am working as nurse in Salford Royal hospital.', { name: "User's name is Emre.", 'about:age': 'User is 38.', job: 'User works as a nurse.', employer: 'User works at Salford Royal Hospital.' }],
    ['just turned 30 last week!', { 'about:age': 'User just turned 30 last week.' }],
    ["I'm Raj, a 31-year-old accountant from Mumbai living in London", { name: "User's name is Raj.", job: 'User works as an accountant.', 'about:age': 'User is 31.', hometown: 'User is from Mumbai.', location: 'User lives in London.' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(setOf(text)).toEqual(expected);
  });

  it('is not fooled into a name, a job or an employer', () => {
    expect(setOf("I'm vegetarian, have been since high school")).toEqual({ diet: "User's diet is vegetarian." });
    expect(Object.keys(setOf("I'm coeliac"))).not.toContain('name');
    expect(Object.keys(setOf("I'm a regular at the gym"))).not.toContain('employer');
    expect(Object.keys(setOf('Dog named Ranger. Black lab.'))).not.toContain('job');
    expect(Object.keys(setOf("I'm with Sarah now"))).not.toContain('employer');
  });
});

describe('NlpFactExtractor: what a message sets aside', () => {
  const withdrawn = (text: string) => extractor.extract(text).withdraw ?? [];
  it.each([
    ['Luna sadly died, we adopted a rescue dog called Biscuit', ['luna']],
    ['Traded in the Civic for a Tesla Model 3', ['civic']],
    ["I've given up coffee, it's green tea for me now", ['coffee']],
    ['actually it\'s Radiohead these days, not Coldplay', ['coldplay']],
    ['These days I prefer sparkling water over Pepsi', ['pepsi']],
  ])('%s', (text, things) => {
    expect(withdrawn(text)).toEqual(things);
  });

  it('keeps a plain comparison from withdrawing anything', () => {
    expect(withdrawn('I prefer cats over dogs')).toEqual([]);
  });
});

describe('NlpFactExtractor: names, origins and new jobs said loosely', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ["I'm Oluwaseun Adeyemi", { name: "User's name is Oluwaseun Adeyemi." }],
    ['hello, myself Lakshmi Narayanan Pillai', { name: "User's name is Lakshmi Narayanan Pillai." }],
    ['My name is Tadhg Ó Briain, everybody calls me Teddy', { name: "User's name is Tadhg Ó Briain.", 'about:go:teddy': 'User goes by Teddy.' }],
    ['My name is Zsófia Horváth, but call me Zsofi', { name: "User's name is Zsófia Horváth.", 'about:go:zsofi': 'User goes by Zsofi.' }],
    ["Hi, I'm Anneke de Vries from Utrecht", { name: "User's name is Anneke de Vries.", hometown: 'User is from Utrecht.' }],
    ['I am born in 1991 in Kraków', { hometown: 'User is from Kraków.', 'about:born': 'User was born in 1991.' }],
    ['From 2nd of next month I have joined Orbital Freight as Head of Data', { job: 'User works as a Head of Data.', employer: 'User works at Orbital Freight.' }],
    ['we make dosa every Sunday with the kids, that is our favourite breakfast', { 'about:make:dosa': 'User makes dosa every Sunday with their kids.', 'favourite:breakfast': "User's favourite breakfast is Dosa." }],
    ['I work in Oslo and I love ramen, it is my favourite food', { 'favourite:food': "User's favourite food is ramen.", 'likes:ramen': 'User likes ramen.', 'about:work:oslo': 'User works in Oslo.' }],
    ['New role. Site engineer, Lakeview Civils.', { job: 'User works as a Site engineer.', employer: 'User works at Lakeview Civils.' }],
    ['I have accepted the position of Chief Actuary at Northgate Mutual', { job: 'User works as a Chief Actuary.', employer: 'User works at Northgate Mutual.' }],
    ['quit the bakery. started at Pinecrest Hotel yesterday, pastry chef', { 'about:quit:bakery': 'User quits the bakery.', employer: 'User works at Pinecrest Hotel.', job: 'User works as a pastry chef.' }],
    ['sold the flat in Leith, renting in Portobello now', { location: 'User lives in Portobello.', 'about:sell:leith': 'User sold the flat in Leith.' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(setOf(text)).toEqual(expected);
  });

  it('drops the old employer when a new job comes without one', () => {
    const update = extractor.extract('big news, I quit the agency, I work as a freelance illustrator now');
    expect(update.remove).toContain('employer');
    expect(update.set.find((f) => f.key === 'job')?.value).toBe('freelance illustrator');
  });
});

describe('NlpFactExtractor: a negation denies only what follows it', () => {
  it('withdraws the thing after the negation, not the rest of the clause', () => {
    expect(extractor.extract("I've reset the modem twice and also swapped the cable, didn't change anything").withdraw ?? []).not.toContain('modem');
    expect(extractor.extract("I don't drink whisky anymore").withdraw).toContain('whisky');
  });
});

describe('NlpFactExtractor: one role, whichever word names it', () => {
  it('keys "my boss", "my manager" and "the new head of …" alike, so the new one replaces the old', () => {
    const key = (text: string) => extractor.extract(text).set.map((f) => f.key);
    expect(key('my manager is Priya Das')).toEqual(['about:my:boss']);
    expect(key('my boss is Tomas')).toEqual(['about:my:boss']);
    expect(key('Dana retired, and the new head of finance is Olu Bello')).toContain('about:my:boss');
  });
});
