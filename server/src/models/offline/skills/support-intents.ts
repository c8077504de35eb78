/**
 * What a support message asks for: the intent patterns of the support agent (what was tried,
 * a summary, escalation, closing, "it works now"), matched on compromise's tags.
 */
import nlp from '../../../nlp/compromise';
import { opensQuestion } from '../../../nlp/question';
import { startsWithFixVerb } from './troubleshooting';

type Doc = ReturnType<typeof nlp>;

/** The kinds of support request a message can make; a `?` marks a question about the ticket. */
export type SupportIntent = 'tried' | 'tried-check' | 'summary' | 'since?' | 'escalate' | 'no-escalate' | 'escalated?' | 'close' | 'keep-open' | 'resolved';

const HUMAN = '(human|person|manager|supervisor|agent|representative|rep|specialist|engineer|technician|someone|somebody|boss|people|being|lead)';

const TRIED_ASK = [
  '(what|which) (things|steps|fixes|solutions|troubleshooting|stuff|else)? (have|did|has) (i|we) #Adverb? (tried|try|attempted|attempt)',
  '(what|which) (things|steps|fixes|troubleshooting|else)? (have|did) (i|we) #Adverb? (done|do) (so far|already|yet|until now|to fix|to solve|to troubleshoot|about it|for this|for it)',
  'what (has|have|is) #Adverb? been (tried|done|attempted)',
  '(list|recap|repeat|summarize|summarise|remind me|tell me|show me|show|go over) (of)? (what|everything|all|the steps|the things|the fixes|which steps|the troubleshooting)? (that)? (i|we)? (have|had)? #Adverb? (tried|done|attempted)',
  '^(my|the|our)? (troubleshooting)? (steps|attempts|fixes|things|troubleshooting) (so far|tried|i tried|i have tried|we tried)',
  '^(tried|attempts) so far',
  '(what|which) (troubleshooting|steps) (have|did) (i|we)',
  '(anything|what|which steps|what steps) (been)? (tried|attempted|done) (on|for|in|with) (this|the|my) (ticket|case|issue|problem)',
  // "which things have I tested so far?", "list the steps I've taken already"
  '(what|which) (things|steps|fixes|stuff)? (have|did) (i|we) #Adverb? (tested|test|checked|check|taken|take|attempted|done) (so far|already|yet)?',
  '(list|recap|show|tell me|give me) (me)? (the|all the|all)? (steps|things|fixes) (i|we) (have|had|already)? #Adverb? (taken|tried|done|tested|checked)',
  // Embedded order: "what all I have tried till now", "which steps I have already taken".
  '^(what|which) (all|things|steps|fixes|stuff|else)? (i|we) (have|had)? #Adverb? (tried|attempted|taken|tested|done) (so far|already|yet|till now|until now|up to now)?',
  // Asked in place: "so far I tried what already?"
  '(i|we) (have|had)? (tried|attempted|done) what',
];
const SUMMARY_ASK = [
  '(summarize|summarise|summary|recap|overview|rundown|tldr|synopsis)',
  'sum (it|this|that|things|everything|us)? up',
  'where (are|do) (we|things) (at|stand|standing)',
  '^where are we #Adverb? (now|at|so far|with)? (this|it|my|the)? (issue|ticket|case|problem)?$',
  '(what|what is) (is|was)? (my|the|this) (issue|problem|case|situation|complaint) (again|about)?$',
  'what (is|was) (this|my|the) (ticket|case|issue|problem) about',
  'remind me (of|about|what) (my|the|this) (issue|problem|case)',
  'remind me what (my|the) (issue|problem) (is|was)',
  'what did i (report|describe|complain about)',
  '(what|why) (is|was) (this|my|the) (ticket|case|issue|problem) for',
  '(this|the|my) (ticket|case) (is)? (regarding|about|concerning|re)',
  '(what|what is) (is|was)? (the|my) (problem|issue|fault|error) (in|with|on|of) (this|the|my) (ticket|case)',
  '(what|remind me what) (did|have) i (ask|asked|request|requested|want|wanted) (for)? (in|on|with)? (this|the|my)? (ticket|case)?',
  // "what I requested just now?", "what do I want from you here?"
  '^(what|remind me what) (do|did)? i (want|wanted|request|requested|ask for|asked for|asked you|need|needed) (from you|you to do|for)?',
  '(catch|fill) me (up|in)',
  'bring me up to speed',
  'status of (my|the|this) (issue|problem|case)',
];
const ESCALATE_ASK = [
  '(talk|speak|chat|connect|transfer|put) (me)? (to|with|through to|through) (a|an|the|your|some|anyone)? (real|actual|live|human|senior|more senior)? ' + HUMAN,
  '(want|need|get|demand|like|request|see) (me)? (a|an|the|some|to speak to a|to talk to a)? (real|actual|live)? (human|manager|supervisor|person)',
  '(is there|are there) (a|an|any)? (real|actual)? (human|person|manager|supervisor|someone|anyone) (i can|to|who)',
  '(raise|bump|increase|up) (the|my|its|this)? (ticket)? priority',
  '(bump|push|move) (it|this|my ticket|the ticket) up',
  'make (it|this) (urgent|high priority|a priority|top priority)',
  '(pass|hand|kick) (it|this|me|my ticket|the ticket) (on|up|over|off|along|upstairs)',
  '(tier 2|tier two|second line|level 2|2nd line|senior support|someone senior|someone more senior|somebody more senior|higher up|higher authority)',
  '(be|get|is) (passed|handed|sent|escalated|transferred|referred|forwarded) (on|up|over)? to ' + HUMAN,
];
const CLOSE_ASK = [
  'close (the|this|my|that|our) (ticket|case|request|issue|incident)',
  '(please|ok|okay|yes|yeah|yep|great|thanks|thank you|perfect|cool|alright|so|then|and|just|now|can|could|would|will|may|to|free|ahead) close (it|this|that|out)',
  '^close (it|this|that)',
  '(close|resolve) ticket #Value',
  'mark (it|this|the ticket|the issue|my ticket|the case|my case)? (as)? (resolved|solved|closed|done|fixed|complete|completed)',
  '(it|this|ticket|case) (can|may|should) be (closed|resolved)',
  'resolve (the|this|my) (ticket|case)',
];
const KEEP_OPEN = ['#Negative #Adverb? (close|resolve) (it|this|that|the|my)', '(keep|leave) (it|this|the ticket|my ticket|the case) open', 'not yet'];
const RESOLVED = [
  '(it|this|that|everything|all|things|#Noun) #Adverb? (works|is working|working|runs|is running|are working|runs|is fine|is ok|is okay) #Adverb? (now|again|fine|perfectly|great|properly|normally)',
  '(fixed|solved|resolved|sorted) (it|the issue|the problem|things|everything)',
  '(did) the trick',
  '(issue|problem|bug|error|it|everything|that|this) (is|has been|was|seems|got|looks) #Adverb? (fixed|solved|resolved|gone|sorted)',
  '(issue|problem) (fixed|solved|resolved|gone|sorted)',
  '(all|everything|we) (is|are)? #Adverb? (good|fine|sorted|ok|okay|set) (now|again)',
  'back (up and running|online|to normal)',
  'no longer (an issue|a problem|happening|crashes|crashing|reboots|rebooting|drops|dropping|freezes)',
];
/** A yes to the agent's offer ("Shall I close ticket 12345?"). */
export const YES = '^(yes|yeah|yep|yup|sure|ok|okay|please|absolutely|definitely|correct|right|y|ya|go ahead|do it|please do|close it|sounds good|perfect|great|go for it|that would be great|of course)';
/** A no to the agent's offer. */
export const NO = '^(no|nope|nah|not yet|#Negative|wait|hold on|keep it open|leave it open)';

const any = (doc: Doc, patterns: string[]) => patterns.some((p) => doc.has(p));
const isQuestion = (text: string) => /\?\s*$/.test(text) || opensQuestion(text);

/** Which support request a message makes, if any. */
export function supportIntent(text: string, doc: Doc): SupportIntent | undefined {
  if (doc.has('#Negative #Adverb? escalate') || doc.has('no need to escalate')) return 'no-escalate';
  if (any(doc, KEEP_OPEN) && doc.has('(close|open|resolve|not yet)') && !any(doc, RESOLVED)) return 'keep-open';
  if (any(doc, CLOSE_ASK) && !doc.has('#Negative #Adverb? (close|resolve|mark)')) return 'close';
  if (doc.has('(has|was|is|have) (it|this|that|the ticket|my ticket|my case|the case)? #Adverb? (been)? #Adverb? escalated')) return 'escalated?';
  if (doc.has('escalate') || doc.has('escalation') || doc.has('escalated') || any(doc, ESCALATE_ASK)) {
    if (!doc.has('human (resources|error|nature|being)')) return 'escalate';
  }
  if (any(doc, TRIED_ASK)) return 'tried';
  const check = doc.match('^(did|have) (i|we) #Adverb? [<rest>.+]');
  if (check.found && !doc.has('(did|have) (i|we) #Adverb? (try|tried) (anything|everything|so far|yet)$')) {
    // "did I try restarting it?", "have I already reinstalled the driver?"
    if (startsWithFixVerb((check.groups('rest') as Doc).text())) return 'tried-check';
  }
  if ((any(doc, SUMMARY_ASK) || /\btl;?dr\b/i.test(text)) && !doc.has('^(i|my|we|our) #Verb')) return 'summary';
  if (doc.has('how long (has|have|is|was) (this|it|that|the #Noun) #Adverb? (been|going)') || doc.has('when did (this|it|that|the #Noun) (start|begin|happen)')) return 'since?';
  if (any(doc, RESOLVED) && !isQuestion(text) && !doc.has('^if') && !resolvedNegated(doc)) return 'resolved';
  return undefined;
}

/** "it still doesn't work", "not fixed yet": a negation outside a "no longer". */
function resolvedNegated(doc: Doc): boolean {
  return doc.has('#Negative') && !doc.has('no longer') && !doc.has('no (more|problems|issues|errors|crashes)');
}
