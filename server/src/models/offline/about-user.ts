/**
 * Questions about the user's named slots (name, home, job, diet, allergies, favourites, likes),
 * answered only from the facts the model was given. An answer says whether it is `known`: when
 * it is not, the offline model first looks for the answer among the user's other statements
 * (`answer-from-memory.ts`) and only then says plainly that it was not told; it never guesses.
 */
import nlp from '../../nlp/compromise';
import { favouriteSubject, thingKey } from '../../nlp/facts/fact-text';
import type { Fact } from '../../nlp/facts/types';
import { foodsIn } from '../../nlp/food';
import { contentTerms } from '../../nlp/terms';
import { factsOf, type FactMap } from './known-facts';
import { listing, sentence, youPhrase } from './phrases';

type View = ReturnType<typeof nlp>;

/** A reply and whether it rests on something the user said (false: "you haven't told me"). */
export interface SlotAnswer {
  text: string;
  known: boolean;
}

const known = (text: string): SlotAnswer => ({ text, known: true });
const notTold = (text: string): SlotAnswer => ({ text, known: false });

const FAVOURITE = '(favourite|favorite|fave)';
const DIETS = '(vegetarian|vegan|pescatarian|pescetarian|flexitarian|keto|paleo|halal|kosher)';

/** Order in which "what do you know about me?" lists facts. */
const ORDER: Fact['attribute'][] = ['name', 'location', 'job', 'employer', 'diet', 'allergy', 'favourite', 'likes', 'dislikes', 'about', 'note'];

function group(doc: View, pattern: string, name = 'x'): string | undefined {
  const m = doc.match(pattern);
  if (!m.found) return undefined;
  const g = m.groups(name) as View | undefined;
  return g?.text().replace(/[?.!]+$/, '').trim() || undefined;
}

function answerSingle(facts: FactMap, key: 'name' | 'location' | 'job' | 'employer', unknown: string): SlotAnswer {
  const fact = facts.get(key);
  return fact ? known(sentence(youPhrase(fact))) : notTold(unknown);
}

/** The name, and the name the user goes by when they gave one ("Margit Kovács — you go by Gigi"). */
function nameAnswer(facts: FactMap): SlotAnswer {
  const called = factsOf(facts, 'about').map((f) => f.text.match(/^User goes by (.+?)\.?$/)?.[1]).find(Boolean);
  const name = facts.get('name');
  if (name && called) return known(`Your name is ${name.value}, and you go by ${called}.`);
  if (called) return known(`You go by ${called}.`);
  return answerSingle(facts, 'name', "You haven't told me your name yet.");
}

/** "Where do I live?" is the current city; "where am I from?" the hometown. Each mentions the other when only that one is known. */
function placeAnswer(facts: FactMap, origin: boolean): SlotAnswer {
  const lives = facts.get('location');
  const from = facts.get('hometown');
  if (origin) {
    if (from) return known(`You told me you're from ${from.value}${lives && lives.value !== from.value ? `, and that you live in ${lives.value} now` : ''}.`);
    return lives ? notTold(`You haven't told me where you're from originally — only that you live in ${lives.value}.`) : notTold("You haven't told me where you're from.");
  }
  if (lives) return known(`You live in ${lives.value}${from && from.value !== lives.value ? ` (originally from ${from.value})` : ''}.`);
  return from ? notTold(`You told me you're from ${from.value}, but not where you live now.`) : notTold("You haven't told me where you live yet.");
}

/** Statements about intolerances and conditions ("User is lactose intolerant.", "User has celiac."), in the second person. */
function healthNotes(facts: FactMap): string[] {
  return factsOf(facts, 'about')
    .filter((f) => /intoleran|allerg|celiac|coeliac|gluten|lactose|dairy|diabet|sensitiv/i.test(f.text) && !/\b(?:not|no longer)\b.*\b(?:allergic|intolerant)\b/i.test(f.text))
    .map((f) => sentence(youPhrase(f)));
}

function dietAnswer(facts: FactMap, asked?: string): SlotAnswer {
  const diet = facts.get('diet');
  const allergies = factsOf(facts, 'allergy').map((f) => f.value);
  const notes = healthNotes(facts);
  const allergyText = (allergies.length ? ` You're also allergic to ${listing(allergies)}.` : '') + (notes.length ? ` ${notes.join(' ')}` : '');
  if (asked) {
    const wanted = asked.toLowerCase() === 'pescetarian' ? 'pescatarian' : asked.toLowerCase();
    if (!diet) return notTold(`You haven't told me whether you're ${wanted}.${allergyText}`);
    if (diet.value.toLowerCase() === wanted) return known(`Yes — ${youPhrase(diet)}.${allergyText}`);
    return known(`No — you told me ${youPhrase(diet)}.${allergyText}`);
  }
  if (!diet && !allergies.length && !notes.length) return notTold("You haven't told me about your diet or any allergies yet.");
  if (!diet && !allergies.length) return known(notes.join(' '));
  if (!diet) return known(`You're allergic to ${listing(allergies)}.${notes.length ? ` ${notes.join(' ')}` : ''}`);
  return known(`${sentence(youPhrase(diet))}${allergyText}`);
}

function allergyAnswer(facts: FactMap, asked?: string): SlotAnswer {
  const allergies = factsOf(facts, 'allergy');
  if (asked) {
    const key = thingKey(asked);
    const hit = allergies.find((f) => thingKey(f.value) === key || thingKey(f.value).replace(/s$/, '') === key.replace(/s$/, ''));
    if (hit) return known(`Yes — you told me you're allergic to ${hit.value}.`);
    // One answer, not two: the allergies that are known are the reason for the "no".
    if (allergies.length) return known(`Not to ${asked}, as far as I know — the allergies you told me about are ${listing(allergies.map((f) => f.value))}.`);
    return notTold(`You haven't told me about any allergies.`);
  }
  const notes = healthNotes(facts);
  if (!allergies.length) return notes.length ? known(notes.join(' ')) : notTold("You haven't told me about any allergies.");
  return known(`You're allergic to ${listing(allergies.map((f) => f.value))}.${notes.length ? ` ${notes.join(' ')}` : ''}`);
}

function likeAnswer(facts: FactMap, thing: string): SlotAnswer {
  const key = thingKey(thing);
  const singular = key.replace(/s$/, '');
  const find = (attr: 'likes' | 'dislikes') =>
    factsOf(facts, attr).find((f) => {
      const k = thingKey(f.value);
      return k === key || k.replace(/s$/, '') === singular;
    });
  const liked = find('likes');
  if (liked) return known(`Yes — you told me you like ${liked.value}.`);
  const disliked = find('dislikes');
  if (disliked) return known(`No — you told me you don't like ${disliked.value}.`);
  const favourite = factsOf(facts, 'favourite').find((f) => thingKey(f.value) === key);
  if (favourite) return known(`Yes — it's your favourite ${favourite.subject}.`);
  return notTold(`You haven't told me whether you like ${thing}.`);
}

function everything(facts: FactMap): SlotAnswer {
  const sorted = [...facts.values()].sort((a, b) => ORDER.indexOf(a.attribute) - ORDER.indexOf(b.attribute));
  if (sorted.length === 0) {
    return notTold("I don't know anything about you yet. Tell me something — your name, where you live, or what you like — and I'll remember it.");
  }
  return known(`Here's what I know about you:\n${sorted.map((f) => `- ${sentence(youPhrase(f))}`).join('\n')}`);
}

/**
 * Answers a question about the user, or returns undefined when the text is not one.
 * `facts` already includes what the current message stated.
 */
export function answerAboutUser(text: string, facts: FactMap): SlotAnswer | undefined {
  const doc = nlp(text.toLowerCase());
  return byPattern(doc, facts) ?? byCue(text.toLowerCase(), facts);
}

/**
 * The slot a question is about, from the words it uses rather than its exact shape: "which city
 * did I grow up in?", "which food allergy have I got", "what line of work am I in". Only for
 * questions that ask about the user ("I", "my", "me").
 */
const CUES: Array<{ re: RegExp; answer: (facts: FactMap) => SlotAnswer }> = [
  { re: /\b(?:grow|grew|grown|brought|raised) up\b|\bbrought up\b|\braised\b|\bchildhood\b|\bas a (?:kid|child)\b|(?<!\b(?:when|year|date|day|month)\b.*)\bborn\b|\bbirth ?place\b|\bhome ?town\b|\boriginally\b|\bcome from\b|\broots\b|\bhail from\b|\bnative\b|\bwhere\b.*\bfrom\b/, answer: (f) => placeAnswer(f, true) },
  { re: /\b(?:allerg\w*|intoleran\w*)/, answer: (f) => allergyAnswer(f) },
  { re: /\b(?:diet|dietary|vegetarian|vegan|pescatarian|keto|halal|kosher|eat meat|food rules?)\b/, answer: (f) => dietAnswer(f) },
  { re: /\b(?:company|employer|firm|employed|work for|work at|working for|working at)\b|^where\b.*\b(?:job|work)\b/, answer: (f) => employerAnswer(f) },
  { re: /\b(?:job|profession|occupation|career|job title|line of work|for a living|a living|do for work|earn|position|role|title|promotion|promoted)\b/, answer: (f) => jobAnswer(f) },
  // "work from home" is how the user works, not where they live.
  { re: /\b(?:live|living|reside|residing|based|(?<!from )home)\b(?!\s+with\b)/, answer: (f) => placeAnswer(f, false) },
  { re: /\bmy (?:last|family|second) name\b|\bmy surname\b/, answer: (f) => lastNameAnswer(f) },
  { re: /\bmy (?:full |real |first |last |good |proper )?name\b|\bwho am i\s*\??$|\bcalled me\b|\b(?:address|call) me\b|\bcalling me\b|\bnick ?name\b|\bwhat name\b/, answer: (f) => nameAnswer(f) },
];

/** Someone (or something) of the user's whose home or job a question may ask about instead. */
const OTHER_PEOPLE = /^(?:wife|husband|partner|spouse|girlfriend|boyfriend|son|daughter|kids?|children|child|mum|mom|mother|dad|father|parents?|brother|sister|sibling|bro|sis|friend|boss|manager|colleague|neighbou?r|grand\w*|aunt|uncle|cousin|niece|nephew|dog|cat|pet|team|company)s?$/;

function byCue(text: string, facts: FactMap): SlotAnswer | undefined {
  const asks = /\?\s*$/.test(text) || /^(?:what|which|where|who|how|do|did|am|is|are|have|can|tell|remind)\b/.test(text);
  if (!asks || !/\b(?:i|my|me|mine)\b/.test(text)) return undefined;
  // "where does my brother live?" is about the brother, not the user.
  const other = text.match(/\b(?:does|did|is|was|has|do|are|were)\s+(?:my|our)\s+(\w+)/);
  if (other && OTHER_PEOPLE.test(other[1])) return undefined;
  return CUES.find((cue) => cue.re.test(text))?.answer(facts);
}

/** "What's my last name?" when only a first name was given: say so, rather than repeat it. */
function lastNameAnswer(facts: FactMap): SlotAnswer {
  const name = facts.get('name');
  if (!name) return notTold("You haven't told me your name yet.");
  const parts = name.value.trim().split(/\s+/);
  return parts.length > 1 ? known(`Your last name is ${parts.at(-1)}.`) : notTold(`You haven't told me your last name — only your first name, ${name.value}.`);
}

/** "What kind of films do I avoid?" asks about films, not food. */
function namesSomethingElse(question: string): boolean {
  const generic = new Set(['food', 'thing', 'kind', 'type', 'sort', 'stuff', 'ingredient', 'dish', 'meal', 'drink', 'diet']);
  return contentTerms(question).some((t) => t.kind === 'noun' && !generic.has(t.lemma) && foodsIn(t.lemma).length === 0);
}

function employerAnswer(facts: FactMap): SlotAnswer {
  const employer = facts.get('employer');
  const job = facts.get('job');
  if (!employer && job) return known(`You told me ${youPhrase(job)}, but not where.`);
  const base = answerSingle(facts, 'employer', "You haven't told me where you work yet.");
  return employer && job ? known(`${base.text.replace(/\.$/, '')}, as ${/^[aeiou]/i.test(job.value) ? 'an' : 'a'} ${job.value}.`) : base;
}

function jobAnswer(facts: FactMap): SlotAnswer {
  const job = facts.get('job');
  const employer = facts.get('employer');
  if (!job && employer) return known(`You told me ${youPhrase(employer)}, but not what your job is.`);
  const base = answerSingle(facts, 'job', "You haven't told me what you do for work yet.");
  return job && employer ? known(`${base.text.replace(/\.$/, '')} at ${employer.value}.`) : base;
}

function byPattern(doc: View, facts: FactMap): SlotAnswer | undefined {

  if (doc.has('what do you (know|remember) about me') || doc.has('what (have i told|did i tell) you about (me|myself)') || doc.has('tell me about (me|myself)') || doc.has('tell me what you (know|remember) about (me|myself)') || doc.has('what do you know about me') || doc.has('what have i told you') || doc.has('what do you remember')) {
    return everything(facts);
  }
  if (doc.has('(what is|what was|do you know|do you remember|tell me) my name') || doc.has('^my name') || doc.has('^who am i$') || doc.has('(do you know|do you remember) who i am') || doc.has('what am i called') || doc.has('what (should|do) you call me')) {
    return nameAnswer(facts);
  }
  if (doc.has('where am i from') || doc.has('^(my)? (hometown|home town)') || doc.has('where (did|do) i (grow up|come from)') || doc.has('where was i (born|raised)') || doc.has('(what|which) (city|town|country) am i from') || doc.has('(my|what is my) (hometown|home town)') || doc.has('(do you know|do you remember) where i am from') || doc.has('where (am|was) i originally')) {
    return placeAnswer(facts, true);
  }
  if (doc.has('where (do|did) i (live|stay|reside)') || doc.has('where am i (based|located|living)') || doc.has('(what|which) (city|town|country|place) (do|am) i (live|in|living|based|staying)') || doc.has('where is my home') || doc.has('(do you know|do you remember) where i live') || doc.has('where do i (currently)? live')) {
    return placeAnswer(facts, false);
  }
  if (doc.has('(where|who) do i work') || doc.has('(which|what) (company|employer|firm|organisation|organization) (do|am) i (work|at|with|in|working)') || doc.has('(who|what) is my (employer|company)') || doc.has('who employs me') || doc.has('where am i (working|employed)')) {
    return employerAnswer(facts);
  }
  if (doc.has('what (is|was) my (job|profession|occupation|role|job title|work)') || doc.has('what do i do (for a living|for work|at work)') || doc.has('what do i do for (a)? (living|work|job)') || doc.has('what do i work as') || doc.has('what is my line of work') || doc.has('^what do i do$')) {
    return jobAnswer(facts);
  }
  const askedDiet = group(doc, `am i (a|an)? [<x>${DIETS}]`);
  if (askedDiet) return dietAnswer(facts, askedDiet);
  if (
    doc.has('what is my diet') ||
    doc.has('what diet am i (on|following|doing)') ||
    doc.has('^what do i (eat|not eat)') ||
    doc.has('am i on (a|any)? diet') ||
    doc.has('do i (eat|have) (meat|fish|a diet)') ||
    doc.has('what (can|can not|cannot|do not|should not|must not) i (eat|have)') ||
    doc.has('(anything|something|food|foods|what) i (should|must|need to|have to)? (avoid|not eat|can not eat|can not have|should not eat|must not eat)') ||
    (doc.has('(should|do|must) i avoid') && !namesSomethingElse(doc.text())) ||
    doc.has('(any|my) (dietary|food) (needs|restrictions|requirements|intolerances?)') ||
    doc.has('(any|my) (intolerances|intolerance)') ||
    doc.has('do i have (any)? (diet|dietary|food)')
  ) {
    return dietAnswer(facts);
  }
  const askedAllergy = group(doc, 'am i allergic to [<x>.+]');
  if (askedAllergy) return allergyAnswer(facts, askedAllergy);
  if (doc.has('what am i allergic to') || doc.has('(do i have|what are|tell me) (any|my)? allergies') || doc.has('what (allergies|allergy) do i have') || doc.has('^(any|my)? (allergies|allergy)$') || doc.has('^am i allergic to (anything|something)')) {
    return allergyAnswer(facts);
  }
  const favourite = group(doc, `(what|which) (is|are|was) my ${FAVOURITE} [<x>.+]`) ?? group(doc, `(do you know|do you remember|tell me) my ${FAVOURITE} [<x>.+]`);
  if (favourite) {
    // "what's my favourite drink now?": the time asked about is not part of the subject.
    const subject = favouriteSubject(favourite.replace(/\s+(?:now|these days|nowadays|at the moment|currently|lately|again)\s*\??$/i, ''));
    const fact = facts.get(`favourite:${subject}`);
    return fact ? known(sentence(youPhrase(fact))) : notTold(`You haven't told me your favourite ${subject} yet.`);
  }
  if (doc.has(`what are my ${FAVOURITE}s`) || doc.has(`what are my ${FAVOURITE} things`)) {
    const favs = factsOf(facts, 'favourite');
    return favs.length ? known(`Your favourites: ${listing(favs.map((f) => `${f.subject} — ${f.value}`))}.`) : notTold("You haven't told me any favourites yet.");
  }
  if (doc.has('what do i (like|love|enjoy)$') || doc.has('what are my likes') || doc.has('what (things|food|foods) do i (like|love|enjoy)')) {
    const likes = factsOf(facts, 'likes').map((f) => f.value);
    return likes.length ? known(`You like ${listing(likes)}.`) : notTold("You haven't told me what you like yet.");
  }
  const likeThing = group(doc, '^(do|did) i (like|love|enjoy|hate|dislike) [<x>.+]') ?? group(doc, '^(you know|do you know|do you remember) (if|whether) i (like|love|enjoy) [<x>.+]');
  if (likeThing) return likeAnswer(facts, likeThing);
  if (doc.has('what do i (dislike|hate)') || doc.has('what do i not like') || doc.has('what are my dislikes')) {
    const dislikes = factsOf(facts, 'dislikes').map((f) => f.value);
    return dislikes.length ? known(`You don't like ${listing(dislikes)}.`) : notTold("You haven't told me about anything you dislike.");
  }
  if (doc.has('what (did|have) i (ask|asked|tell|told) you to remember') || doc.has('what (should|did) you remember')) {
    const notes = factsOf(facts, 'note').map((f) => f.value);
    return notes.length ? known(`You asked me to remember:\n${notes.map((n) => `- ${n}`).join('\n')}`) : notTold("You haven't asked me to remember anything yet.");
  }
  return undefined;
}
