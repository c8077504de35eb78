/**
 * Fact extraction with the compromise NLP library: its match syntax reads contractions ("I'm",
 * "don't") as their full forms and its tags tell names, places and job titles apart, so each
 * rule below is one readable pattern instead of a brittle regular expression.
 *
 * Only the user's own statements count: every rule starts from "I", "my" or "call me", so
 * "my friend is vegan" or "Bob likes tea" yield nothing, and questions ("do I like sushi?") and
 * suppositions ("if I lived in Paris") are skipped clause by clause.
 *
 * Location rule: one `location` slot holds where the user lives. "I live in / I moved to /
 * I'm based in X" fill it as `User lives in X.`; "I'm from X" fills the same slot as
 * `User is from X.` (the newest statement wins, and the wording keeps what was actually said).
 */
import { LRUCache } from 'lru-cache';
import nlp from '../compromise';
import type { FactExtractor, FactUpdate } from './types';
import { Collector } from './collector';
import { statementRule, withdrawSetAside } from './statement-rule';
import { settleEmployer } from './job-change';
import { settleNickname } from './nickname';
import { withReferents } from './referent';
import { LOCATION_ORIGIN, makeFact, thingKey } from './fact-text';
import { sentences, tokens, type View } from './clauses';
import { nounLemma, verbLemma } from '../terms';
import { categoriesOf } from '../concepts';
import { normalizeChat, stripOpeners } from '../normalize';
import { isChatter } from '../informative';
import { gerund, listValues, thirdPerson, valueOf, type ValueOptions } from './value';

/** Longest message read; facts come from what people type in a chat box, not documents. */
const MAX_INPUT_CHARS = 4000;

const DIETS = ['vegetarian', 'vegan', 'pescatarian', 'pescetarian', 'flexitarian', 'keto', 'paleo', 'halal', 'kosher'];
const DIET = `(${DIETS.join('|')})`;
const FAVOURITE = '(favourite|favorite|fave|favourit|favorit)';
const LIKE_ADVERBS = '(really|truly|absolutely|also|do|totally|just|especially|genuinely|definitely|kind of|kinda|sort of|still|so|actually)';
const DISLIKE_ADVERBS = '(really|truly|absolutely|also|totally|just|genuinely|definitely|still|actually)';
const NEG = '(do not|never|cannot|can not|will not)';

/** Allergens named in the singular in "a peanut allergy" but in the plural in "allergic to peanuts". */
const ALLERGEN_PLURALS: Record<string, string> = {
  peanut: 'peanuts', nut: 'nuts', 'tree nut': 'tree nuts', egg: 'eggs', almond: 'almonds', cashew: 'cashews',
  walnut: 'walnuts', hazelnut: 'hazelnuts', pecan: 'pecans', pistachio: 'pistachios', strawberry: 'strawberries',
  tomato: 'tomatoes', 'bee sting': 'bee stings', mushroom: 'mushrooms', kiwi: 'kiwis',
};
const ALLERGY_ADJECTIVES = new Set(['severe', 'mild', 'serious', 'bad', 'deadly', 'life-threatening', 'slight', 'terrible', 'strong']);

/** Words that make "I'm a …" something other than a job. */
const NOT_JOBS = new Set([
  'intolerant', 'tolerant', 'vacant', 'pregnant', 'reluctant', 'hesitant', 'relevant', 'important', 'different', 'patient', 'student-ish',
  'fan', 'bit', 'lot', 'little', 'person', 'people', 'mother', 'father', 'parent', 'mom', 'mum', 'dad', 'wife',
  'husband', 'son', 'daughter', 'brother', 'sister', 'friend', 'member', 'lover', 'beginner', 'newcomer',
  'foreigner', 'stranger', 'named', 'called', 'regular', 'guest', 'visitor', 'client', 'believer', 'customer', 'user', 'human', 'man', 'woman', 'guy', 'girl', 'boy', 'kid',
  'adult', 'fast', 'slow', 'native', 'speaker', 'twin', 'sucker', 'fool', 'mess', 'nerd', 'geek', 'enthusiast',
  'addict', 'buff', 'grandmother', 'grandfather', 'grandparent', 'veteran', 'patient', 'resident', 'citizen',
  ...DIETS,
]);
/** Common jobs compromise does not tag as `#Actor`. */
const JOB_WORDS = new Set(['lead', 'head', 'supervisor', 'coordinator', 'associate', 'specialist', 'owner', 'principal', 'apprentice', 'trainee', 'midwife', 'translator', 'interpreter', 'tester', 'nurse practitioner', 'nurse', 'student', 'pilot', 'chef', 'cook', 'barista', 'clerk', 'judge', 'architect', 'scientist', 'dentist', 'pharmacist', 'paramedic', 'mechanic', 'plumber', 'electrician', 'carpenter', 'firefighter', 'surgeon', 'intern', 'consultant', 'analyst', 'engineer', 'developer', 'programmer', 'designer', 'writer', 'journalist', 'editor', 'artist', 'musician', 'photographer', 'accountant', 'lawyer', 'attorney', 'doctor', 'physician', 'therapist', 'psychologist', 'professor', 'lecturer', 'researcher', 'teacher', 'tutor', 'librarian', 'manager', 'director', 'founder', 'ceo', 'cto', 'cfo', 'salesperson', 'marketer', 'recruiter', 'farmer', 'baker', 'butcher', 'waiter', 'waitress', 'bartender', 'cashier', 'driver', 'soldier', 'officer', 'veterinarian', 'vet', 'dj', 'entrepreneur', 'freelancer', 'contractor', 'technician', 'administrator', 'admin']);
const JOB_SUFFIX = /(?:er|or|ist|ian|eer|ant|ent|ect|ive|ess)$/;

/** Values that are pronouns or filler, never a thing someone likes or an employer. */
const NOT_THINGS = new Set(['it', 'that', 'this', 'you', 'them', 'him', 'her', 'these', 'those', 'everything', 'nothing', 'anything', 'something', 'one', 'yours', 'myself', 'me', 'us', 'home', 'free', 'fun', 'a living', 'living', 'yourself', 'here', 'there', 'so', 'very', 'much', 'lot', 'a lot']);

/** Reads one clause; `sentence` is the whole sentence for rules that need the rest ("… but I eat fish"). */
type Rule = (clause: View, out: Collector, sentence: View) => boolean;

/** Runs a match and returns its named groups, or undefined when it does not match. */
function groups(clause: View, pattern: string): Record<string, View> | undefined {
  const m = clause.match(pattern);
  if (!m.found) return undefined;
  return m.groups() as Record<string, View>;
}

function first(clause: View, patterns: string[]): Record<string, View> | undefined {
  for (const p of patterns) {
    const g = groups(clause, p);
    if (g) return g;
  }
  return undefined;
}

function isThing(value: string): boolean {
  const key = thingKey(value);
  return key.length > 0 && !NOT_THINGS.has(key) && !/^(?:it|that|this)\b/.test(key);
}

// ---------------------------------------------------------------- name

const NAME_VALUE: ValueOptions = { capitalize: 'all', maxWords: 4, stopAtComma: true, stopWords: ['and', 'or', 'not', 'from', 'in', 'at', 'i', 'this', 'that', 'here', 'but', 'though', 'btw', 'nice', 'pleased', 'round', 'around', 'innit', 'mate', 'bruv', 'fam', 'tho', 'lol', 'only', 'hey', 'now', 'yeah', 'like'] };
const NOT_A_NAME_TAGS = ['Adjective', 'Adverb', 'Date', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Verb', 'Value', 'Demonym'];

function nameFrom(view: View | undefined): string {
  if (!view) return '';
  const toks = tokens(view).filter((t) => t.text !== '');
  if (toks.length === 0 || (toks[0].tags.some((tag) => NOT_A_NAME_TAGS.includes(tag)) && !looksLikeFullName(view.text()))) return '';
  const value = valueOf(view, NAME_VALUE);
  return /^[\p{L}][\p{L}'’. -]*$/u.test(value) ? value : '';
}

const nameRule: Rule = (c, out) => {
  if (c.has('my (first)? name (is|was) (not|never)')) return false;
  let g = first(c, ['my (first|real)? name is [<v>.+]', 'i am (called|named) [<v>.+]', 'i go by [<v>.+]']);
  // "You can call me Al" names the user; "everyone calls me Maggie" is a nickname, not a correction.
  if (!g && c.has('^(you can|you may|please|just|feel free to|i go by|friends|people|they|everyone|everybody|folks|most people|my friends|mates|my mates|pals|all my friends)? (all)? (call|calls) me') && !c.has(`(do not|never|please do not) call me`)) g = groups(c, 'call me [<v>.+]');
  if (g) {
    const name = nameFrom(g.v);
    // "My name is Margit Kovács, but call me Gigi": the name stays, and the one used is kept beside it.
    const given = out.get('name');
    if (name && given && c.has('(call|calls) me') && given.value.toLowerCase() !== name.toLowerCase()) {
      out.add(makeFact('about', `User goes by ${name}`));
      return true;
    }
    if (name) {
      out.add(makeFact('name', name));
      return true;
    }
    return false;
  }
  // "I'm Alice": only when compromise sees a person's or proper name, never "I'm tired".
  // "I'm Margaret, though everyone calls me Maggie": the name ends at the comma.
  const beforeComma = c.text().match(/^I(?:['’]m| am)\s+([^,]+),/i);
  const m = beforeComma ? { v: nlp(beforeComma[1]) } : groups(c, '^i am [<v>.+]');
  const toks = m ? tokens(m.v).filter((t) => t.text !== '') : [];
  if (m && toks.length > 0 && (toks.length <= 4 || looksLikeFullName(m.v.text()))) {
    const tags = toks[0].tags;
    // An unknown capitalised word before a comma ("I'm Priya, nice to meet you") is a name too.
    const named =
      tags.includes('Person') ||
      (tags.includes('ProperNoun') && !tags.some((t) => ['Place', 'Demonym', 'Organization'].includes(t))) ||
      (Boolean(beforeComma) && /^[A-Z]/.test(toks[0].text) && isUnknownWord(toks[0].normal)) ||
      // "I'm aoife": one word nobody's dictionary has, and nothing else — a name typed in lower case.
      (toks.length === 1 && /^[a-z][a-z'-]{1,}$/.test(toks[0].normal) && isUnknownWord(toks[0].normal)) ||
      looksLikeFullName(m.v.text());
    if (named && !notAName(toks[0].normal)) {
      const name = nameFrom(m.v);
      if (name) {
        out.add(makeFact('name', name));
        // "I'm Wolfgang Bauer from Munich": where the user is from, in the same breath.
        const origin = groups(c, '^i am .+? from [<v>#ProperNoun+]');
        if (origin) out.add(makeFact('location', valueOf(origin.v, PLACE_VALUE), LOCATION_ORIGIN));
        return true;
      }
    }
  }
  return false;
};

// ---------------------------------------------------------------- location

const PLACE_VALUE: ValueOptions = { capitalize: 'proper', stopAtComma: 'unless-proper', stopWords: ['with', 'for', 'because', 'since', 'i', 'my', 'we', 'at', 'moved', 'came', 'went', 'grew', 'born', 'lived', 'living', 'where', 'then', 'but', 'originally', 'right', 'from', 'a', 'about', 'last', 'recently', 'ago', 'few', 'couple', 'two', 'three', 'this', 'years', 'months', 'weeks'] };

const locationRule: Rule = (c, out) => {
  // "moved to the States when I was 12", "lived in Rome as a kid": the past, not where the user lives.
  // "Moved to Lisbon two years ago" still holds; "lived in Rome years ago" does not.
  if (c.has('(when i was|as a (kid|child|teenager|student)|back then|growing up)') || c.has('(lived|used to live|was living) .+ ago')) return false;
  if (c.has('i (do not|no longer|never) (live|reside) in') || c.has('i (moved|have moved) (away|out) (from|of)')) {
    out.drop('location');
    return true;
  }
  const lives = first(c, [
    'i (currently|now|still|actually|presently)? (live|reside|stay|am living|am based|am located|am staying|am renting|have lived|have been living) in [<v>.+]',
    'i (just|recently|finally|have|actually)? (moved|relocated) (back|up|down|over|out)? to [<v>.+]',
    'my (home|home base) is (now)? [<v>#ProperNoun+]',
    '^[<v>#ProperNoun+] is (my|our)? home',
    'i am (now|currently|still)? (in|over in|down in|up in) [<v>#Place+]',
    'i (just|recently|finally|have|actually)? moved in with .+? (in|to) [<v>.+]',
    'i (now|currently)? live with .+? in [<v>.+]',
    'my (home|house|flat|apartment) is in [<v>.+]',
    'i work (remote|remotely|from home) (from|in|out of) [<v>.+]',
  ]);
  if (lives) {
    out.add(makeFact('location', valueOf(lives.v, PLACE_VALUE)));
    // "moved up to Dublin from Cork": where the move started is where the user is from.
    const origin = groups(c, '(moved|relocated) .+? from [<v>#ProperNoun+]');
    if (origin) out.add(makeFact('location', valueOf(origin.v, PLACE_VALUE), LOCATION_ORIGIN));
    return true;
  }
  const from = first(c, [
    'i am (originally)? from [<v>.+]',
    'i (originally)? come from [<v>.+]',
    'my (hometown|home town|native place|native town|native city|birthplace|birth place) is [<v>.+]',
    // "I am born in 1988 in Debrecen" (learners' English): the place after the year.
    'i (was|got|am)? (born|raised) (in|on) #Date+ in [<v>.+]',
    'i (was|got|am)? (born|raised|brought up|born and raised|born and bred) (and raised)? in [<v>.+]',
    'i grew up in [<v>.+]',
    'i (hail|hailed) from [<v>.+]',
    'i (spent|passed) my (whole|entire)? (childhood|youth|early years) in [<v>.+]',
    'i am (a|an) [<v>#ProperNoun+] (native|local|lad|lass|girl|boy)',
    '^[<v>#ProperNoun+] (born|born and bred|born and raised|native)',
    '^[<v>#ProperNoun+] (is|was) where i (grew up|was born|was raised|come from)',
    'i am originally [<v>#ProperNoun+]',
    'i (moved|came) (here|over|to .+?)? from [<v>#ProperNoun+]',
  ]);
  if (from) {
    out.add(makeFact('location', valueOf(from.v, PLACE_VALUE), LOCATION_ORIGIN));
    // "born in 1988 in Debrecen": the year is kept too ("which year was I born?").
    const year = c.text().match(/\bborn\b[^.]*?\b((?:19|20)\d{2})\b/i)?.[1];
    if (year) out.add(makeFact('about', `User was born in ${year}`));
    // "a Cork native living in Dublin": where the user lives, in the same breath.
    const now = groups(c, '(living|based|settled|live) in [<v>#ProperNoun+]');
    if (now) out.add(makeFact('location', valueOf(now.v, PLACE_VALUE)));
    return true;
  }
  return false;
};

// ---------------------------------------------------------------- diet

function dietOf(view: View): string {
  const d = view.text().toLowerCase().trim();
  return d === 'pescetarian' ? 'pescatarian' : d;
}

const dietRule: Rule = (c, out, sentence) => {
  if (
    c.has(`i am (not|no longer) (a|an)? ${DIET}`) ||
    c.has(`i (stopped|quit) being (a|an)? ${DIET}`) ||
    c.has(`i (gave up|gave up being) (a|an)? ${DIET}`) ||
    c.has('i (eat|started eating|am eating) meat (again|now)') ||
    c.has(`i (quit|stopped|dropped|ditched|gave up|came off|went off) (doing|being|eating)? (a|an|the|my)? ${DIET}`)
  ) {
    out.drop('diet');
    return true;
  }
  const named = first(c, [
    `i am (now|strictly|fully|mostly|also|actually|still|currently|totally|completely|pretty much|a|an)? (a|an)? [<d>${DIET}]`,
    `i (have|had)? (been|become|gone|went|turned|became) (a|an)? (strictly|fully)? [<d>${DIET}]`,
    `i (eat|follow|keep|have) (a|an)? (strictly|fully|mostly)? [<d>${DIET}]`,
    `i am on (a|an)? (strict)? [<d>${DIET}] (diet)?`,
    `i am (doing|trying|following|starting) (a|an|the)? (strict)? [<d>${DIET}]`,
    `my diet is (strictly|fully|mostly)? [<d>${DIET}]`,
  ]);
  if (named) {
    out.add(makeFact('diet', dietOf(named.d)));
    return true;
  }
  const noAnimal = `i (do not|never|no longer|will not|cannot|stopped|quit) (eat|eating) (any)? (animal products|meat or dairy|meat and dairy|meat, dairy|anything from animals)`;
  if (c.has(noAnimal)) {
    out.add(makeFact('diet', 'vegan'));
    return true;
  }
  if (c.has('i (do not|never|no longer|will not|cannot|stopped|quit) (eat|eating) (any)? (meat|red meat)') || c.has('i gave up (eating)? meat')) {
    const fishOk = sentence.has('but (i)? (do|still)? eat fish') || c.has('(except|apart from) fish');
    const noFish = c.has('meat (or|and|nor) fish');
    if (c.has('red meat')) return false;
    out.add(makeFact('diet', fishOk && !noFish ? 'pescatarian' : 'vegetarian'));
    return true;
  }
  return false;
};

// ---------------------------------------------------------------- allergies

function allergenFromCompound(raw: string): string {
  const words = raw.split(/\s+/).filter((w) => !ALLERGY_ADJECTIVES.has(w.toLowerCase()));
  const base = words.join(' ');
  return ALLERGEN_PLURALS[base.toLowerCase()] ?? base;
}

const allergyRule: Rule = (c, out, sentence) => {
  const negated = first(c, ['i am (not|no longer) (at all)? allergic to [<v>.+]', 'i (outgrew|grew out of) my [<v>.+] (allergy|allergies)']);
  if (negated) {
    for (const item of listValues(negated.v)) {
      const f = makeFact('allergy', allergenFromCompound(item));
      if (f) out.drop(f.key);
    }
    return true;
  }
  const to = first(c, [
    'i am (also|very|severely|highly|seriously|deathly|mildly|slightly)? allergic to [<v>.+]',
    'i have (a|an|some)? (severe|mild|serious|bad)? (allergy|allergies) to [<v>.+]',
    'i (also)? get (a|an)? (reaction|allergic reaction) (to|from) [<v>.+]',
    'my (only|main|one|biggest|worst)? (real|serious|bad|big|food)? (allergy|allergies) (is|are) [<v>.+]',
    'the (only|main|one)? (real|serious)? (allergy|allergies) i have (is|are) [<v>.+]',
  ]);
  if (to) {
    for (const item of listValues(to.v)) out.add(makeFact('allergy', item));
    return true;
  }
  // "Eggs are a problem for me, I am allergic": the allergen is what the sentence started with.
  if (c.has('^i am (very|severely|really|also|badly)? allergic$') && sentence) {
    const first = sentence.match('^[<v>#Noun+]').groups('v') as View | undefined;
    if (first?.found) {
      for (const item of listValues(first)) out.add(makeFact('allergy', item));
      return true;
    }
  }
  const compound = groups(c, 'i (also)? (have|am having|got) (a|an|some)? [<v>.+] (allergy|allergies|intolerance)');
  if (compound) {
    for (const item of listValues(compound.v)) out.add(makeFact('allergy', allergenFromCompound(item)));
    return true;
  }
  return false;
};

// ---------------------------------------------------------------- job and employer

const JOB_VALUE: ValueOptions = { stopWords: ['at', 'for', 'in', 'with', 'from', 'i', 'my', 'and', 'who', 'on', 'left', 'this'], stopAtAnd: true, stopAtComma: true };
const EMPLOYER_VALUE: ValueOptions = { capitalize: 'proper', stopAtComma: true, stopWords: ['this', 'last', 'next', 'as', 'in', 'from', 'with', 'i', 'my', 'on', 'been', 'for', 'since', 'where', 'doing', 'working', 'mostly', 'like'] };

function isJob(view: View): boolean {
  const toks = tokens(view).filter((t) => t.text !== '');
  const words = valueOf(view, JOB_VALUE).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  const head = words[words.length - 1];
  if (NOT_JOBS.has(head) || words.some((w) => NOT_JOBS.has(w))) return false;
  const headTok = toks.find((t) => t.normal === head);
  if (headTok?.tags.some((tag) => tag === 'Demonym' || tag === 'Place')) return false;
  return JOB_WORDS.has(head) || Boolean(headTok?.tags.includes('Actor')) || (JOB_SUFFIX.test(head) && Boolean(headTok?.tags.includes('Noun')));
}

/** A job title of words nobody listed ("gear rental tech"): nouns only, none that is no job. */
function isTitle(view: View): boolean {
  const words = valueOf(view, JOB_VALUE).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4 || words.some((w) => NOT_JOBS.has(w))) return false;
  const toks = tokens(view).filter((t) => words.includes(t.normal));
  return toks.length > 0 && toks.every((t) => t.tags.includes('Noun') || t.tags.includes('Adjective')) && toks.at(-1)!.tags.includes('Noun');
}

function employerOf(view: View): string {
  const value = valueOf(view, EMPLOYER_VALUE);
  return isThing(value) ? value : '';
}

/** Words that say the user changed jobs, so "I'm at X now" names the new workplace. */
const JOB_CHANGE = '(quit|left|resigned|changed jobs|changed companies|switched jobs|switched companies|new job|moved jobs|moved companies|moved schools|no longer at|not at|hired|got the job)';
/** Work done at a place: "teaching at Riverside Academy", "nursing at St Mary's". */
const WORK_GERUND = '(working|teaching|nursing|lecturing|interning|consulting|cheffing|volunteering|training|coaching|tutoring|programming|engineering)';

const employerRule: Rule = (c, out, sentence) => {
  // "Now I'm with KPMG", "I'm at Globex now", after a word of changing jobs in the same message.
  const changed = Boolean(sentence?.has(JOB_CHANGE) || sentence?.has('now') || c.has(JOB_CHANGE) || c.has('now'));
  const atNew = changed ? groups(c, 'i am (now)? (at|with) [<v>(#ProperNoun|#Acronym)+]') : undefined;
  const atWork = atNew ?? (c.has('^i') ? groups(c, `${WORK_GERUND} (at|for|with) [<v>(#ProperNoun|#Acronym)+]`) : undefined);
  if (atWork) {
    const name = valueOf(atWork.v, EMPLOYER_VALUE);
    if (name && !nlp(name).has('^(#Place|#Person)+$')) {
      out.add(makeFact('employer', name.charAt(0).toUpperCase() + name.slice(1)));
      return true;
    }
  }
  if (c.has('i (no longer|do not|never) work (at|for)') || c.has('i am (no longer|not) (working|employed)? (at|for|by|with) .+ anymore') || c.has('i am (no longer|not) (working|employed) (at|for|by)')) {
    out.drop('employer');
    return true;
  }
  if (c.has('i (left|quit) [#Noun+]') && !c.has('i (left|quit) (my)? (home|house|city|town|country|school|uni|university|college|#Place)') && !c.has('(quit|left) my job')) {
    // "started at Google, left Accenture": the employer this message just named stays.
    const named = out.get('employer');
    if (!named || c.text().toLowerCase().includes(named.value.toLowerCase())) out.drop('employer');
    return false;
  }
  if (c.has('i (handed|have handed|handed in|gave|put) (in)? (my)? notice') || c.has('i (resigned|got fired|was fired|got laid off|was laid off|got sacked|was let go)')) {
    out.drop('employer');
    return false;
  }
  if (c.has('i (quit|left|lost) my job') || c.has('i am (now)? (unemployed|retired|between jobs|out of work)')) {
    out.drop('employer');
    out.drop('job');
    return true;
  }
  let g = first(c, [
    'i (currently|now|still|also|actually)? (work|am working|have been working|have worked) (nights|days|weekends|shifts|part time|full time|remotely|mostly)? (at|for) [<v>.+]',
    'i (got|have been|was)? (transferred|moved|switched|promoted) (over)? to [<v>.+ (hospital|clinic|school|university|college|bank|office|company|agency|lab|studio|firm|department|team|store|shop)]',
    'i am (employed|hired) (at|by) [<v>.+]',
    'i (work|am working) as .+? (at|for) [<v>.+]',
    'i (just|recently)? (have|had)? (just|recently)? (joined|started at|started working at|started with) [<v>.+]',
    'i am (now)? (running|starting|opening) my own [<v>.+]',
    'i (now)? (run|own|started|opened) my own [<v>.+]',
    'i (just|recently|finally)? (started|got|took|landed|accepted|have) (a|an|my|the)? (new)? (job|position|role|gig) (at|with) [<v>.+]',
    'my (employer|company) is [<v>.+]',
    'my (day job|job|work|office) is (at|with|for|in) [<v>.+]',
    'i (got|was|have been|just got) (hired|taken on|employed|recruited) (at|by|with) [<v>.+]',
    'i (got|was|have been|just got) (hired|taken on|employed|recruited) as .+? (at|by|with) [<v>.+]',
  ]);
  // "I'm a nurse at St Mary's" names an employer; "I'm a regular at the gym" does not.
  const titled = g ? undefined : groups(c, 'i am (now|currently|also|actually)? (a|an) [<t>.+?] (at|for) [<v>.+]');
  if (titled && (isJob(titled.t) || isTitle(titled.t))) g = titled;
  if (!g) return false;
  // "running my own food truck now, The Hungry Dragon": the business's name, when given, is the employer.
  const named = c.has('my own') ? c.text().match(/,\s*((?:the\s+)?[A-Z][\p{L}'&-]*(?:\s+[A-Z][\p{L}'&-]*)*)\s*[.!]*$/u) : null;
  const found = named ? named[1] : employerOf(g.v);
  if (!found) return false;
  // Companies are proper names even when typed in lower case ("stripe").
  const employer = found.charAt(0).toUpperCase() + found.slice(1);
  out.add(makeFact('employer', employer));
  return true;
};

const jobRule: Rule = (c, out) => {
  if (c.has('i (no longer|do not) work as') || c.has('i am not (a|an)? .+ anymore') || c.has('i am no longer (a|an)')) {
    const g = groups(c, 'i am (not|no longer) (a|an) [<v>.+]');
    if (!g || isJob(g.v) || c.has('work as')) {
      out.drop('job');
      return true;
    }
    return false;
  }
  // "I have now taken up the post of General Counsel at Saltmarsh Holdings": the title and the employer.
  const post = c.has('^i') ? groups(c, '(taken up|took up|take up|accepted|started|got|landed|begun|began|taken) (the|a|an|my)? (new)? (post|position|role|job) (of|as) (a|an)? [<v>.+?] (at|with|in) [<e>.+]') : undefined;
  if (post) {
    const job = valueOf(post.v, JOB_VALUE);
    const employer = employerOf(post.e);
    if (isThing(job)) out.add(makeFact('job', job));
    if (employer) out.add(makeFact('employer', employer.charAt(0).toUpperCase() + employer.slice(1)));
    return true;
  }
  const newJob = first(c, [
    'i am (now|just)? (starting|starting out|beginning) as (a|an)? [<v>.+]',
    'i (got|was|have been|just got) (hired|taken on|employed|recruited) as (a|an)? [<v>.+]',
    'i (just|recently|finally)? (started|got|took|landed|accepted|have) (a|an|my)? (new)? (job|position|role|gig) as (a|an)? [<v>.+]',
    'i (just|recently|finally)? (started|got|took|landed|accepted|have) (a|an|my)? (new)? (job|position|role|gig) (at|with|for) .+? as (a|an)? [<v>.+]',
  ]);
  if (newJob) {
    // A new job without a named employer: the old employer no longer holds ("…at X" is read by the employer rule).
    const job = valueOf(newJob.v, JOB_VALUE);
    if (isThing(job)) out.add(makeFact('job', job));
    if (!c.has('(at|for|with) #ProperNoun')) out.drop('employer');
    return true;
  }
  const stated = first(c, [
    'i (currently|now|still|also|actually)? (work|am working|am employed|have been working) as [<v>.+]',
    'i (currently|now|still|also|actually)? (work|am working|am employed|have been working) (at|for) .+? as (a|an)? [<v>.+]',
    'i (just|recently|now)? (have|had)? (just|recently)? (started|joined) (at|with)? .+? as (a|an)? [<v>.+]',
    'my (job|profession|occupation|role|job title|title) is [<v>.+]',
  ]);
  if (stated) {
    const job = valueOf(stated.v, JOB_VALUE);
    if (isThing(job)) out.add(makeFact('job', job));
    return true;
  }
  // "I got promoted. I am now project lead for the Bergen library": a title without an article.
  const titled = groups(c, 'i am (now|currently) (the)? [<v>.+]') ?? groups(c, 'i (got|was|have been|just got) promoted to (be)? (a|an|the)? [<v>.+]');
  if (titled && isJob(titled.v)) {
    out.add(makeFact('job', valueOf(titled.v, JOB_VALUE)));
    return true;
  }
  const am = groups(c, 'i am (now|currently|also|actually)? (a|an) [<v>.+]');
  // "I'm a gear rental tech at Summit": a noun phrase with a workplace after it is a job title.
  const atWork = Boolean(am) && c.has('i am (now|currently|also|actually)? (a|an) .+? (at|for) #Noun');
  if (am && (isJob(am.v) || (atWork && isTitle(am.v)))) {
    out.add(makeFact('job', valueOf(am.v, JOB_VALUE).replace(/^\d{1,3}[- ]years?[- ]old\s+/i, '')));
    return true;
  }
  return false;
};

// ---------------------------------------------------------------- favourites

const FAVOURITE_VALUE: ValueOptions = { stopAtModifiers: false, stopAtAnd: false, maxWords: 10 };

const favouriteRule: Rule = (c, out) => {
  const negated = first(c, [
    `my ${FAVOURITE} [<s>.+?] (is|are) (not|no longer) [<v>.+]`,
    `[<v>.+] (is|are) (not|no longer) my ${FAVOURITE} [<s>.+]`,
  ]);
  if (negated) {
    const f = makeFact('favourite', 'x', negated.s.text());
    if (f) out.drop(f.key);
    return true;
  }
  const g = first(c, [`my ${FAVOURITE} [<s>.+?] (is|are) [<v>.+]`, `[<v>.+] (is|are) my (all time)? ${FAVOURITE} [<s>.+]`]);
  if (!g) return false;
  let value = valueOf(g.v, FAVOURITE_VALUE).replace(/\s+(?:now|these days|nowadays|anymore)$/i, '');
  // "I love sushi, it's my favourite food": "it" is the thing just mentioned.
  if (/^(?:it|that|this|they|those|these)(?:['’]s| is| are)?$/i.test(value)) value = out.latestThing() ?? '';
  else if (/^i\s/i.test(value)) return false;
  const subject = valueOf(g.s, { stopAtModifiers: false, maxWords: 4 });
  if (value) out.add(makeFact('favourite', thirdPerson(value), subject));
  return true;
};

// ---------------------------------------------------------------- likes and dislikes

const THING_VALUE: ValueOptions = { stopWords: ['because', 'when', 'i', 'but', 'over', 'rather', 'than', 'instead'] };

function things(view: View): string[] {
  // A list item with its own verb is a new statement, not a thing ("…, meetings before 10am are the worst").
  return listValues(view, THING_VALUE)
    .filter((v) => !/\b(?:is|are|was|were|will|would|can|could|should)\b/i.test(v))
    .map((v) => (/^to\s+\S/i.test(v) ? gerund(v.replace(/^to\s+/i, '')) : v))
    .map(thirdPerson)
    .filter(isThing);
}

/**
 * Chat drops the subject: "not a fan of olives", "love hiking", "name's Ana". The missing "I" or
 * "my" is put back so the same rules read it.
 */
/** Verbs that open a request to the agent, not a statement about the user ("tell me …", "book …"). */
const REQUEST_VERBS = new Set(['type', 'tell', 'show', 'give', 'check', 'recommend', 'suggest', 'find', 'help', 'list', 'book', 'escalate', 'close', 'summarize', 'summarise', 'explain', 'look', 'send', 'schedule', 'cancel', 'open', 'search', 'remind', 'add', 'create', 'update', 'delete', 'set', 'put', 'reset', 'let', 'make', 'please', 'remember', 'forget', 'note', 'call', 'keep', 'try', 'thank', 'thanks', 'see', 'guess', 'say', 'go', 'get', 'ask', 'wait', 'hold', 'stop', 'start', 'come', 'do', 'be', 'have']);

function withSubject(raw: string): string {
  // Learners' English read as meant: "I have 38 years", "allergic for cats", "I am coming from Izmir".
  let text = stripOpeners(raw)
    .replace(/\bI (?:have|got) (\d{1,3}) years(?: old)?\b/i, "I'm $1")
    .replace(/\ballergic for\b/i, 'allergic to')
    .replace(/\bI am coming from\b/i, "I'm from");
  if (/^name['’]?s\s/i.test(text) || /^name\s+is\s/i.test(text)) return `my name is ${text.replace(/^name(?:['’]?s|\s+is)\s+/i, '')}`;
  // "Wife is Kavya", "day job is at …", "native place is Jaipur": "my" left out.
  if (/^(?:wife|husband|partner|girlfriend|boyfriend|son|daughter|kids?|mum|mom|dad|brother|sister|bro|sis|boss|manager|dog|cat|day job|job|work|home|hometown|home town|native place|native town|birthplace|fav(?:ourite|orite)? \w+)\b[\p{L} ]{0,20}?\s(?:is|are|was|=)\s/iu.test(text)) return `my ${text}`;
  text = text.replace(/^origin\w*\s+from\b/i, 'originally from');
  // "we moved to Lyon", "our dog is called Rex": the user speaks for the household.
  text = text.replace(/^we['’]re\b/i, "I'm").replace(/^we['’]ve\b/i, "I've").replace(/^we\b/i, 'I').replace(/^our\b/i, 'my');
  const doc = nlp(text.toLowerCase());
  if (doc.has('^(living|based|staying|working|renting|settled|lodging) (in|at|for|as)')) return `I'm ${text}`;
  // "the new head of controlling is Sabine Leitner": a new boss named without "my".
  const newBoss = text.match(/^(?:and\s+)?(?:the|our)\s+new\s+(boss|manager|head|lead|supervisor|team lead|line manager)\b(?:\s+of\s+[\p{L} ]+?)?\s+is\s+(.+)$/iu);
  if (newBoss) return `my new ${newBoss[1]} is ${newBoss[2]}`;
  if (doc.has('^been (living|working|based|staying|learning|studying|playing|doing)')) return `I've ${text}`;
  if (doc.has('^#Noun+ (over|rather than|more than) #Noun')) return `I prefer ${text}`;
  if (doc.has('^(not|never|no|big|huge|massive|great|real) (really)? (a|an)? (big|huge|great)? (fan|lover|addict) of')) return `I'm ${text}`;
  if (doc.has('^(a|an)? (big|huge|massive|total|real)? #Noun+ (addict|lover|fan|enthusiast|nut|snob|fanatic|buff)')) return `I'm a ${text.replace(/^(?:a|an)\s+/i, '')}`;
  // "From 1st of this month I have joined …" is a date, not where the user is from.
  if (doc.has('^(still|also|now|very|severely|badly)? (allergic|originally from|originally|based in|intolerant|lactose intolerant|gluten intolerant|from)') && !/^from\s+(?:\d|next|last|this|the (?:\d|first|start|end|beginning)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|now|then)/i.test(text)) return `I'm ${text}`;
  if (/^(?:(?:really|absolutely|totally|just|also)\s+)?(?:love|like|hate|adore|enjoy|dislike|prefer|loathe|detest|can'?t stand|cannot stand|can not stand|don'?t (?:like|eat|drink|do)|never (?:eat|drink))\b/i.test(text) && !doc.has('^#Verb (it|that|this|you)$')) return `I ${text}`;
  // "Kiwi allergy - throat swells up": an allergy named without "I have".
  const allergyNamed = text.match(/^([\p{L}][\p{L} -]*?)\s+(allergy|allergies|intolerance)\b/iu);
  if (allergyNamed && allergyNamed[1].split(/\s+/).length <= 3 && !/^(?:my|the|our|a|an|only|no)\b/i.test(allergyNamed[1])) return `I have a ${allergyNamed[1]} ${allergyNamed[2]}`;
  // "no more flat whites": given up.
  if (/^(?:no longer|not)\s+(?:at|with|working|employed)\b/i.test(text)) return `I'm ${text}`;
  // "strictly halal for me", "vegan only": a diet named on its own.
  const dietNamed = text.match(new RegExp(`^(?:strictly|mostly|only|always|fully|100%)?\\s*(${DIETS.join('|')})\\b(?:\\s+(?:for me|only|all the way|these days|now|i guess|i think|i suppose|i reckon|basically))?[.!]*$`, 'i'));
  if (dietNamed) return `I'm ${dietNamed[1].toLowerCase()}`;
  const noMore = text.match(/^no more\s+(.+)$/i);
  if (noMore) return `I don't have ${noMore[1]} anymore`;
  // "it's builders tea for me": a preference.
  const forMe = text.match(/^it['’]?s\s+(.+?)\s+for me\b/i);
  if (forMe) return `I love ${forMe[1]}`;
  // "it's peppermint tea now": a switch, when the thing has a category (drinks, cars, …).
  const nowThing = text.match(/^it['’]?s\s+(.+?)\s+now\b/i);
  if (nowThing) return `I switched to ${nowThing[1]}`;
  // "No car for us", "no kids": having none is a fact too.
  const none = text.match(/^no\s+([\p{L}][\p{L} -]*?)(?:\s+for\s+(?:me|us))?\s*[.!]*$/iu);
  if (none && none[1].split(/\s+/).length <= 3) return `I have no ${none[1]}`;
  // "flat white girl thru and thru", "dog person": a liking.
  const kind = text.match(/^(?:a\s+)?(?:total\s+|real\s+|big\s+)?([\p{L}][\p{L} -]*?)\s+(?:girl|guy|person|kind of person|type|gal|man|woman)\b/iu);
  if (kind && !/^(?:nice|good|bad|old|young|busy|tired|happy|normal|regular)$/i.test(kind[1])) return `I love ${kind[1]}`;
  const toks = tokens(doc).filter((t) => t.text !== '');
  const head = toks[0];
  if (!head) return text;
  // Terse notes: "29." → age, "Priya." → name, "ICU nurse." → job, "Work nights at …" → "I work …".
  if (toks.length === 1 && /^\d{1,3}$/.test(head.normal) && Number(head.normal) >= 5 && Number(head.normal) <= 110) return `I'm ${text}`;
  if (toks.length === 1 && /^[A-Z][a-z]+[.!]?$/.test(text.trim()) && (isUnknownWord(head.normal) || head.tags.includes('FirstName'))) return `my name is ${text}`;
  // "doing keto right now", "studying comp sci": an "-ing" opening is never a request.
  if (head.tags.includes('Gerund') || /ing$/.test(head.normal)) {
    return toks.length >= 2 && !['thanks', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening'].includes(head.normal) ? `I'm ${lowerFirst(text)}` : text;
  }
  if (toks.length <= 4 && !head.tags.includes('Verb') && !head.tags.includes('Pronoun') && !/^(?:i|i'm|my|we|our)$/.test(head.normal) && isJob(doc)) return `I'm a ${text}`;
  // "senior QA consultant at Thoughtworks from monday": a title and where.
  const titleAt = text.match(/^((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+(?:at|for|with)\s+(?!\d)\S/u);
  const plainTitle = titleAt && !/\b(?:on|in|from|to|of|by|next|this|every|tomorrow|today|tonight)\b/i.test(titleAt[1]);
  if (titleAt && plainTitle && !head.tags.includes('Verb') && !head.tags.includes('Pronoun') && !/^(?:i|i'm|my|we|our|the|a|an)$/.test(head.normal) && isJob(nlp(titleAt[1].toLowerCase()))) return `I'm a ${text}`;
  // Read with "I" in front, is the first word a verb? ("work nights …" is; "coffee addict" is not.)
  // A past tense is never a request ("went off raw fish").
  // "just started a new job at Bosch": an adverb before the verb.
  if (/^(?:just|recently|finally|also|then)\s/i.test(text) && tokens(doc)[1]?.tags.includes('PastTense')) return `I ${text}`;
  const past = head.tags.includes('PastTense');
  if ((!past && (REQUEST_VERBS.has(head.normal) || REQUEST_VERBS.has(verbLemma(head.normal)))) || toks.length < 2) return text;
  // "play some music" asks for something; "play the tin whistle" says what the user does.
  if (head.normal === 'play' && doc.has('^play (some|a|the)? (music|song|songs|playlist|track|album|something|anything|game)')) return text;
  // "cast iron beats non-stick" already has its subject and verb.
  if (toks.slice(1).some((t, i) => i > 0 && t.tags.includes('PresentTense') && /s$/.test(t.normal) && toks[i].tags.includes('Noun'))) return text;
  const second = tokens(nlp(`I ${lowerFirst(text)}`)).filter((t) => t.text !== '')[1];
  // A word that is a noun on its own ("coffee addict") is not made a verb by the "I" in front.
  const nounAlone = tokens(nlp(head.normal)).every((t) => t.tags.includes('Noun') && !t.tags.includes('Verb'));
  const verb = !nounAlone && second?.tags.includes('Verb') && (!second.tags.includes('Auxiliary') || /n't|not|never/.test(`${second.normal} ${toks[1]?.normal ?? ''}`));
  if (verb && !second.tags.includes('Copula') && !second.tags.includes('Modal')) return `I ${lowerFirst(text)}`;
  if (verb && second.tags.includes('Modal') && /n't|not/.test(second.normal + (toks[1]?.normal ?? ''))) return `I ${lowerFirst(text)}`;
  return text;
}

/** Words that say what the user is, never who: "I'm vegetarian", "I'm coeliac", "I'm barista". */
function notAName(word: string): boolean {
  if (DIETS.includes(word) || JOB_WORDS.has(word)) return true;
  const kinds = categoriesOf(word);
  return ['condition', 'health', 'food', 'drink', 'language', 'sport', 'hobby'].some((k) => kinds.has(k));
}

/**
 * "Hamish Tane", "Ravi Shankar Iyer": two or three capitalised words that are neither a place, a
 * job title nor an organisation read as a first name and a surname, whatever the tagger makes of
 * each word ("Hamish" reads as an adjective in -ish).
 */
function looksLikeFullName(text: string): boolean {
  // "Anneke de Vries from Utrecht": the name ends where the rest of the introduction starts.
  const words = text.trim().replace(/\s+(?:from|in|at|and|living|based|here|originally)\b.*$/i, '').replace(/[.!]+$/, '').split(/\s+/);
  // "Anneke de Vries", "Ahmad bin Ismail": a lower-case particle between capitalised names.
  const particle = (w: string, i: number) => i > 0 && i < words.length - 1 && /^(?:de|van|von|der|den|da|di|du|le|la|bin|binti|al|el|ter|ten|dos|das|del|della)$/.test(w);
  if (words.length < 2 || words.length > 4 || !words.every((w, i) => /^[A-Z][\p{L}'-]+$/u.test(w) || particle(w, i))) return false;
  if (words.some((w) => notAName(w.toLowerCase()))) return false;
  const doc = nlp(words.filter((w) => /^[A-Z]/.test(w)).join(' '));
  return !doc.has('(#Place|#Organization|#Demonym)') && !isJob(doc);
}

/** A capitalised word compromise has no entry for and cannot read as anything else: most likely a name. */
function isUnknownWord(word: string): boolean {
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  if (lexicon[word]) return false;
  return tokens(nlp(word)).every((t) => !t.tags.some((tag) => ['Verb', 'Adjective', 'Adverb', 'Place', 'Value', 'Date', 'Plural'].includes(tag)));
}

/**
 * "I'm kwame software engineer at stripe": an unknown word right after "I'm" is a name when
 * something else follows it; the rest is read as its own statement ("I'm a software engineer …").
 */
function introduction(text: string): string[] {
  // "I'm Aoife, 27, doing a phd in marine biology": a name, then a comma list about the same person.
  const bare = text.replace(/\s*\([^)]*\)/g, '');
  const listed = bare.match(/^(?:I'm|I am)\s+([\p{L}][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2})\s*,\s*(.+)$/u);
  const lead = listed?.[1].split(/\s+/)[0].toLowerCase() ?? '';
  if (listed && !notAName(lead) && (isUnknownWord(lead) || tokens(nlp(listed[1])).some((t) => t.tags.includes('Person')) || looksLikeFullName(listed[1]))) {
    return [`my name is ${listed[1]}`, ...listed[2].split(/\s*,\s*/).filter(Boolean).map(aboutMe)];
  }
  const m = text.match(/^(?:I'm|I am)\s+([A-Za-z][a-z'-]+)\s*[,-]?\s+(.+)$/i);
  if (!m || !isUnknownWord(m[1].toLowerCase()) || notAName(m[1].toLowerCase())) return [text];
  const rest = m[2].replace(/^(?:and|a|an)\s+/i, '');
  // "I'm Ravi Shankar Iyer": capitalised words after the first name are the rest of the name.
  if (/^[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2}[.!]*$/u.test(rest)) return [`my name is ${m[1]} ${rest.replace(/[.!]+$/, '')}`];
  // Only an introduction when what follows reads like one: a job ("software engineer at stripe"),
  // an age or a place; "I'm lactose intolerant" is not "I'm Lactose".
  const head = rest.split(/\s+(?:at|for|in|from|with)\s+/i)[0];
  if (isJob(nlp(head))) return [`my name is ${m[1]}`, `I'm a ${rest}`];
  if (/^(?:\d{1,3}\b|from\s)/i.test(rest)) return [`my name is ${m[1]}`, `I'm ${rest}`];
  return [text];
}

/** One item of an introduction's list, as a statement: "27" → "I'm 27", "head chef at X" → "I'm a head chef at X". */
function aboutMe(item: string): string {
  const t = item.trim().replace(/^(?:and|also)\s+/i, '');
  if (/^(?:i|i'm|my|we)\b/i.test(t)) return t;
  if (/^\d{1,3}$/.test(t) || /^\d{1,3}\s+(?:years?|yrs?)(?:\s+old)?$/i.test(t)) return `I'm ${t}`;
  if (/^(?:from|originally|based|living|born)\b/i.test(t)) return `I'm ${t}`;
  const head = t.split(/\s+(?:at|for|in|from|with)\s+/i)[0];
  if (isJob(nlp(head))) return `I'm a ${t.replace(/^(?:a|an)\s+/i, '')}`;
  return withSubject(t);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function like(out: Collector, value: string): void {
  const f = makeFact('likes', value);
  if (!f) return;
  out.add(f);
  out.drop(`dislikes:${thingKey(value)}`);
}

function dislike(out: Collector, value: string): void {
  const f = makeFact('dislikes', value);
  if (!f) return;
  out.add(f);
  out.drop(`likes:${thingKey(value)}`);
  // A dislike also ends a favourite or any positive statement about the same thing.
  for (const word of thingKey(value).split(' ')) out.withdraw(nounLemma(word));
}

const likesRule: Rule = (c, out) => {
  // "I prefer dogs to cats", "I like tea more than coffee": the first is liked, and the comparison is kept as said.
  const compared = c.text().match(/^I (?:really |much |definitely )?(?:prefer|like|love|enjoy) (?!to\s)(.+?) (?:to|over|more than|rather than|instead of|better than) (.+)$/i);
  if (compared) {
    for (const v of things(nlp(compared[1]))) like(out, v);
    statementRule(c, out);
    return true;
  }
  const noLonger = first(c, [`i no longer (like|love|enjoy) [<v>.+]`, 'i am (no longer|not) (into|a fan of) [<v>.+]']);
  if (noLonger && !c.has('not a (big|huge)? fan')) {
    for (const v of things(noLonger.v)) {
      out.drop(`likes:${thingKey(v)}`);
      for (const word of thingKey(v).split(' ')) out.withdraw(nounLemma(word));
    }
    return true;
  }
  const dislikes = first(c, [
    `i ${DISLIKE_ADVERBS}? ${NEG} (really|particularly|much|even)? (like|love|enjoy|stand|bear|tolerate) [<v>.+]`,
    `i ${DISLIKE_ADVERBS}? (hate|dislike|detest|loathe|despise|abhor) [<v>.+]`,
    'i am (really|just)? not (a|an)? (big|huge|great)? fan of [<v>.+]',
  ]);
  if (dislikes) {
    for (const v of things(dislikes.v)) dislike(out, v);
    return true;
  }
  const likes = first(c, [
    `i ${LIKE_ADVERBS}? (like|love|enjoy|adore|prefer|fancy) [<v>.+]`,
    'i am (a|an)? (big|huge|great|massive|real)? (fan|lover) of [<v>.+]',
    'i am (really|very|quite|so)? (into|passionate about|crazy about|obsessed with) [<v>.+]',
    'i am (a|an) (big|huge|great|massive|real)? [<v>.+] (lover|fan|enthusiast|addict|buff)',
  ]);
  if (likes) {
    for (const v of things(likes.v)) like(out, v);
    // "coffee over tea": the comparison is worth keeping in the user's own words too.
    if (c.has('(over|rather than|more than|instead of)')) statementRule(c, out);
    return true;
  }
  return false;
};

/** Order matters: diet before job ("I'm a vegetarian" is not a job), name last ("I'm Alice"). */
const RULES: Rule[] = [dietRule, allergyRule, favouriteRule, likesRule, locationRule, employerRule, jobRule, nameRule];

// ---------------------------------------------------------------- notes

const NOTE_PATTERNS = [
  '^(please)? (remember|memorize|memorise|note) (that)? [<v>.+]',
  '^(please)? (do not|never) forget (that)? [<v>.+]',
  '^(please)? keep in mind (that)? [<v>.+]',
  '^i (want|would like|need) you to (remember|note|know) (that)? [<v>.+]',
  '^(make a)? note (that)? [<v>.+]',
];
/** A request phrased as a question; "that" is required so "can you remember my name?" stays a question. */
const NOTE_QUESTION = '^(can|could|would|will) you (please)? (remember|note|memorize|memorise) that [<v>.+]';

/** The text to remember when `rest` (a clause and what follows it) is a "remember …" request. */
function noteContent(rest: string): string | undefined {
  const doc = nlp(rest);
  const question = /\?\s*$/.test(rest);
  for (const p of question ? [NOTE_QUESTION] : [...NOTE_PATTERNS, NOTE_QUESTION]) {
    const m = doc.match(p);
    if (m.found) {
      const v = (m.groups('v') as View).text().replace(/^[\s:,-]+/, '').trim();
      return v || undefined;
    }
  }
  return undefined;
}

/** "My friend thinks I'm vegan": someone else's claim about the user, not the user's statement. */
function reportedByOthers(clause: View): boolean {
  return !clause.has('^i') && clause.has('(thinks|thought|says|said|believes|believed|claims|claimed|assumes|assumed|guesses|guessed|heard|hears|told me|tells me|wishes) (that)? i');
}

const extracted = new LRUCache<string, FactUpdate>({ max: 5000 });

/** Extracts facts from the user's own sentences with compromise; see the file comment for the rules. */
export class NlpFactExtractor implements FactExtractor {
  extract(userText: string): FactUpdate {
    // The provider and the offline model read the same message, and every turn re-reads the
    // history: one cache for all instances (an update is a pure function of the text; callers
    // never mutate it).
    let update = extracted.get(userText);
    if (!update) {
      const out = new Collector();
      const text = withReferents(normalizeChat(userText.slice(0, MAX_INPUT_CHARS)));
      this.collect(text, out, true);
      settleEmployer(text, out, (title) => isJob(nlp(title)) || isTitle(nlp(title)));
      settleNickname(text, out);
      update = out.result();
      extracted.set(userText, update);
    }
    return update;
  }

  /** A clause that states a job may also state where: "I'm a teacher from Porto", "I work as a nurse at St Mary's". */
  private alsoJobAndPlace(doc: View, out: Collector, sentenceDoc: View): void {
    // "I'm a 31-year-old accountant": the age said on the way to the job.
    const aged = doc.text().match(/^I(?:['’]m| am) (?:a |an )?(\d{1,3})[- ]years?[- ]old\b/i);
    if (aged) {
      const age = makeFact('about', `User is ${aged[1]}`);
      if (age) out.add(age);
    }
    // "I'm a teacher from Porto": a job (or a name) and where the user is from, in one clause.
    if ((doc.has('^i am (a|an) #Noun') || doc.has('^i am (a|an) #Value') || doc.has('^my name is')) && !doc.has('(because|since|want|would|will|going to|plan)')) {
      const origin = groups(doc, 'from [<v>#ProperNoun+]');
      if (origin) out.add(makeFact('location', valueOf(origin.v, PLACE_VALUE), LOCATION_ORIGIN));
      const home = groups(doc, 'in [<v>#Place+]');
      if (home) out.add(makeFact('location', valueOf(home.v, PLACE_VALUE)));
      // "QA engineer in Infosys": "in" a name that is not a place is where the user works.
      const firm = !home && !out.get('employer') && doc.has('^i am (a|an) #Noun+ in') ? groups(doc, 'in [<v>#ProperNoun+]') ?? groups(doc, 'in [<v>.+]') : undefined;
      const firmName = firm ? valueOf(firm.v, { capitalize: 'proper', stopAtComma: true, stopWords: ['since', 'for', 'as', 'and', 'but', 'where'] }) : '';
      if (firmName && /^[A-Z]/.test(firmName) && !nlp(firmName).has('#Place')) out.add(makeFact('employer', firmName));
    }
    // "I work as a data engineer at Contoso" (or "at Contoso as a data engineer") states the job and the employer.
    // "working as nurse in Salford Royal hospital": a named workplace after the job.
    if (doc.has('(work|working) as .+ (in|at) #ProperNoun') && !out.get('employer')) {
      const place = groups(doc, '(work|working) as .+? (in|at) [<v>#ProperNoun+ .*]');
      const name = place ? valueOf(place.v, { capitalize: 'proper', stopAtComma: true, stopWords: ['since', 'for', 'and', 'but', 'now', 'because'] }) : '';
      if (name && !nlp(name).has('^#Place+$')) out.add(makeFact('employer', name));
    }
    if (doc.has('(work|working|hired|recruited|employed) as') || doc.has('(work|working|job|position|role|started|joined) (at|for|with)? .+ as') || doc.has('^i am (now|currently|also|actually)? (a|an) .+ (at|for)')) {
      jobRule(doc, out, sentenceDoc);
      employerRule(doc, out, sentenceDoc);
    }
  }

  private collect(text: string, out: Collector, notesAllowed: boolean): void {
    for (const sentence of sentences(text)) {
      const sentenceDoc = nlp(sentence.text);
      // "On weekends I paint and I surf": the time that opens the sentence holds for each clause.
      const lead = sentenceDoc.match('^(on|at|in|every|during|most|after|before)? (the)? [<t>#Date+] (i|we)').groups('t') as View | undefined;
      const leadText = lead?.found ? `${sentenceDoc.match('^(on|at|in|every|during|most|after|before)').text()} ${lead.text()}`.trim() : '';
      for (const [index, clause] of sentence.clauses.entries()) {
        if (notesAllowed) {
          const note = noteContent(sentence.text.slice(clause.start));
          if (note) {
            // "Remember that I'm allergic to peanuts" is a fact; anything else is kept as a note.
            const inner = new Collector();
            this.collect(note, inner, false);
            if (inner.size > 0) out.merge(inner);
            else out.add(makeFact('note', note));
            break;
          }
        }
        if (!clause.statement || isChatter(clause.text)) continue;
        for (const part of introduction(withSubject(clause.text))) {
          const doc = nlp(index > 0 && leadText && /^(?:i|we)\b/i.test(part) && !/[.!?]$/.test(part) ? `${part} ${leadText}` : part);
          if (reportedByOthers(doc)) continue;
          if (!RULES.some((rule) => rule(doc, out, sentenceDoc))) statementRule(doc, out);
          withdrawSetAside(part, out);
          this.alsoJobAndPlace(doc, out, sentenceDoc);
        }
        continue;
      }
    }
  }
}
