/**
 * Makes chat text easier to match: common chat shorthand ("whats", "u", "pls") is spelled out
 * and a misspelt domain word ("sumarize", "escalte", "tryed", "manger") is repaired. Case is
 * kept, so names stay proper nouns for compromise. The result is only matched against, never
 * shown: quotes always use the user's own words.
 */
import nlp from '../../../nlp/compromise';

/** Shorthand and missing apostrophes, by lowercase word. */
const SHORTHAND: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  pleas: 'please',
  thx: 'thanks',
  ty: 'thanks',
  whats: "what's",
  wats: "what's",
  wat: 'what',
  waht: 'what',
  wht: 'what',
  whos: "who's",
  wheres: "where's",
  hows: "how's",
  im: "I'm",
  ive: "I've",
  id: "I'd",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  havent: "haven't",
  hasnt: "hasn't",
  its: "it's",
  thats: "that's",
  lets: "let's",
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  mtg: 'meeting',
  tix: 'ticket',
  mgr: 'manager',
};

/**
 * The words the skills listen for. A word compromise does not know that is one typo away from
 * exactly one of these (two for long words) is read as that word.
 */
const VOCABULARY = [
  'summarize', 'summarise', 'summary', 'escalate', 'escalation', 'escalated', 'ticket', 'manager', 'supervisor',
  'human', 'person', 'calendar', 'schedule', 'meeting', 'tomorrow', 'remind', 'reminder', 'troubleshooting',
  'problem', 'issue', 'project', 'deadline', 'resolved', 'solved', 'working', 'fixed', 'tried', 'close',
  'restarted', 'rebooted', 'reinstalled', 'cleared', 'updated', 'unplugged', 'status', 'plate', 'appointment',
  'report', 'already', 'please', 'friday', 'monday', 'tuesday', 'wednesday', 'thursday', 'saturday', 'sunday',
];

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
const known = new Set(VOCABULARY);

/** Optimal string alignment distance (a swap of neighbours counts as one edit), capped at `max + 1`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function repair(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower in SHORTHAND) return SHORTHAND[lower];
  if (lower.length < 5 || known.has(lower) || lower in lexicon) return undefined;
  const max = lower.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  let ties = 0;
  for (const candidate of VOCABULARY) {
    // "reminders", "tickets": an inflection of a known word is not a typo of it.
    if (lower.startsWith(candidate)) return undefined;
    const dist = distance(lower, candidate, max);
    if (dist < bestDistance) {
      best = candidate;
      bestDistance = dist;
      ties = 0;
    } else if (dist === bestDistance) {
      ties += 1;
    }
  }
  return best && bestDistance <= max && ties === 0 ? best : undefined;
}

/** The text with shorthand spelled out and misspelt domain words repaired; everything else untouched. */
export function normalize(text: string): string {
  // compromise cannot put a hyphenated word in a pattern's alternation: "to-do" is matched as "todo".
  return text.replace(/\bto-do(s?)\b/gi, 'todo$1').replace(/[A-Za-z]+(?:'[A-Za-z]+)?/g, (word) => {
    if (word.includes("'")) return word;
    const fixed = repair(word);
    if (!fixed) return word;
    // "Whats" at the start of a sentence stays capitalised; a proper noun is never in the vocabulary.
    return word[0] === word[0].toUpperCase() && word.length > 1 ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
  });
}
