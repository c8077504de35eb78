/** "Remember that …" requests: what the user asks to be kept, in their words. */
import nlp from '../compromise';
import type { View } from './clauses';

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
export function noteContent(rest: string): string | undefined {
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
