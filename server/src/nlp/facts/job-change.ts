/**
 * A message that tells of a new job but names the workplace loosely ("New job. Project manager,
 * Lakeshore Builders."; "I left the hospital, now I work as nurse in private clinic, Beacon
 * Clinic."): the name that follows the new job title is the employer, and when there is none the
 * old employer no longer holds. Read once per message, after the clause rules.
 */
import nlp from '../compromise';
import type { Collector } from './collector';
import { makeFact } from './fact-text';

/** Words that say the job is new, so what the user did before is over. */
const CHANGE = /\b(?:new (?:job|role|position|gig)|left|quit|resigned|now|started|switched|moved|changed|joined|got hired|no longer|anymore)\b/i;

/** After the title: ", Acme", " at Acme", " in private clinic, Beacon Clinic". */
const NAMED_AFTER = /^\s*(?:,|\bat\b|\bfor\b|\bwith\b|\bin\b)\s*(?:(?:a|an|the)\s+)?(?:[a-z][\p{L} ]*?,\s*)?((?:The\s+)?[A-Z][\p{L}\p{N}&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\p{L}\p{N}&'’-]*)*)/u;

/** Fills the employer (or the job) a message about a new job names loosely, or drops the old employer. */
export function settleEmployer(text: string, out: Collector, isTitle: (words: string) => boolean): void {
  // "started at Ferrous Labs last Monday, senior backend engineer": the title after the workplace.
  const employer = out.get('employer');
  if (employer && !out.get('job') && CHANGE.test(text)) {
    const title = text.split(/[,;.!]|\s+-\s+/).map((part) => part.trim().replace(/^(?:as\s+)?(?:a|an)\s+/i, '')).find((part) => part && part.split(/\s+/).length <= 4 && isTitle(part));
    if (title) out.add(makeFact('job', title));
  }
  const job = out.get('job');
  if (!job || out.get('employer') || !CHANGE.test(text)) return;
  const at = text.toLowerCase().indexOf(job.value.toLowerCase());
  const named = at >= 0 ? text.slice(at + job.value.length).match(NAMED_AFTER)?.[1] : undefined;
  if (named && !nlp(named).has('^(#City|#Country|#Region|#Person|#Date)+$')) {
    out.add(makeFact('employer', named));
    return;
  }
  out.drop('employer');
}
