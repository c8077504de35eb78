/**
 * The customer's case as the support agent reads it from their own words: the problems they
 * described, the steps they took, and their latest "it works now".
 */
import nlp from '../../../nlp/compromise';
import type { RequestView } from '../request-view';
import { userSaid } from './conversation';
import { normalize } from './normalize';
import { supportIntent } from './support-intents';
import { isProblemStatement, stepsIn, withoutGreeting } from './troubleshooting';
import { memo } from './types';


/** What the customer said about their problem. */
export interface Case {
  /** Problem statements, those without a reported step first ("my router keeps rebooting" before "restarted it, still drops"). */
  problems: string[];
  steps: string[];
  /** Steps in the user's own words (first person), for the reason and resolution fields. */
  rawSteps: string[];
  /** The user's latest "it works now". */
  resolved?: string;
}

const firstPersonStep = (step: string) => step.replace(/\byour\b/g, 'my').replace(/\byourself\b/g, 'myself');
export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** What one earlier message contributes to the case: a request, a problem statement, steps taken. */
const analyse = memo((text: string) => {
  const fixed = normalize(text);
  const intent = supportIntent(fixed, nlp(fixed.toLowerCase()));
  const steps = stepsIn(fixed).map(lower);
  return { intent, steps, problem: !intent && isProblemStatement(fixed) };
});

/** Everything the user said about their problem, from this thread and the memories. */
export function caseOf(view: RequestView, current?: string): Case {
  const said = userSaid(view);
  return caseOfTexts(current ? [...said, current] : said);
}

/** The case that the user's messages `texts` (oldest first) make. */
export function caseOfTexts(texts: string[]): Case {
  const problems: string[] = [];
  const mixed: string[] = [];
  const steps: string[] = [];
  let resolved: string | undefined;
  for (const text of texts) {
    const a = analyse(text);
    for (const step of a.steps) if (!steps.some((s) => s.toLowerCase() === step.toLowerCase())) steps.push(step);
    if (a.intent === 'resolved') resolved = text;
    else if (a.problem) (a.steps.length ? mixed : problems).push(withoutGreeting(text));
  }
  // A step that failed ("tried clearing the cache, didn't work") is listed under the steps; it only stands for the problem when nothing else does.
  if (problems.length === 0 && mixed.length) problems.push(mixed[0]);
  return { problems, steps, rawSteps: steps.map(firstPersonStep), resolved };
}

/** Whether a message reports a problem (not a request, not only steps that were taken). */
export const isProblemReport = (text: string): boolean => analyse(text).problem;
