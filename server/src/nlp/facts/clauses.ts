/**
 * Splits a user message into first-person clauses with compromise, so "I'm Alice, I live in
 * Paris and I love jazz" becomes three statements each rule can read on its own.
 */
import nlp from '../compromise';
import { plainIntroduction, stripOpeners } from '../normalize';
import { asksInPlace, opensQuestion } from '../question';

/** A compromise document or match. */
export type View = ReturnType<typeof nlp>;

/** One token as compromise reports it (`json({ offset: true })`). */
export interface Token {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: string[];
  start: number;
  length: number;
}

/** One clause of a sentence, where it starts, and whether it states something. */
export interface Clause {
  /** The clause text; for an elliptical clause ("… and love jazz") the subject is added back ("I love jazz"). */
  text: string;
  /** Where the clause starts in its sentence, so a "remember …" request can take the rest. */
  start: number;
  /** False when the clause asks or supposes something ("what's my name", "if I lived in Paris"). */
  statement: boolean;
}

/** A sentence and its clauses. */
export interface Sentence {
  text: string;
  clauses: Clause[];
}

interface JsonTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/** Tokens of a view, flattened over its matches. */
export function tokens(view: View): Token[] {
  const out: Token[] = [];
  for (const match of view.json({ offset: true }) as Array<{ terms: JsonTerm[] }>) {
    for (const t of match.terms) {
      out.push({
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        pre: t.pre ?? '',
        post: t.post ?? '',
        tags: t.tags ?? [],
        start: t.offset?.start ?? 0,
        length: t.offset?.length ?? t.text.length,
      });
    }
  }
  return out;
}

/** Words that may open a new clause of the user's own. */
const CLAUSE_OPENERS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'my', 'please', 'remember', 'what', "what's", 'where', "where's", 'who', "who's", 'how', 'when', 'why', 'which', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'am', 'is', 'are', 'living', 'based', 'name', "name's", 'not', 'it', "it's", 'that', "that's", 'we', "we're", "we've", 'our', 'been', 'home']);
/** Words after which an opener starts a new clause even without a comma. */
const LINKERS = new Set(['and', 'but', 'so', 'also', 'plus', 'then', 'actually', 'btw', 'anyway', 'hi', 'hello', 'hey', 'yes', 'no', 'ok', 'okay', 'well', 'oh', 'now', 'though']);
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'plus', 'then']);
const COPULAR_STARTS = new Set(['allergic', 'from', 'based', 'originally', 'not', 'no', 'also', 'a', 'an', 'on', 'into', 'vegan', 'vegetarian', 'pescatarian', 'pescetarian', 'flexitarian']);
const ELLIPTICAL_VERBS = new Set(['like', 'love', 'enjoy', 'adore', 'prefer', 'hate', 'dislike', 'work', 'live', 'moved', 'joined', 'started', 'eat', 'have', 'never', 'really', 'also', 'switched', 'quit', 'stopped', 'started', 'gave', 'got', 'play', 'speak', 'drive', 'drink', 'go', 'ride', 'own', 'study', 'learn', 'teach', 'paint', 'surf', 'cook']);
/** "tell me …", "remind me …": a request to be told is a question too. */
const ASKS_TO_BE_TOLD = /^(?:tell me|remind me|kindly|please tell)\b/i;
const opensQuestionOrAsks = (text: string) => opensQuestion(text) || asksInPlace(text) || ASKS_TO_BE_TOLD.test(text);
const HYPOTHETICAL_START = /^(?:if|when|whenever|whether|unless|maybe|perhaps|suppose|imagine)\b/i;

function isOpener(toks: Token[], i: number): boolean {
  const t = toks[i];
  // "call me Al" opens a clause; "call" alone (a phone call) does not.
  if (t.normal === 'call') return toks[i + 1]?.normal === 'me';
  return CLAUSE_OPENERS.has(t.normal);
}

/** A copula within the next few words, before any comma: "meetings before 10am are the worst". */
function copulaAhead(toks: Token[], from: number): boolean {
  for (let j = from; j < Math.min(toks.length, from + 5); j++) {
    if (toks[j].tags.includes('Copula')) return true;
    if (toks[j].tags.includes('Pronoun') || endsWithBreak(toks[j])) return false;
  }
  return false;
}

function endsWithBreak(t: Token): boolean {
  return /[,;:]/.test(t.post);
}

/**
 * Splits one sentence into clauses. A new clause starts at an opener word ("I", "my", "what",
 * "please" …) that follows a comma or a linking word, and at "and <verb>" after a first-person
 * clause ("I live in Paris and work at Contoso" → "I work at Contoso").
 */
export function splitClauses(sentenceText: string): Clause[] {
  const doc = nlp(sentenceText);
  const toks = tokens(doc);
  if (toks.length === 0) return [];
  const sentenceIsQuestion = /\?\s*$/.test(sentenceText);
  const clauses: Clause[] = [];
  let startIdx = 0;
  let prefix = '';

  const push = (from: number, toExclusive: number, subjectPrefix: string) => {
    if (toExclusive <= from) return;
    const first = toks[from];
    const last = toks[toExclusive - 1];
    const raw = sentenceText.slice(first.start, last.start + last.length);
    const text = (subjectPrefix + raw).trim();
    if (!text) return;
    clauses.push({ text, start: first.start, statement: true });
  };

  for (let i = 1; i < toks.length; i++) {
    const prev = toks[i - 1];
    const cur = toks[i];
    const clauseIsFirstPerson = /^(?:i|i'm)$/.test(toks[startIdx].normal) || prefix === 'I ';
    // "Oliver, who's 7, and Poppy": after a name or noun, "who"/"which" starts a relative clause, not a question.
    const relative = /^(?:who|who's|which|where|whose)$/.test(cur.normal) && !sentenceIsQuestion && prev.tags.some((t) => t === 'Noun' || t === 'ProperNoun');
    const opener = isOpener(toks, i) && (endsWithBreak(prev) || LINKERS.has(prev.normal)) && !relative;
    // "I'm Yuki, 21, studying comp sci": after a comma, an age or an "-ing" phrase is another thing about "I".
    const listed =
      !opener &&
      endsWithBreak(prev) &&
      (/^(?:i|i'm)$/.test(toks[startIdx].normal) || prefix === "I'm ") &&
      ((cur.tags.includes('Value') && /^\d{1,3}$/.test(cur.normal) && (i + 1 >= toks.length || endsWithBreak(cur) || (/^(?:years?|yrs?)$/.test(toks[i + 1]?.normal ?? '') && toks[i + 2]?.normal === 'old'))) || cur.tags.includes('Gerund'));
    // "… and love jazz": same subject, new statement. compromise tags the verb after "and"
    // unreliably ("hate" as a noun, "chips" as a verb), so known verbs count too.
    const elliptical =
      clauseIsFirstPerson &&
      CONJUNCTIONS.has(prev.normal) &&
      (ELLIPTICAL_VERBS.has(cur.normal) || (cur.tags.includes('Infinitive') && !cur.tags.includes('Copula'))) &&
      !CLAUSE_OPENERS.has(cur.normal);
    // "I'm vegan and allergic to peanuts": the second predicate shares "I'm".
    const copular =
      !elliptical &&
      !opener &&
      (toks[startIdx].normal === "i'm" || (toks[startIdx].normal === 'i' && toks[startIdx + 1]?.normal === 'am') || prefix === "I'm ") &&
      CONJUNCTIONS.has(prev.normal) &&
      (COPULAR_STARTS.has(cur.normal) || (cur.tags.includes('Adjective') && !cur.tags.includes('Noun'))) &&
      // "allergic to shellfish and also to penicillin" continues the same predicate.
      !(toks[i + 1]?.tags.includes('Preposition') && ['also', 'not', 'no'].includes(cur.normal));
    // "…, the deadline is end of March" / "…, coffee was wrecking my sleep": a new subject after a comma.
    const next = toks[i + 1];
    const newSubject =
      !opener && !listed && endsWithBreak(prev) && i > startIdx + 1 &&
      (cur.normal === 'the' ? toks[i + 2]?.tags.includes('Copula') || toks[i + 2]?.tags.includes('Verb') : cur.tags.includes('Noun') && !cur.tags.includes('Pronoun') && !cur.tags.some((t) => t === 'ProperNoun' || t === 'Person')) &&
      Boolean(next && (cur.normal === 'the' ? next.tags.includes('Noun') : copulaAhead(toks, i + 1)));
    // "no more flat whites, cut caffeine out": after a comma, a past-tense verb is a new thing the user did.
    const pastVerb = (t: Token | undefined) => Boolean(t && ((t.tags.includes('PastTense') && !t.tags.includes('Auxiliary') && !t.tags.includes('Participle')) || t.normal === 'got'));
    // "…, just moved to Portland": an adverb may stand before that verb.
    const pastAfterComma = !opener && endsWithBreak(prev) && (pastVerb(cur) || (['just', 'recently', 'finally', 'also', 'then'].includes(cur.normal) && pastVerb(toks[i + 1]))) && i > startIdx;
    // "…, renting in Paddington now": after a comma, an "-ing" phrase with a place is where the user is.
    const gerundAfterComma = !opener && !listed && endsWithBreak(prev) && i > startIdx && cur.tags.includes('Gerund') && ['in', 'at', 'for', 'with', 'as', 'on'].includes(next?.normal ?? '');
    // "…, the new head of controlling is Sabine": a new person named after a comma.
    const newPerson = !opener && (endsWithBreak(prev) || LINKERS.has(prev.normal)) && i > startIdx && cur.normal === 'the' && next?.normal === 'new';
    if (opener || elliptical || copular || listed || newSubject || pastAfterComma || gerundAfterComma || newPerson) {
      const end = LINKERS.has(prev.normal) ? i - 1 : i;
      push(startIdx, end, prefix);
      startIdx = i;
      prefix = elliptical || pastAfterComma ? 'I ' : copular || listed || gerundAfterComma ? "I'm " : '';
    }
  }
  push(startIdx, toks.length, prefix);

  // "what language are me and the kids learning" (no question mark) is one question, not a question and a statement.
  const opensWithQuestion = opensQuestionOrAsks(sentenceText.trim()) && !/^(?:i|my)\b/i.test(sentenceText.trim());
  clauses.forEach((c, idx) => {
    const bare = c.text.replace(/^[\s,;:.!-]+/, '');
    c.statement = !opensWithQuestion && !(
      /\?\s*$/.test(bare) ||
      (sentenceIsQuestion && idx === clauses.length - 1) ||
      // "and my home country, which one is?": a fragment without a verb belongs to the question after it.
      (sentenceIsQuestion && !nlp(bare).has('#Verb')) ||
      opensQuestionOrAsks(bare) ||
      HYPOTHETICAL_START.test(bare)
    );
  });
  return clauses;
}

/** Abbreviations whose period does not end a sentence ("St. Thomas"). */
const ABBREVIATIONS = /\b(?:st|dr|mr|mrs|ms|jr|sr|vs|etc|mt|no|approx|dept|inc|ltd|co|e\.g|i\.e)\.$/i;

/**
 * Terse notes ("Priya. 29. ICU nurse.") are several sentences that compromise keeps together
 * when one is a number; cut at every sentence end first, then let compromise split the rest.
 */
function roughSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+/);
  const out: string[] = [];
  for (const part of parts) {
    if (out.length > 0 && ABBREVIATIONS.test(out[out.length - 1])) out[out.length - 1] += ` ${part}`;
    else out.push(part);
  }
  return out;
}

/** Sentences of a message, each with its clauses. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of roughSentences(text).flatMap((chunk) => nlp(chunk).sentences().out('array') as string[])) {
    const clean = plainIntroduction(stripOpeners(s.trim()));
    if (clean) out.push({ text: clean, clauses: splitClauses(clean) });
  }
  return out;
}
