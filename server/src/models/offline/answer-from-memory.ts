/**
 * Any question about the user that no named slot answers ("what instrument do I play?", "how
 * old is my son?", "do I have pets?") is answered from what the user said: the facts the
 * model was given and the user's own statements among the memories and this conversation.
 * The best matching statements are quoted back in the second person, saying they are what the
 * answer rests on. Nothing matching → undefined, and the caller says it was not told.
 */
import { LRUCache } from 'lru-cache';
import nlp from '../../nlp/compromise';
import { isNegative } from '../../nlp/facts/resolve';
import { sentences } from '../../nlp/facts/clauses';
import { isInformative } from '../../nlp/informative';
import { valence } from '../../nlp/sentiment';
import { normalizeChat } from '../../nlp/normalize';
import { toSecondPerson } from '../../nlp/person';
import { answers, categoriesOf } from '../../nlp/concepts';
import { asksAge, matchScore, questionShape, type QuestionShape } from '../../nlp/statement-match';
import { contentTerms, lemmaSet } from '../../nlp/terms';
import type { FactExtractor } from '../../nlp/facts/types';
import type { FactMap } from './known-facts';
import { listing } from './phrases';
import { withoutSuperseded } from './superseded';
import type { RequestView } from './request-view';

/** Below this share of the question's words a statement is not an answer. */
const MIN_SCORE = 0.6;
/** Between this and MIN_SCORE a statement is offered as the closest thing the user said, not as the answer. */
const CLOSE_SCORE = 0.25;

interface Candidate {
  text: string;
  /** A curated fact (rather than a sentence of a raw message). */
  fact: boolean;
  /** When it was said (ms); what is said in this conversation counts as newest. */
  at: number;
}

const split = new LRUCache<string, string[]>({ max: 20_000 });

/** The sentences of a message, split once (every turn re-reads the same memories). */
function sentencesOf(text: string): string[] {
  let out = split.get(text);
  if (!out) {
    out = sentences(normalizeChat(text)).map((s) => s.text);
    split.set(text, out);
  }
  return out;
}

/** True for a question about the user ("what's my …", "do I …", "how old is my son"). */
export function isQuestionAboutUser(text: string): boolean {
  const t = text.trim();
  const doc = nlp(t.toLowerCase());
  // "kindly tell me my morning drink": a request to be told is a question.
  if (/^(?:kindly |please |pls )?(?:tell|remind) me\b.*\b(?:my|i)\b/i.test(t)) return true;
  // "beer or wine for me": a choice put to the agent about the user.
  if (/\bor\b.+\bfor me\s*\??$/i.test(t)) return true;
  // "rugby or football, which one is my sport": the question comes after the comma.
  if (/,\s*(?:which|what|who|where|when|how)\b.*\b(?:my|i|me)\b/i.test(t)) return true;
  const asks = /\?\s*$/.test(t) || doc.has('^(what|who|whom|whose|where|when|why|how|which|is|are|am|do|does|did|can|could|have|has|was|were|tell me|remind me|any)');
  return asks && doc.has('(i|my|me|mine|myself|we|our)') && !doc.has('^(can|could|would|will) you (please)? #Verb') ;
}

/**
 * The statements to search: every known fact, then the sentences of the user's own messages. A
 * sentence that yields facts is searched only while those facts still hold, so a withdrawn
 * statement ("I'm vegetarian" before "I eat meat again") never answers.
 */
function candidates(view: RequestView, facts: FactMap, question: string, extractor: FactExtractor): Candidate[] {
  const out: Candidate[] = [];
  const factTimes = new Map(view.memories.filter(({ record }) => record.kind === 'fact').map(({ record }) => [record.content, record.createdAt]));
  const now = Number.MAX_SAFE_INTEGER - 10_000;
  for (const fact of facts.values()) {
    out.push({ text: fact.attribute === 'note' ? fact.value : fact.text, fact: true, at: factTimes.get(fact.text) ?? now });
  }
  // Facts from one sentence belong together: "User sits next to Maria" and "User grabs lunch on
  // Wednesdays" (from "… and we grab lunch on Wednesdays") answer "who do I have lunch with?" only as one.
  const current = new Set([...facts.values()].map((f) => f.text));
  const bySource = new Map<string, { texts: string[]; at: number }>();
  for (const { record } of view.memories) {
    const source = record.kind === 'fact' && current.has(record.content) ? record.sourceIds?.[0] : undefined;
    if (!source) continue;
    const group = bySource.get(source) ?? { texts: [], at: record.createdAt };
    group.texts.push(record.content.replace(/[.!]+$/, ''));
    bySource.set(source, group);
  }
  for (const { texts, at } of bySource.values()) {
    if (texts.length > 1) out.push({ text: `${texts.join(', and ')}.`, fact: true, at });
  }
  const userLines = [
    ...view.memories.filter(({ record }) => record.kind === 'message' && record.role === 'user').map(({ record }) => ({ at: record.createdAt, text: record.content })),
    ...view.history.filter((m) => m.role === 'user').map((m, i) => ({ at: now + i, text: m.text })),
  ];
  for (const line of userLines) {
    for (const text of sentencesOf(line.text)) {
      if (text.trim() === question.trim() || !isInformative(text)) continue;
      const stated = extractor.extract(text).set;
      if (!stated.every((f) => facts.get(f.key)?.text === f.text)) continue;
      out.push({ text, fact: false, at: line.at });
    }
  }
  return out;
}

/** Every word of three letters or more, cut to its first five: a rough match that keeps "say" and "says" together. */
function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return new Set(words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w.slice(0, 5)));
}
const FUNCTION_WORDS = new Set(['the', 'and', 'what', 'which', 'who', 'does', 'did', 'you', 'your', 'are', 'was', 'were', 'have', 'has', 'that', 'this', 'with', 'for', 'from', 'about', 'exactly', 'again']);

/** The texts of every known fact and of the user's own statements (see `candidates`). */
export function userStatements(view: RequestView, facts: FactMap, question: string, extractor: FactExtractor): string[] {
  return candidates(view, facts, question, extractor).map((c) => c.text);
}

/** A statement answers no when it is negative, or when what was asked comes after "over" ("red wine over beer"). */
function saysNo(statement: string, shape: QuestionShape): boolean {
  if (isNegative(statement)) return true;
  // "Is my licence problem fixed now?" ← "only the licence problem is pending now": not fixed yet.
  const askedDone = shape.terms.some((t) => ['fix', 'fixed', 'resolve', 'resolved', 'solve', 'solved', 'sort', 'sorted', 'work', 'working', 'close', 'closed', 'done'].includes(t.lemma));
  if (askedDone && /\b(?:pending|still|open|unresolved|outstanding|broken|again|persists?|keeps?)\b/i.test(statement)) return true;
  // "do I enjoy reality TV?" ← "I find reality TV utterly boring": the words' feeling decides.
  if (shape.terms.some((t) => ['like', 'agree', 'suit', 'fond', 'rate', 'dig', 'mind'].includes(t.lemma)) && valence(statement) < 0) return true;
  const after = statement.match(/\b(?:over|rather than|instead of|more than|than)\b(.*)$/i);
  if (!after) return false;
  const later = lemmaSet(after[1]);
  const asked = shape.terms.filter((t) => t.kind !== 'verb');
  return asked.length > 0 && asked.every((t) => [...later].some((w) => answers(t.lemma, w)));
}

/**
 * "Do I like cats more than dogs?", "beer or wine for me?": the two things are looked up in a
 * statement that compares them ("I prefer dogs to cats") or in what the user likes and dislikes.
 */
function answerComparison(question: string, shape: QuestionShape, all: Candidate[]): string | undefined {
  const m = question.match(/^(.*?)\s+(?:or|more than|over|better than|rather than|instead of)\s+(.+?)\??$/i);
  if (!m) return undefined;
  const left = contentTerms(m[1]).filter((t) => t.kind !== 'verb').at(-1)?.lemma;
  const right = contentTerms(m[2]).filter((t) => t.kind !== 'verb')[0]?.lemma;
  if (!left || !right || left === right) return undefined;
  const mentions = (text: string, lemma: string) => lemmaSet(text).has(lemma);
  for (const c of [...all].sort((a, b) => b.at - a.at)) {
    const hasLeft = mentions(c.text, left);
    const hasRight = mentions(c.text, right);
    if (!hasLeft && !hasRight) continue;
    let preferred: string | undefined;
    if (hasLeft && hasRight) {
      // "prefer A to B", "A over B": the one said first is the one preferred.
      const words = contentTerms(c.text).map((t) => t.lemma);
      preferred = words.indexOf(left) < words.indexOf(right) ? left : right;
      if (isNegative(c.text) && !/\b(?:over|to|than|instead)\b/i.test(c.text)) preferred = preferred === left ? right : left;
    } else {
      const liked = !isNegative(c.text);
      const named = hasLeft ? left : right;
      preferred = liked ? named : named === left ? right : left;
    }
    const basis = `you told me ${toSecondPerson(c.text).replace(/[.!]+$/, '')}.`;
    if (shape.yesNo) return `${preferred === left ? 'Yes' : 'No'} — ${basis}`;
    return `${preferred.charAt(0).toUpperCase()}${preferred.slice(1)} — ${basis}`;
  }
  return undefined;
}

/**
 * Nothing answers the question outright, but one statement shares what it is about: offer it as
 * what memory holds, saying it may not be the answer ("I'm not sure — the closest thing …").
 */
function closest(rated: Array<Candidate & { score: number }>): string | undefined {
  const near = rated.filter((c) => c.score >= CLOSE_SCORE).sort((a, b) => b.score - a.score || b.at - a.at)[0];
  if (!near) return undefined;
  return `I'm not sure — the closest thing you've told me is that ${toSecondPerson(near.text).replace(/[.!]+$/, '')}.`;
}

/**
 * What a statement says was replaced is not part of the answer about now: "switched from Earl
 * Grey to rooibos" → "switched to rooibos"; "sold the Subaru and got a Kia" → "got a Kia".
 */
export function withoutReplaced(text: string): string {
  const switched = text
    .replace(/\b(switch(?:ed)?|chang(?:ed|e)|mov(?:ed|e)|went|upgrad(?:ed|e)|swap(?:ped)?|transferr?(?:ed)?|gone)\s+(?:over\s+)?from\s+.+?\s+(to|for)\s+/i, '$1 $2 ')
    .replace(/\b(?:traded(?: in)?|swapped|exchanged|replaced)\s+(?:the\s+|my\s+|our\s+)?.+?\s+for\s+/i, 'got ')
    .replace(/\s+(?:over|rather than|instead of)\s+[^,;.]+/i, '')
    // "Luna sadly died, we adopted Biscuit": the part about what is gone.
    .replace(/^[^,;]*?\b(?:died|passed away|passed on|is gone|ran away|was stolen|got stolen)\b[^,;]*[,;]\s*/i, '');
  if (switched !== text) return switched;
  const m = text.match(/^(.*?\b)(?:sold|got rid of|quit|left|gave up|given up|stopped|ditched|dropped|retired)\b[^,;.]*?(?:,|;|\band\b)\s*(?:then\s+|now\s+|just\s+)?((?:got|bought|started|joined|picked up|switched|moved|took|taken|purchased|have taken|have got|have bought|now|im|i['’]m|i am|i now|i got|i joined|i started|i bought|it['’]?s|its|\w+ing)\b.*)$/i);
  if (!m) return text;
  if (/^(?:im|i['’]m|i am|i)\b/i.test(m[2])) return m[2];
  const subject = /\b(?:i|we)\b/i.exec(m[1])?.[0] ?? 'I';
  if (/^\w+ing\b/i.test(m[2])) return `${/^we$/i.test(subject) ? 'we are' : "I'm"} ${m[2]}`;
  // "I have sold the Swift and taken a Nexon": the "have" belongs to the new thing too.
  const perfect = /\b(?:have|'ve|has|had)\s+$/i.test(m[1]) && /^(?:taken|got|bought|started|joined|switched|moved|purchased)\b/i.test(m[2]);
  return `${subject} ${perfect ? 'have ' : ''}${m[2]}`;
}

/**
 * "Do I have a dog?" when the user told of two cats; "do I speak Spanish?" when they named
 * French and German: not what was asked, but the same kind of thing. Said as such, never as a yes.
 */
function neighbour(shape: QuestionShape, all: Candidate[]): string | undefined {
  const asked = shape.terms.filter((t) => t.kind === 'noun' || t.kind === 'name' || t.kind === 'adjective');
  if (asked.length === 0) return undefined;
  const near = [...all]
    .sort((a, b) => Number(b.fact) - Number(a.fact) || b.at - a.at)
    .find((c) => contentTerms(c.text).some((s) => asked.some((q) => q.lemma !== s.lemma && sharesKind(q.lemma, s.lemma))));
  return near ? `Not that you've told me — you told me ${toSecondPerson(near.text).replace(/[.!]+$/, '')}.` : undefined;
}

/** Two words of one everyday category ("dog" and "cat" are pets, "son" and "daughter" children). */
function sharesKind(a: string, b: string): boolean {
  const kinds = categoriesOf(b);
  return [...categoriesOf(a)].some((k) => kinds.has(k) && k !== 'food' && k !== 'hobby' && k !== 'fun' && k !== 'interest');
}

/** "You told me you play the cello." / "No — you told me you do not eat sushi anymore." */
export function answerFromMemory(question: string, view: RequestView, facts: FactMap, extractor: FactExtractor, options: { closest?: boolean } = {}): string | undefined {
  const shape = questionShape(question);
  if (asksAge(question)) {
    const age = facts.get('about:age');
    return age ? `You told me ${toSecondPerson(age.text).replace(/[.!]+$/, '')}.` : undefined;
  }
  if (shape.terms.length === 0) return undefined;
  const past = /\b(?:before|used to|previous(?:ly)?|old|former(?:ly)?|originally|last|earlier|back then|ago)\b/i.test(question);
  // What a later statement on the question's topic changed is stale, unless the question asks about before.
  const said = candidates(view, facts, question, extractor).map((c) => ({ ...c, score: matchScore(shape, c.text) }));
  const all = past ? said : withoutSuperseded(said, said.filter((c) => c.score >= CLOSE_SCORE));
  const latest = /\b(?:now|currently|these days|nowadays|anymore|still|at the moment|at present|presently|lately|any more|new)\b/i.test(question);
  const compared = answerComparison(question, shape, all);
  if (compared) return compared;
  // Equal scores are told apart by the question's other words ("what does the battery message say?").
  const asked = stems(question);
  const rated = all.map((c) => ({ ...c, overlap: [...stems(c.text)].filter((w) => asked.has(w)).length }));
  const top = Math.max(0, ...rated.map((c) => c.score));
  const scored = rated
    // "… now?", "still …?" ask for the latest among the statements that answer about as well.
    .filter((c) => c.score >= MIN_SCORE && (!latest || c.score >= top - 0.15))
    // Best match; among equals a fact over raw text, then the newest (a correction beats what it corrects).
    .sort((a, b) => (latest ? b.at - a.at : 0) || b.score - a.score || b.overlap - a.overlap || Number(b.fact) - Number(a.fact) || b.at - a.at);
  if (shape.yesNo && latest) {
    // "Do I still ride the Enfield?" ← "sold the Enfield": a newer statement that names the same
    // thing and says it is over answers no, even when it shares fewer of the question's words.
    const named = new Set(shape.terms.filter((t) => t.kind === 'name' || t.kind === 'noun').map((t) => t.lemma));
    const newest = scored[0];
    const ended = rated
      .filter((c) => c.score >= CLOSE_SCORE && (!newest || c.at > newest.at) && isNegative(c.text) && [...lemmaSet(c.text)].some((w) => named.has(w)))
      .sort((a, b) => b.at - a.at)[0];
    if (ended) return `No — you told me ${toSecondPerson(ended.text).replace(/[.!]+$/, '')}.`;
  }
  // "Is the wireless problem resolved?" ← "the wireless network has reappeared": no statement says
  // yes or no outright, so the latest one on the subject is offered as it is.
  if (scored.length === 0 && shape.yesNo) return neighbour(shape, all) ?? (options.closest ? closest(rated) : undefined);
  if (scored.length === 0) return options.closest ? closest(rated) : undefined;
  // "What do I drink now?" is answered by what the user does, not by what they gave up.
  const asksNegative = isNegative(question) || /\b(?:avoid|skip|refuse)\b/i.test(question);
  const doing = shape.yesNo || asksNegative || !latest ? scored : scored.filter((c) => !isNegative(withoutReplaced(c.text)));
  const best = (doing.length ? doing : scored)[0];
  // A second statement only when it is as good and says something else ("two kids: Leo is 7, Mia 4");
  // what the user no longer does is no answer to what they do.
  const chosen = [best];
  for (const c of scored.slice(1)) {
    if (chosen.length >= 3 || c.score < best.score) break;
    // Facts add up ("your son Leo is 8", "your daughter Mia is 5"); a raw sentence only when it
    // names someone or something the chosen ones do not (otherwise it is an older version).
    const names = contentTerms(c.text).filter((t) => t.kind === 'name' || t.kind === 'number').map((t) => t.lemma);
    const said = chosen.map((x) => x.text.toLowerCase()).join(' ');
    if ((!c.fact || !best.fact) && !names.some((n) => !said.includes(n))) continue;
    // "… now?" wants the latest statement alone, not the older ones beside it.
    if (latest) break;
    if (!shape.yesNo && isNegative(c.text) && !isNegative(best.text)) continue;
    // One statement that holds another ("you track everything in Jira" in "… in Jira and do the designs in Figma") stands for both.
    const phrase = toSecondPerson(c.text).toLowerCase().replace(/[.!]+$/, '');
    const held = chosen.findIndex((x) => phrase.includes(toSecondPerson(x.text).toLowerCase().replace(/[.!]+$/, '')));
    if (held >= 0) chosen[held] = c;
    else if (chosen.every((x) => !toSecondPerson(x.text).toLowerCase().includes(phrase))) chosen.push(c);
  }
  const phrases = chosen.map((c) => toSecondPerson(past ? c.text : withoutReplaced(c.text)).replace(/[.!]+$/, ''));
  const basis = `you told me ${listing(phrases)}.`;
  if (!shape.yesNo) return `${basis.charAt(0).toUpperCase()}${basis.slice(1)}`;
  return saysNo(best.text, shape) ? `No — ${basis}` : `Yes — ${basis}`;
}
