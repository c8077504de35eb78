/**
 * Grammatical person. A memory speaks of the user in the third person ("User plays the cello.")
 * so that any model reads it as a fact about someone else; an answer speaks to the user in the
 * second person ("you play the cello"). compromise expands contractions and conjugates verbs, so
 * "I've been" and "I don't" come out right without a table of phrasings.
 */
import nlp from './compromise';
import { opensQuestion } from './question';

type View = ReturnType<typeof nlp>;

interface Term {
  text: string;
  tags: string[];
  post: string;
  pre: string;
}

function terms(view: View): Term[] {
  const out: Term[] = [];
  for (const sentence of view.json() as Array<{ terms: Array<{ text: string; tags?: string[]; post?: string; pre?: string }> }>) {
    for (const t of sentence.terms) out.push({ text: t.text, tags: t.tags ?? [], post: t.post ?? ' ', pre: t.pre ?? '' });
  }
  return out;
}

function render(toks: Term[]): string {
  return toks
    .filter((t) => t.text !== '')
    .map((t, i, all) => `${i === 0 ? '' : t.pre}${t.text}${i === all.length - 1 ? '' : t.post || ' '}`)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function conjugation(verb: string): { PresentTense?: string; Infinitive?: string } {
  const doc = nlp(verb);
  doc.tag('Verb');
  return (doc.verbs().conjugate()[0] as { PresentTense?: string; Infinitive?: string } | undefined) ?? {};
}

function isVerbAlone(word: string): boolean {
  return nlp(word.toLowerCase()).has('^#Verb$');
}

/** Present tense, third person: "play" → "plays", "go" → "goes". */
function thirdForm(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower === 'have') return 'has';
  if (lower === 'do') return 'does';
  if (lower === 'am' || lower === 'be') return 'is';
  return conjugation(lower).PresentTense ?? `${lower}s`;
}

/** Infinitive of a third-person present verb: "plays" → "play". */
function baseForm(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower === 'has') return 'have';
  if (lower === 'does') return 'do';
  if (lower === 'is') return 'are';
  if (lower === 'was') return 'were';
  const doc = nlp(lower);
  doc.tag('Verb');
  return doc.verbs().toInfinitive().text() || lower;
}

const FIRST_TO_THIRD: Record<string, string> = { my: 'their', mine: 'theirs', me: 'them', myself: 'themselves', our: 'their', ours: 'theirs', us: 'them', ourselves: 'themselves' };
const SUBJECTS = new Set(['i', 'we']);
const SKIPPABLE = ['Adverb', 'Negative'];

/**
 * "I usually go to bed around 11" → "User usually goes to bed around 11."; "my brother is
 * called Tomás" → "User's brother is called Tomás.". Words before the subject ("on weekends I
 * paint") move to the end so the sentence still starts with "User".
 */
/**
 * Contractions of the user's own verbs, spelled out so the verb can agree with "User"; others
 * ("who's 7", "she's") stay as written, since compromise would have to guess "is" or "has".
 */
const OWN_CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bI['’]m\b/gi, 'I am'], [/\bI['’]ve\b/gi, 'I have'], [/\bI['’]d\b/gi, 'I would'], [/\bI['’]ll\b/gi, 'I will'],
  [/\bwe['’]re\b/gi, 'we are'], [/\bwe['’]ve\b/gi, 'we have'], [/\bdon['’]t\b/gi, 'do not'], [/\bdoesn['’]t\b/gi, 'does not'],
  [/\bdidn['’]t\b/gi, 'did not'], [/\bcan['’]t\b/gi, 'cannot'], [/\bwon['’]t\b/gi, 'will not'], [/\bhaven['’]t\b/gi, 'have not'],
  [/\bwasn['’]t\b/gi, 'was not'], [/\baren['’]t\b/gi, 'are not'], [/\bam not\b/gi, 'am not'],
];

function spellOut(text: string): string {
  return OWN_CONTRACTIONS.reduce((t, [re, full]) => t.replace(re, full), text);
}

/** A first-person clause said of the user in the third person: "I play the cello" → "User plays the cello". */
export function toThirdPerson(clause: string, subject = 'User'): string {
  const doc = nlp(spellOut(clause.trim()));
  const toks = terms(doc);
  const subjectAt = toks.findIndex((t) => SUBJECTS.has(t.text.toLowerCase()) || /^my$/i.test(t.text));
  let out: Term[];
  if (subjectAt < 0) {
    out = toks;
  } else {
    const lead = toks.slice(0, subjectAt);
    const rest = toks.slice(subjectAt);
    const head = rest[0].text.toLowerCase();
    if (head === 'my') {
      rest[0] = { ...rest[0], text: `${subject}'s` };
    } else {
      rest[0] = { ...rest[0], text: subject };
      // The first finite verb agrees with the new subject; adverbs and "not" in between stay.
      for (let i = 1; i < rest.length; i++) {
        const t = rest[i];
        if (t.text === '' || t.tags.some((tag) => SKIPPABLE.includes(tag)) && !t.tags.includes('Verb')) continue;
        // "I work night shifts": right after "I", a word that is a verb on its own is the verb.
        if (!t.tags.includes('Verb') && !(i === 1 && isVerbAlone(t.text))) break;
        const lower = t.text.toLowerCase();
        if (lower === 'am' || lower === 'are') rest[i] = { ...t, text: 'is' };
        else if (lower === 'were') rest[i] = { ...t, text: 'was' };
        else if (t.tags.includes('Modal') || t.tags.includes('PastTense') || lower === 'was' || lower === 'used' || nlp(lower).has('^#PastTense$')) break;
        else if (t.tags.includes('PresentTense') || t.tags.includes('Infinitive') || t.tags.includes('Auxiliary')) rest[i] = { ...t, text: thirdForm(lower) };
        break;
      }
    }
    const leadText = render(lead).replace(/[,;:]+$/, '');
    out = leadText ? [...rest, { text: leadText.charAt(0).toLowerCase() + leadText.slice(1), tags: [], post: '', pre: ' ' }] : rest;
    // The moved lead needs a space before it.
    if (leadText && out.length > 1) out[out.length - 2] = { ...out[out.length - 2], post: out[out.length - 2].post.replace(/[,;:]/g, '') || ' ' };
  }
  const mapped = out.map((t, i) => {
    const lower = t.text.toLowerCase();
    if (i > 0 && FIRST_TO_THIRD[lower]) return { ...t, text: FIRST_TO_THIRD[lower] };
    if (i > 0 && SUBJECTS.has(lower)) return { ...t, text: 'they' };
    return t;
  });
  const text = render(mapped).replace(/[\s,;:]+$/, '').replace(/[.!?…]+$/, '').replace(/\bcan not\b/g, 'cannot').replace(/\bthey (was|am)\b/g, (_m, verb: string) => (verb === 'was' ? 'they were' : 'they are'));
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '';
}

const TO_SECOND: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
  their: 'your', theirs: 'yours', them: 'you', themselves: 'yourself', they: 'you',
};

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bdo not\b/gi, "don't"],
  [/\bdoes not\b/gi, "doesn't"],
  [/\bdid not\b/gi, "didn't"],
  [/\bcan not\b/gi, "can't"],
  [/\bare not\b/gi, "aren't"],
  [/\bwere not\b/gi, "weren't"],
  [/\bhave not\b/gi, "haven't"],
  [/\bwill not\b/gi, "won't"],
];

/** Spoken contractions back in ("you do not" → "you don't"); compromise expanded them to read the verbs. */
function contract(text: string): string {
  return CONTRACTIONS.reduce((t, [re, short]) => t.replace(re, short), text);
}

/**
 * Chat drops the subject ("is a MacBook Pro M3", "have tried rebooting"): put it back, so the
 * sentence reads right when quoted ("it is a MacBook Pro M3", "you have tried rebooting").
 */
function withDroppedSubject(text: string): string {
  if (opensQuestion(text)) return text;
  if (/^(?:is|was|has)\b/i.test(text)) return `it ${text}`;
  if (/^(?:am|have|had|did|do)\b/i.test(text)) return `I ${text}`;
  return text;
}

/**
 * "User plays the cello." → "you play the cello"; "I'm from Porto" → "you are from Porto";
 * "my son Leo is 7" → "your son Leo is 7". Used to quote a memory back to the user.
 */
export function toSecondPerson(text: string): string {
  let source = withDroppedSubject(text.trim().replace(/[.!?…]+$/, ''));
  const userSubject = /^user\b/i.test(source);
  source = source.replace(/^user['’]s\b/i, 'my').replace(/^user\b/i, 'I');
  // Facts joined into one ("User was born in 1988, and User is from Debrecen"): every "User" is the user.
  source = source.replace(/(,?\s+(?:and|but)\s+)User['’]s\b/g, '$1my').replace(/(,?\s+(?:and|but)\s+)User\b/g, '$1I');
  const doc = nlp(source);
  doc.contractions().expand();
  const toks = terms(doc);
  let afterSubject = false;
  const out = toks.map((t, i) => {
    const lower = t.text.toLowerCase();
    if (lower === 'i' || (i === 0 && lower === 'we')) {
      afterSubject = true;
      return { ...t, text: 'you' };
    }
    if (afterSubject && t.text !== '' && !(t.tags.some((tag) => SKIPPABLE.includes(tag)) && !t.tags.includes('Verb'))) {
      afterSubject = false;
      if (lower === 'am' || lower === 'is') return { ...t, text: 'are' };
      if (lower === 'was') return { ...t, text: 'were' };
      if (userSubject && t.tags.includes('Verb') && t.tags.includes('PresentTense') && /s$/.test(lower)) return { ...t, text: baseForm(lower) };
      if (lower === 'has' || lower === 'does') return { ...t, text: baseForm(lower) };
    }
    if (TO_SECOND[lower] && !(lower === 'they' && !userSubject)) return { ...t, text: TO_SECOND[lower] };
    return t;
  });
  return contract(render(out));
}
