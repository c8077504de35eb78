/** An introduction read as separate statements: "I'm Aoife, 27, doing a phd" → a name, an age, what she does. */
import nlp from '../compromise';
import { tokens } from './clauses';
import { isJob } from './job-title';
import { isUnknownWord, looksLikeFullName, notAName } from './person-name';
import { withSubject } from './with-subject';

/**
 * "I'm kwame software engineer at stripe": an unknown word right after "I'm" is a name when
 * something else follows it; the rest is read as its own statement ("I'm a software engineer …").
 */
export function introduction(text: string): string[] {
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
