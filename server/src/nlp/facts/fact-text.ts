/**
 * Canonical fact sentences (`User's name is Alice.`) and their inverse. The sentence is what
 * gets stored as memory content and shown to models and attendees; `parseFactText` lets an
 * edited or reloaded sentence find its slot (`key`) again.
 */
import nlp from '../compromise';
import type { Fact, FactAttribute } from './types';
import { stableHash } from './stable-hash';
import { topicKey } from './topic';

/** Longest value kept; longer input is cut so one message cannot flood the memory panel. */
const MAX_VALUE_CHARS = 200;

/** Marks a location fact that came from "I'm from X" (origin) rather than "I live in X". */
export const LOCATION_ORIGIN = 'from';

/** Trims whitespace and trailing punctuation, collapses inner whitespace. */
export function cleanValue(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“‘(]+|["'”’)]+$/g, '')
    .replace(/[\s.,;:!?]+$/, '')
    .trim()
    .slice(0, MAX_VALUE_CHARS);
}

/**
 * Key part for a thing (`likes:<thing>`): lower case, no leading article or possessive, so
 * "the rain" and "rain" fill the same slot.
 */
export function thingKey(value: string): string {
  return cleanValue(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/^(?:(?:the|a|an|some|any|my|their)\s+)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const SUBJECT_SPELLING: Record<string, string> = { colour: 'color', flavour: 'flavor', colours: 'color', flavours: 'flavor' };

/** Category of a favourite (`colour` → `color`, `foods` → `food`). */
export function favouriteSubject(subject: string): string {
  const words = thingKey(subject).split(' ').filter(Boolean);
  if (words.length === 0) return '';
  const last = words[words.length - 1];
  let normal = SUBJECT_SPELLING[last];
  if (!normal && last.endsWith('s') && !last.endsWith('ss')) {
    // compromise knows irregular plurals ("movies" → "movie"); it returns '' for words it
    // cannot treat as nouns, so keep the original then.
    normal = nlp(last).nouns().toSingular().text().toLowerCase() || last;
  }
  words[words.length - 1] = normal ?? last;
  return words.join(' ');
}

function noteHash(value: string): string {
  return stableHash(cleanValue(value).toLowerCase());
}

/** The slot a fact fills, e.g. `name`, `favourite:color`, `likes:sushi`, `note:1a2b3c4d`. */
export function factKey(attribute: FactAttribute, value: string, subject?: string): string {
  switch (attribute) {
    case 'favourite':
      return `favourite:${favouriteSubject(subject ?? '')}`;
    case 'likes':
    case 'dislikes':
    case 'allergy':
      return `${attribute}:${thingKey(value)}`;
    case 'note':
      return `note:${noteHash(value)}`;
    case 'about':
      return `about:${subject || topicKey(value) || noteHash(value)}`;
    case 'location':
      // Where the user is from and where they live now are two facts: "originally from Porto,
      // living in Lyon" keeps both.
      return subject === LOCATION_ORIGIN ? 'hometown' : 'location';
    default:
      return attribute;
  }
}

function withArticle(job: string): string {
  if (/^(?:a|an|the)\s/i.test(job)) return job;
  return `${/^[aeiou]/i.test(job) ? 'an' : 'a'} ${job}`;
}

/** The canonical sentence for a fact. */
export function formatFact(fact: Pick<Fact, 'attribute' | 'value' | 'subject'>): string {
  const v = cleanValue(fact.value);
  switch (fact.attribute) {
    case 'name':
      return `User's name is ${v}.`;
    case 'location':
      return fact.subject === LOCATION_ORIGIN ? `User is from ${v}.` : `User lives in ${v}.`;
    case 'job':
      return `User works as ${withArticle(v)}.`;
    case 'employer':
      return `User works at ${v}.`;
    case 'diet':
      return `User's diet is ${v}.`;
    case 'allergy':
      return `User is allergic to ${v}.`;
    case 'favourite':
      return `User's favourite ${favouriteSubject(fact.subject ?? '')} is ${v}.`;
    case 'likes':
      return `User likes ${v}.`;
    case 'dislikes':
      return `User dislikes ${v}.`;
    case 'note':
      return `User asked to remember: ${v}.`;
    case 'about':
      return `${v.charAt(0).toUpperCase()}${v.slice(1)}.`;
  }
}

/**
 * Builds a complete fact (key and canonical text included). Returns undefined when the value
 * (or a favourite's category) is empty after cleaning.
 */
export function makeFact(attribute: FactAttribute, value: string, subject?: string): Fact | undefined {
  // A statement keeps its own brackets ("Mia (4)"); a slot value loses stray quotes and brackets.
  let v = attribute === 'about' ? value.replace(/\s+/g, ' ').trim().replace(/[\s.,;:!?]+$/, '').slice(0, MAX_VALUE_CHARS) : cleanValue(value);
  if (attribute === 'job') v = v.replace(/^(?:a|an)\s+/i, '');
  if (!v) return undefined;
  let s = subject;
  if (attribute === 'favourite') {
    s = favouriteSubject(subject ?? '');
    if (!s) return undefined;
  } else if (attribute === 'likes' || attribute === 'dislikes' || attribute === 'allergy') {
    if (!thingKey(v)) return undefined;
    s = v;
  } else if (attribute === 'about') {
    s = topicKey(v);
    if (!s || !/^user\b/i.test(v)) return undefined;
  } else if (attribute !== 'location' || subject !== LOCATION_ORIGIN) {
    s = undefined;
  }
  const fact: Fact = { key: factKey(attribute, v, s), attribute, value: v, text: '' };
  if (s !== undefined) fact.subject = s;
  fact.text = formatFact(fact);
  return fact;
}

/** Canonical sentence patterns, most specific first. Case-insensitive, final period optional. */
const PATTERNS: Array<{ re: RegExp; build: (m: RegExpMatchArray) => Fact | undefined }> = [
  { re: /^user asked to remember:\s*([\s\S]+)$/i, build: (m) => makeFact('note', m[1]) },
  { re: /^user['’]?s name is (.+)$/i, build: (m) => makeFact('name', m[1]) },
  { re: /^user lives in (.+)$/i, build: (m) => makeFact('location', m[1]) },
  { re: /^user is from (.+)$/i, build: (m) => makeFact('location', m[1], LOCATION_ORIGIN) },
  { re: /^user works (?:at|for) (.+)$/i, build: (m) => makeFact('employer', m[1]) },
  { re: /^user works as (.+)$/i, build: (m) => makeFact('job', m[1]) },
  { re: /^user['’]?s diet is (.+)$/i, build: (m) => makeFact('diet', m[1]) },
  { re: /^user is allergic to (.+)$/i, build: (m) => makeFact('allergy', m[1]) },
  { re: /^user['’]?s favou?rite (.+?) (?:is|are) (.+)$/i, build: (m) => makeFact('favourite', m[2], m[1]) },
  { re: /^user (?:dislikes|hates|does not like|doesn['’]t like) (.+)$/i, build: (m) => makeFact('dislikes', m[1]) },
  { re: /^user (?:likes|loves|enjoys) (.+)$/i, build: (m) => makeFact('likes', m[1]) },
  // Any other sentence about the user is an open-ended statement; its topic is its key.
  { re: /^(user\b.+)$/i, build: (m) => makeFact('about', m[1]) },
];

/**
 * The inverse of `formatFact`: reads a canonical fact sentence back into a `Fact`, or returns
 * undefined when the text is not one (e.g. a raw chat message).
 */
export function parseFactText(text: string): Fact | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const { re, build } of PATTERNS) {
    const m = t.match(re);
    if (m) return build(m);
  }
  return undefined;
}
