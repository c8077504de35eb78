/**
 * Open-ended facts: a first-person statement that fills none of the named slots ("I play the
 * cello", "my brother is called Tomás", "on weekends I paint") is kept as a fact in its own
 * words, turned to the third person, keyed by its topic (see `topic.ts`) so that a later
 * statement on the same topic replaces it. Negation and change are read here too: "I don't eat
 * sushi anymore" withdraws whatever said the user likes sushi; "I switched to tea" withdraws the
 * other drinks; "I drive a Volvo now" replaces what the user drove before.
 */
import { categoriesOf } from '../concepts';
import { toThirdPerson } from '../person';
import { contentTerms } from '../terms';
import type { Collector } from './collector';
import { makeFact } from './fact-text';
import { tokens, type View } from './clauses';
import nlp from '../compromise';

/** Verbs that talk about the conversation rather than the user ("I think so", "I want a table"). */
const NOT_ABOUT_THE_USER = new Set([
  'want', 'need', 'wonder', 'think', 'guess', 'see', 'know', 'mean', 'hope', 'wish', 'ask', 'say', 'tell', 'agree',
  'understand', 'forget', 'remember', 'appreciate', 'believe', 'bet', 'suppose', 'assume', 'look', 'check', 'wait',
  'thank', 'hear', 'care', 'mind', 'doubt', 'wanna', 'gotta', 'recommend', 'suggest', 'help', 'let', 'find',
]);
/** How someone is right now, not who they are ("I'm tired", "I'm back"). */
const PASSING_STATES = new Set([
  'fine', 'good', 'ok', 'okay', 'great', 'tired', 'bored', 'back', 'here', 'sorry', 'glad', 'happy', 'curious', 'sure',
  'confused', 'hungry', 'thirsty', 'ready', 'done', 'busy', 'free', 'late', 'excited', 'lost', 'stuck', 'alright',
  'well', 'sad', 'angry', 'annoyed', 'frustrated', 'interested', 'wondering', 'kidding', 'joking', 'serious', 'new',
  'sleepy', 'knackered', 'exhausted', 'starving', 'stressed', 'sick', 'ill', 'cold', 'hot', 'early', 'hungover', 'shattered',
  'worried', 'nervous', 'confident', 'bored', 'alright', 'awake', 'sorry', 'grateful', 'thankful', 'impressed', 'surprised',
]);
/** Nouns that make "I have a …" about the conversation ("I have a question"). */
const CONVERSATION_NOUNS = new Set(['question', 'idea', 'request', 'query', 'doubt', 'suggestion', 'favor', 'favour', 'minute', 'moment', 'second']);
const CHANGE_WORDS = '(now|nowadays|lately|these days|instead)';
const SWITCH = '(switched|switch|changed|change|swapped|moved|moving|converted|gone over|went over) (over)? (from [<from>.+?])? to [<to>.+]';
const TURNED_AWAY = '(stopped|quit|gave up|give up|given up|cut out|quitting|stopping|ditched|sold|traded|traded in|got rid of|gave away|dropped|retired|broke up with|finished with) [<what>.+]';
/** Something of the user's that is gone: "Luna sadly died", "the Civic got stolen". */
const ENDED = '^(my|our|the)? [<what>(#ProperNoun|#Noun)+] #Adverb? (died|passed away|passed on|passed|is gone|has gone|ran away|got stolen|was stolen|got sold|was sold|got written off)';
/** Where the thing turned away from ends: "gave up on Spanish, learning Italian now", "traded the Civic for a Tesla". */
const END_OF_OBJECT = /[,;]|\b(?:for|and|but|because|since|so|after|when|as|to|now|instead)\b/i;

/** Tags of words that may stand before the subject: "on weekends I paint", "every morning I run". */
const LEAD_TAGS = ['Preposition', 'Date', 'Adverb', 'Determiner', 'Noun', 'Value', 'Conjunction', 'Expression'];

/** Index of the first-person subject ("I", "we", "my"), allowing a short lead; -1 when there is none. */
function subjectIndex(clause: View): number {
  const toks = tokens(clause).filter((t) => t.text !== '');
  for (let i = 0; i < Math.min(toks.length, 5); i++) {
    const n = toks[i].normal;
    if (n === 'i' || n === "i'm" || n === "i've" || n === 'we' || n === "we're" || n === "we've" || n === 'my' || n === 'our') return i;
    if (n === 'you' || !toks[i].tags.some((tag) => LEAD_TAGS.includes(tag))) return -1;
  }
  return -1;
}

function lemmasOf(view: View | string | undefined): string[] {
  if (!view) return [];
  return contentTerms(typeof view === 'string' ? view : view.text())
    .filter((t) => t.kind === 'noun' || t.kind === 'name' || t.kind === 'verb')
    .map((t) => t.lemma);
}

/**
 * The part of a clause a negation denies: from the negation to the next clause break ("I don't
 * eat sushi anymore" → "eat sushi anymore"); the whole clause when the negation cannot be found.
 */
function afterNegation(text: string): string {
  const m = /\b(?:not|never|no longer|no more|no)\b|n['’]?t\b/i.exec(text);
  if (!m) return text;
  return text.slice(m.index + m[0].length).split(/[,;]|\b(?:but|because|since|so|though|although)\b/i)[0];
}

/** Reads one clause as an open-ended statement; true when it yielded something. */
export function statementRule(clause: View, out: Collector): boolean {
  const ended = clause.match(ENDED);
  if (ended.found) {
    for (const thing of lemmasOf(ended.groups('what') as View)) out.withdraw(thing);
    const fact = makeFact('about', toThirdPerson(clause.text()));
    if (fact) out.add(fact);
    return true;
  }
  if (subjectIndex(clause) < 0) return false;
  const text = clause.text();
  const terms = contentTerms(text, { keepWeakVerbs: true });
  if (terms.length === 0) return false;
  const verb = terms.find((t) => t.kind === 'verb');
  if (verb && NOT_ABOUT_THE_USER.has(verb.lemma) && verb === terms[0]) return false;
  if (clause.has('(i|we) (would|will|should|could|might|can) (like|love|prefer|want|need|have|get|try|go)')) return false;
  if (clause.has('^(i|we) (am|are|was|were) (so|very|really|just|a bit|quite|kind of|kinda|pretty|not)? #Adjective$') || clause.has('^(i|we) (am|are) (#Adverb)? #Gerund')) {
    const last = terms[terms.length - 1];
    if (!last || PASSING_STATES.has(last.lemma) || (terms.length === 1 && terms[0].kind === 'verb')) return false;
  }
  if (terms.every((t) => PASSING_STATES.has(t.lemma))) return false;
  if (terms.length === 1 && verb && ['be', 'have', 'do', 'go', 'get', 'like', 'love'].includes(verb.lemma)) return false;
  if (clause.has('(i|we) (have|got) (a|an|one|another)? #Noun') && terms.some((t) => CONVERSATION_NOUNS.has(t.lemma))) return false;

  const negative = clause.has('(#Negative|no longer)');
  if (clause.has('used to')) {
    // A past habit: whatever it names is no longer true, and the statement says so.
    for (const t of terms) if ((t.kind === 'noun' || t.kind === 'name') && t !== verb) out.withdraw(t.lemma);
    const habit = makeFact('about', toThirdPerson(text));
    if (habit) out.add(habit);
    return true;
  }
  const turnedAway = clause.match(TURNED_AWAY);
  const switched = clause.match(SWITCH);
  if (negative || turnedAway.found) {
    // What follows the verb is what the user turned away from.
    // A plain negation denies only what follows it: "reinstalled the app, didn't change anything"
    // says nothing against the app.
    const what = turnedAway.found ? (turnedAway.groups('what') as View).text().replace(/^(?:on|in)\s+/i, '').split(END_OF_OBJECT)[0] : undefined;
    // "gave up on Spanish": a language or a nationality is tagged as an adjective, and is the thing.
    const objects = what !== undefined
      ? contentTerms(what).filter((t) => t.kind !== 'number').map((t) => t.lemma)
      : contentTerms(afterNegation(text)).filter((t) => t.kind === 'noun' || t.kind === 'name').map((t) => t.lemma);
    for (const thing of objects) out.withdraw(thing);
  }
  if (switched.found) {
    for (const thing of lemmasOf(switched.groups('from') as View | undefined)) out.withdraw(thing);
    // What follows "to" up to the first comma or "because" is the new choice ("tea, coffee was …").
    const to = (switched.groups('to') as View).text().split(/[,;]|\b(?:because|since|as|but|and)\b/)[0];
    for (const thing of lemmasOf(nlp(to))) {
      for (const category of categoriesOf(thing)) out.switchTo(category, thing);
    }
  }

  const fact = makeFact('about', toThirdPerson(text));
  if (!fact) return negative || turnedAway.found || switched.found;
  out.add(fact);
  if (!negative && clause.has(CHANGE_WORDS) && fact.subject?.includes(':') && !fact.subject.startsWith('my:')) {
    out.replacePrefix(`about:${fact.subject.split(':')[0]}:`);
  }
  return true;
}

/**
 * "…, not Coldplay" and "these days I prefer sparkling water over Pepsi": what a correction or
 * a new preference sets aside is withdrawn. A plain comparison ("I prefer cats over dogs") says
 * nothing about owning a dog, so a preference counts only with a word of change.
 */
export function withdrawSetAside(text: string, out: Collector): void {
  const corrected = text.match(/(?:^|,)\s*(?:but\s+|and\s+)?not\s+(?:the\s+|my\s+)?([\p{L}][\p{L}' -]*?)\s*(?:anymore|any more)?[.!]*$/iu);
  const preferred = /\b(?:now|these days|nowadays|lately|instead|actually)\b/i.test(text)
    ? text.match(/\b(?:prefer|like|love|rather)\b.+?\b(?:over|rather than|instead of)\s+(?:the\s+|my\s+)?([\p{L}][\p{L}' -]*?)\s*(?:now|these days)?[.!]*$/iu)
    : null;
  const thing = corrected?.[1] ?? preferred?.[1];
  if (thing) for (const t of contentTerms(thing)) out.withdraw(t.lemma);
}
