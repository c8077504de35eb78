/** The employer rule: where the user works, a new workplace, and leaving one. */
import nlp from '../compromise';
import { first, groups, type Rule } from './clause-rule';
import type { View } from './clauses';
import { makeFact } from './fact-text';
import { isJob, isTitle } from './job-title';
import { isThing } from './thing-value';
import { valueOf, type ValueOptions } from './value';

const EMPLOYER_VALUE: ValueOptions = { capitalize: 'proper', stopAtComma: true, stopWords: ['this', 'last', 'next', 'as', 'in', 'from', 'with', 'i', 'my', 'on', 'been', 'for', 'since', 'where', 'doing', 'working', 'mostly', 'like'] };

/** The employer named by a match, or "" when it is a pronoun or filler. */
export function employerOf(view: View): string {
  const value = valueOf(view, EMPLOYER_VALUE);
  return isThing(value) ? value : '';
}

/** Words that say the user changed jobs, so "I'm at X now" names the new workplace. */
const JOB_CHANGE = '(quit|left|resigned|changed jobs|changed companies|switched jobs|switched companies|new job|moved jobs|moved companies|moved schools|no longer at|not at|hired|got the job)';
/** Work done at a place: "teaching at Riverside Academy", "nursing at St Mary's". */
const WORK_GERUND = '(working|teaching|nursing|lecturing|interning|consulting|cheffing|volunteering|training|coaching|tutoring|programming|engineering)';

/** "I work at Contoso", "I'm a nurse at St Mary's", "I quit": where the user works, or that they no longer do. */
export const employerRule: Rule = (c, out, sentence) => {
  // "Now I'm with KPMG", "I'm at Globex now", after a word of changing jobs in the same message.
  const changed = Boolean(sentence?.has(JOB_CHANGE) || sentence?.has('now') || c.has(JOB_CHANGE) || c.has('now'));
  const atNew = changed ? groups(c, 'i am (now)? (at|with) [<v>(#ProperNoun|#Acronym)+]') : undefined;
  const atWork = atNew ?? (c.has('^i') ? groups(c, `${WORK_GERUND} (at|for|with) [<v>(#ProperNoun|#Acronym)+]`) : undefined);
  if (atWork) {
    const name = valueOf(atWork.v, EMPLOYER_VALUE);
    if (name && !nlp(name).has('^(#Place|#Person)+$')) {
      out.add(makeFact('employer', name.charAt(0).toUpperCase() + name.slice(1)));
      return true;
    }
  }
  if (c.has('i (no longer|do not|never) work (at|for)') || c.has('i am (no longer|not) (working|employed)? (at|for|by|with) .+ anymore') || c.has('i am (no longer|not) (working|employed) (at|for|by)')) {
    out.drop('employer');
    return true;
  }
  if (c.has('i (left|quit) [#Noun+]') && !c.has('i (left|quit) (my)? (home|house|city|town|country|school|uni|university|college|#Place)') && !c.has('(quit|left) my job')) {
    // "started at Google, left Accenture": the employer this message just named stays.
    const named = out.get('employer');
    if (!named || c.text().toLowerCase().includes(named.value.toLowerCase())) out.drop('employer');
    return false;
  }
  if (c.has('i (handed|have handed|handed in|gave|put) (in)? (my)? notice') || c.has('i (resigned|got fired|was fired|got laid off|was laid off|got sacked|was let go)')) {
    out.drop('employer');
    return false;
  }
  if (c.has('i (quit|left|lost) my job') || c.has('i am (now)? (unemployed|retired|between jobs|out of work)')) {
    out.drop('employer');
    out.drop('job');
    return true;
  }
  let g = first(c, [
    'i (currently|now|still|also|actually)? (work|am working|have been working|have worked) (nights|days|weekends|shifts|part time|full time|remotely|mostly)? (at|for) [<v>.+]',
    'i (got|have been|was)? (transferred|moved|switched|promoted) (over)? to [<v>.+ (hospital|clinic|school|university|college|bank|office|company|agency|lab|studio|firm|department|team|store|shop)]',
    'i am (employed|hired) (at|by) [<v>.+]',
    'i (work|am working) as .+? (at|for) [<v>.+]',
    'i (just|recently)? (have|had)? (just|recently)? (joined|started at|started working at|started with) [<v>.+]',
    'i am (now)? (running|starting|opening) my own [<v>.+]',
    'i (now)? (run|own|started|opened) my own [<v>.+]',
    'i (just|recently|finally)? (started|got|took|landed|accepted|have) (a|an|my|the)? (new)? (job|position|role|gig) (at|with) [<v>.+]',
    'my (employer|company) is [<v>.+]',
    'my (day job|job|work|office) is (at|with|for|in) [<v>.+]',
    'i (got|was|have been|just got) (hired|taken on|employed|recruited) (at|by|with) [<v>.+]',
    'i (got|was|have been|just got) (hired|taken on|employed|recruited) as .+? (at|by|with) [<v>.+]',
  ]);
  // "I'm a nurse at St Mary's" names an employer; "I'm a regular at the gym" does not.
  const titled = g ? undefined : groups(c, 'i am (now|currently|also|actually)? (a|an) [<t>.+?] (at|for) [<v>.+]');
  if (titled && (isJob(titled.t) || isTitle(titled.t))) g = titled;
  if (!g) return false;
  // "running my own food truck now, The Hungry Dragon": the business's name, when given, is the employer.
  const named = c.has('my own') ? c.text().match(/,\s*((?:the\s+)?[A-Z][\p{L}'&-]*(?:\s+[A-Z][\p{L}'&-]*)*)\s*[.!]*$/u) : null;
  const found = named ? named[1] : employerOf(g.v);
  if (!found) return false;
  // Companies are proper names even when typed in lower case ("stripe").
  const employer = found.charAt(0).toUpperCase() + found.slice(1);
  out.add(makeFact('employer', employer));
  return true;
};
