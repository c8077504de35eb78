/**
 * Turning user-supplied strings into safe Redis query-engine syntax (DIALECT 2).
 *
 * The query lexer (RediSearch `query_parser/v2/lexer.rl`) treats every ASCII punctuation mark and
 * ASCII whitespace as syntax unless a backslash precedes it; `_` is part of a term; bytes outside
 * ASCII are term characters and cannot be escaped; ASCII control characters other than
 * whitespace are skipped by the lexer and cannot be escaped either. The indexer splits TEXT on
 * the same ASCII punctuation and whitespace, so splitting user text there gives the same terms
 * the index holds.
 */

/** ASCII punctuation except `_` (a term character), plus ASCII whitespace. */
const QUERY_SYNTAX = /[!-/:-@[-^`{-~ \t\n\v\f\r]/g;

/** ASCII control characters the lexer silently drops (whitespace excluded: that one can be escaped). */
const UNESCAPABLE = /[\x00-\x08\x0e-\x1f\x7f]/;

/** Where user text splits into terms: ASCII punctuation except `_`, any whitespace, control characters. */
const TERM_SPLIT = /[!-/:-@[-^`{-~\s\x00-\x1f\x7f]+/u;

/** Max terms kept from one query: longer input is a paste, not a question, and each term costs a lookup. */
export const MAX_QUERY_TERMS = 32;

/** Terms longer than this (in code points) are dropped: no real word is that long. */
export const MAX_TERM_LENGTH = 64;

/**
 * Words that carry no meaning for memory search. Contains the query engine's default stop list
 * (so a query never asks for a word the index did not keep) plus pronouns and question words,
 * which every chat message has and which would otherwise dominate the ranking.
 */
export const STOP_WORDS: readonly string[] = [
  // the query engine's defaults
  'a', 'is', 'the', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'it',
  'no', 'not', 'of', 'on', 'or', 'such', 'that', 'their', 'then', 'there', 'these', 'they', 'this',
  'to', 'was', 'will', 'with',
  // pronouns, auxiliaries and question words
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him',
  'his', 'she', 'her', 'hers', 'its', 'them', 'theirs', 'what', 'which', 'who', 'whom', 'whose',
  'where', 'when', 'why', 'how', 'do', 'does', 'did', 'done', 'doing', 'am', 'were', 'been', 'being',
  'have', 'has', 'had', 'having', 'should', 'would', 'could', 'can', 'shall', 'may', 'might', 'must',
  'about', 'from', 'so', 'some', 'any', 'just', 'than', 'too', 'very', 'also', 'please', 'tell',
  'those', 'here', 'again', 'ok', 'okay', 'yes', 'hi', 'hello', 'hey', 'thanks', 'thank',
];

const STOP = new Set(STOP_WORDS);

/**
 * Escapes a value for a TAG filter (`@field:{<value>}`) so every character is taken literally:
 * `@user_id:{*}`, `} | {`, quotes and `$param` stay plain text.
 *
 * Some values cannot be expressed in a tag query at all (see `isQueryableTagValue`); callers
 * must check that first, because the lexer would drop the offending characters silently.
 */
export function escapeTagValue(value: string): string {
  return value.replace(QUERY_SYNTAX, (ch) => `\\${ch}`);
}

/**
 * True when `value` can be matched exactly by an escaped TAG filter with the default `,`
 * separator: not empty, no `,` (the index would split the value into two tags), no leading or
 * trailing whitespace (the index trims it), no control characters (the lexer drops them).
 */
export function isQueryableTagValue(value: string): boolean {
  return value.length > 0 && !value.includes(',') && value.trim() === value && !UNESCAPABLE.test(value);
}

/**
 * The meaningful terms of free user text, lower-cased, de-duplicated, in order: stop words,
 * one-character tokens and absurdly long tokens dropped, at most `MAX_QUERY_TERMS`.
 * Both engines rank with these, so they agree on what the user asked for.
 */
export function queryTerms(input: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Bound the work on hostile input before splitting: a term list is at most this long.
  const text = input.slice(0, MAX_QUERY_TERMS * (MAX_TERM_LENGTH + 1) * 4).toLowerCase();
  for (const token of text.split(TERM_SPLIT)) {
    const length = [...token].length;
    if (length < 2 || length > MAX_TERM_LENGTH || STOP.has(token) || seen.has(token)) continue;
    seen.add(token);
    out.push(token);
    if (out.length === MAX_QUERY_TERMS) break;
  }
  return out;
}

/**
 * Turns free user text into a safe full-text query: the OR of its terms, `(sushi|restaurant)`.
 * Query operators (`* | - @ ( ) { } [ ] " ' ~ % : $`) never reach the query: they split terms,
 * and each term is escaped again as a second line of defence. Returns `''` when nothing
 * searchable is left; the caller then applies no text filter.
 */
export function textQuery(input: string): string {
  const terms = queryTerms(input).map(escapeTagValue);
  return terms.length === 0 ? '' : `(${terms.join('|')})`;
}
