/**
 * Splits a user message into first-person clauses with compromise, so "I'm Alice, I live in
 * Paris and I love jazz" becomes three statements each rule can read on its own.
 */
import nlp from '../compromise';

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

export interface Clause {
  /** The clause text; for an elliptical clause ("… and love jazz") the subject is added back ("I love jazz"). */
  text: string;
  /** Where the clause starts in its sentence, so a "remember …" request can take the rest. */
  start: number;
  /** False when the clause asks or supposes something ("what's my name", "if I lived in Paris"). */
  statement: boolean;
}

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
const CLAUSE_OPENERS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'my', 'please', 'remember', 'what', "what's", 'where', "where's", 'who', "who's", 'how', 'when', 'why', 'which', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'am', 'is', 'are', 'living', 'based', 'name', "name's", 'not', 'it', "it's", 'that', "that's"]);
/** Words after which an opener starts a new clause even without a comma. */
const LINKERS = new Set(['and', 'but', 'so', 'also', 'plus', 'then', 'actually', 'btw', 'anyway', 'hi', 'hello', 'hey', 'yes', 'no', 'ok', 'okay', 'well', 'oh', 'now', 'though']);
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'plus', 'then']);
const COPULAR_STARTS = new Set(['allergic', 'from', 'based', 'originally', 'not', 'no', 'also', 'a', 'an', 'on', 'into', 'vegan', 'vegetarian', 'pescatarian', 'pescetarian', 'flexitarian']);
const ELLIPTICAL_VERBS = new Set(['like', 'love', 'enjoy', 'adore', 'prefer', 'hate', 'dislike', 'work', 'live', 'moved', 'joined', 'started', 'eat', 'have', 'never', 'really', 'also', 'switched', 'quit', 'stopped', 'started', 'gave', 'got', 'play', 'speak', 'drive', 'drink', 'go', 'ride', 'own', 'study', 'learn', 'teach', 'paint', 'surf', 'cook']);
const QUESTION_START = /^(?:what|what's|whats|where|where's|who|who's|whom|whose|when|why|how|which|do|does|did|is|are|am|can|could|would|will|should|have|has|tell me)\b/i;
const HYPOTHETICAL_START = /^(?:if|when|whenever|whether|unless|maybe|perhaps|suppose|imagine)\b/i;

function isOpener(toks: Token[], i: number): boolean {
  const t = toks[i];
  // "call me Al" opens a clause; "call" alone (a phone call) does not.
  if (t.normal === 'call') return toks[i + 1]?.normal === 'me';
  return CLAUSE_OPENERS.has(t.normal);
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
    const opener = isOpener(toks, i) && (endsWithBreak(prev) || LINKERS.has(prev.normal));
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
      (COPULAR_STARTS.has(cur.normal) || (cur.tags.includes('Adjective') && !cur.tags.includes('Noun')));
    if (opener || elliptical || copular) {
      const end = LINKERS.has(prev.normal) ? i - 1 : i;
      push(startIdx, end, prefix);
      startIdx = i;
      prefix = elliptical ? 'I ' : copular ? "I'm " : '';
    }
  }
  push(startIdx, toks.length, prefix);

  clauses.forEach((c, idx) => {
    const bare = c.text.replace(/^[\s,;:.!-]+/, '');
    c.statement = !(
      /\?\s*$/.test(bare) ||
      (sentenceIsQuestion && idx === clauses.length - 1) ||
      QUESTION_START.test(bare) ||
      HYPOTHETICAL_START.test(bare)
    );
  });
  return clauses;
}

/** Sentences of a message, each with its clauses. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of nlp(text).sentences().out('array') as string[]) {
    const clean = s.trim();
    if (clean) out.push({ text: clean, clauses: splitClauses(clean) });
  }
  return out;
}
