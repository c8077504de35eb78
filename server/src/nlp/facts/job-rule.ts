/** The job rule: the user's job title, a new job, and a job given up. */
import { first, groups, type Rule } from './clause-rule';
import { employerOf } from './employer-rule';
import { makeFact } from './fact-text';
import { isJob, isTitle, JOB_VALUE } from './job-title';
import { isThing } from './thing-value';
import { valueOf } from './value';

/** "I'm a nurse", "I work as a data engineer", "I started as a tester": the user's job, or that it ended. */
export const jobRule: Rule = (c, out) => {
  if (c.has('i (no longer|do not) work as') || c.has('i am not (a|an)? .+ anymore') || c.has('i am no longer (a|an)')) {
    const g = groups(c, 'i am (not|no longer) (a|an) [<v>.+]');
    if (!g || isJob(g.v) || c.has('work as')) {
      out.drop('job');
      return true;
    }
    return false;
  }
  // "I have now taken up the post of General Counsel at Saltmarsh Holdings": the title and the employer.
  const post = c.has('^i') ? groups(c, '(taken up|took up|take up|accepted|started|got|landed|begun|began|taken) (the|a|an|my)? (new)? (post|position|role|job) (of|as) (a|an)? [<v>.+?] (at|with|in) [<e>.+]') : undefined;
  if (post) {
    const job = valueOf(post.v, JOB_VALUE);
    const employer = employerOf(post.e);
    if (isThing(job)) out.add(makeFact('job', job));
    if (employer) out.add(makeFact('employer', employer.charAt(0).toUpperCase() + employer.slice(1)));
    return true;
  }
  const newJob = first(c, [
    'i am (now|just)? (starting|starting out|beginning) as (a|an)? [<v>.+]',
    'i (got|was|have been|just got) (hired|taken on|employed|recruited) as (a|an)? [<v>.+]',
    'i (just|recently|finally)? (started|got|took|landed|accepted|have) (a|an|my)? (new)? (job|position|role|gig) as (a|an)? [<v>.+]',
    'i (just|recently|finally)? (started|got|took|landed|accepted|have) (a|an|my)? (new)? (job|position|role|gig) (at|with|for) .+? as (a|an)? [<v>.+]',
  ]);
  if (newJob) {
    // A new job without a named employer: the old employer no longer holds ("…at X" is read by the employer rule).
    const job = valueOf(newJob.v, JOB_VALUE);
    if (isThing(job)) out.add(makeFact('job', job));
    if (!c.has('(at|for|with) #ProperNoun')) out.drop('employer');
    return true;
  }
  const stated = first(c, [
    'i (currently|now|still|also|actually)? (work|am working|am employed|have been working) as [<v>.+]',
    'i (currently|now|still|also|actually)? (work|am working|am employed|have been working) (at|for) .+? as (a|an)? [<v>.+]',
    'i (just|recently|now)? (have|had)? (just|recently)? (started|joined) (at|with)? .+? as (a|an)? [<v>.+]',
    'my (job|profession|occupation|role|job title|title) is [<v>.+]',
  ]);
  if (stated) {
    const job = valueOf(stated.v, JOB_VALUE);
    if (isThing(job)) out.add(makeFact('job', job));
    return true;
  }
  // "I got promoted. I am now project lead for the Bergen library": a title without an article.
  const titled = groups(c, 'i am (now|currently) (the)? [<v>.+]') ?? groups(c, 'i (got|was|have been|just got) promoted to (be)? (a|an|the)? [<v>.+]');
  if (titled && isJob(titled.v)) {
    out.add(makeFact('job', valueOf(titled.v, JOB_VALUE)));
    return true;
  }
  const am = groups(c, 'i am (now|currently|also|actually)? (a|an) [<v>.+]');
  // "I'm a gear rental tech at Summit": a noun phrase with a workplace after it is a job title.
  const atWork = Boolean(am) && c.has('i am (now|currently|also|actually)? (a|an) .+? (at|for) #Noun');
  if (am && (isJob(am.v) || (atWork && isTitle(am.v)))) {
    out.add(makeFact('job', valueOf(am.v, JOB_VALUE).replace(/^\d{1,3}[- ]years?[- ]old\s+/i, '')));
    return true;
  }
  return false;
};
