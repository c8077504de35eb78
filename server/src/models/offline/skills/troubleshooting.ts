/**
 * Reading support talk: the troubleshooting steps a user says they took ("I restarted the
 * router", "already tried reinstalling the driver", "cleared the cache twice") and the problem
 * statements they made ("my router keeps rebooting", "the app won't open"). Term-level rules
 * over compromise's tags, so "I tried sushi yesterday", "it restarted by itself" and "I haven't
 * reset it yet" are not mistaken for steps.
 */
import nlp from '../../../nlp/compromise';

interface Term {
  text: string;
  normal: string;
  root: string;
  tags: Set<string>;
  post: string;
}

/** Verbs (by root) that fix or probe something; a past-tense one in the user's mouth is a step taken. */
const FIX_VERBS = new Set([
  'restart', 'reboot', 'reinstall', 'install', 'uninstall', 'update', 'upgrade', 'downgrade', 'patch', 'clear', 'reset', 'unplug', 'plug',
  'replug', 'reconnect', 'disconnect', 'reconfigure', 'configure', 'check', 'double-check', 'swap', 'replace', 'change', 'switch', 'toggle',
  'disable', 'enable', 'delete', 'remove', 'reenter', 're-enter', 'retype', 'log', 'sign', 'cycle', 'run', 'scan', 'flush', 'repair', 'roll',
  'test', 'charge', 'recharge', 'wipe', 'format', 'reformat', 'restore', 'reseat', 'tighten', 'clean', 'contact', 'call', 'email', 'reach',
  'follow', 'retry', 'redo', 'refresh', 'reload', 'purge', 'force', 'close', 'reopen', 'rename', 'pair', 'unpair', 're-pair', 'resync',
  'sync', 'download', 'redownload', 'empty', 'kill', 'quit', 'wait', 'turn', 'shut', 'boot', 'move', 'reset', 'verify', 'tweak', 'adjust',
]);

/** After "tried": these make the object an attempt ("tried a different cable"), unlike "tried sushi". */
const TRIED_OBJECT_START = new Set(['a', 'an', 'another', 'different', 'other', 'new', 'second', 'spare', 'fresh', 'older', 'newer', 'previous', 'latest', 'again', 'everything', 'that', 'this', 'both', 'it', 'them', 'all', 'every', 'several', 'multiple', 'various']);
/** Things whose mere name after "tried" is a troubleshooting attempt ("tried safe mode", "tried chrome"). */
const TRIED_THINGS = new Set(['safe', 'incognito', 'private', 'airplane', 'recovery', 'troubleshooter', 'chrome', 'firefox', 'safari', 'edge', 'ethernet', 'wifi', 'wi-fi', 'vpn', 'bluetooth', 'workaround', 'fix', 'steps', 'the']);
/** Words between the subject and the verb that keep "I … restarted" a first-person step. */
const BETWEEN = new Set(['already', 'also', 'even', 'just', 'then', 'again', 'both', 'first', 'obviously', 'of', 'course', 'definitely', 'actually', 'since', 'previously', 'earlier', 'literally', 'all', 'really']);
/** Parts of a compound verb ("power cycled", "factory reset", "hard reset"). */
const VERB_PREFIX = new Set(['power', 'hard', 'soft', 'factory', 'force', 'fully', 'completely', 're']);
/** Words that end a step when they follow "and" (a new clause starts). */
const CLAUSE_START_TAGS = ['Pronoun', 'Verb', 'Auxiliary', 'Negative'];
const STOP_WORDS = new Set(['but', 'so', 'because', 'although', 'though', 'which', 'while', 'when', 'until', 'since', 'still', 'yet', 'however', 'whereas', 'nothing', 'no', 'without']);

function termsOf(sentence: string): Term[][] {
  const doc = nlp(sentence);
  doc.compute('root');
  const sentences = doc.sentences().json({ terms: { normal: true } }) as Array<{ terms: Array<{ text: string; normal: string; root?: string; tags: string[]; post: string }> }>;
  return sentences.map((s) => s.terms.map((t) => ({ text: t.text, normal: t.normal, root: t.root || t.normal, tags: new Set(t.tags), post: t.post ?? '' })));
}

const ends = (t: Term) => /[,;.!?:]/.test(t.post);
const isFirstPerson = (t: Term) => /^(?:i|we)(?:'(?:ve|d|m))?$/.test(t.normal) || /^(?:i|we)$/i.test(t.text);

/** True when the verb at `i` is said by the user about themselves: "I (have) (already) restarted", or clause-initial "Restarted …". */
const BE = new Set(['was', 'were', 'am', 'is', 'are', 'be', 'been', 'being', 'get', 'got', 'gets', "i'm", "we're"]);

function selfReported(terms: Term[], i: number): boolean {
  let j = i - 1;
  let negated = false;
  while (j >= 0 && !ends(terms[j])) {
    const t = terms[j];
    // "I was charged twice", "I got logged out": done to the user, not a step they took.
    if (BE.has(t.normal)) return false;
    if (t.tags.has('Negative')) negated = true;
    else if (t.tags.has('Auxiliary') || t.text === '' || BETWEEN.has(t.normal) || VERB_PREFIX.has(t.normal) || t.tags.has('Adverb')) {
      // keep walking back
    } else break;
    j -= 1;
  }
  if (negated) return false;
  if (j < 0 || ends(terms[j])) return true;
  const t = terms[j];
  if (isFirstPerson(t)) return true;
  return t.tags.has('Conjunction') && ['and', 'then', 'also', 'but', 'so'].includes(t.normal) && !terms.slice(Math.max(0, j - 2), j).some((p) => p.tags.has('Pronoun') && !isFirstPerson(p) && p.normal !== 'it');
}

/** Whether "tried" at `i` is followed by an attempt rather than a thing tasted or visited. */
function triedAttempt(terms: Term[], i: number): boolean {
  if (ends(terms[i])) return false;
  const next = terms[i + 1];
  if (!next) return false;
  if (next.tags.has('Gerund')) return true;
  if (next.normal === 'to') return terms[i + 2] !== undefined && FIX_VERBS.has(terms[i + 2].root);
  if (TRIED_OBJECT_START.has(next.normal)) return true;
  return TRIED_THINGS.has(next.normal) && (next.normal !== 'the' || (terms[i + 2] !== undefined && TRIED_THINGS.has(terms[i + 2].normal)));
}

const SECOND_PERSON: Record<string, string> = { my: 'your', me: 'you', myself: 'yourself', mine: 'yours', i: 'you', our: 'your', we: 'you', us: 'you', ours: 'yours' };

/** The words of a step from its verb to the end of its clause, in the user's words but second person. */
function stepText(terms: Term[], start: number): string {
  const words: string[] = [];
  for (let k = start; k < terms.length && words.length < 14; k++) {
    const t = terms[k];
    if (k > start && (STOP_WORDS.has(t.normal) || t.tags.has('Negative') || t.tags.has('Auxiliary'))) break;
    if (k > start && t.normal === 'and') {
      const after = terms[k + 1];
      if (!after || CLAUSE_START_TAGS.some((tag) => after.tags.has(tag)) || after.normal === 'then') break;
    }
    if (t.text) words.push(SECOND_PERSON[t.normal] ?? t.text);
    if (ends(t)) break;
  }
  return words.join(' ').replace(/[,;.!?:]+$/, '').trim();
}

/**
 * The troubleshooting steps one message reports, in second person ("restarted your router").
 * Negated ("I haven't reset it"), other people's ("it restarted by itself") and non-attempts
 * ("I tried sushi") are left out.
 */
export function stepsIn(text: string): string[] {
  const steps: string[] = [];
  for (const terms of termsOf(text)) {
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      if (!t.tags.has('PastTense') && !t.tags.has('Participle')) continue;
      const attempt = t.root === 'try' ? triedAttempt(terms, i) : FIX_VERBS.has(t.root);
      if (!attempt || !selfReported(terms, i)) continue;
      // "power cycled", "factory reset": the prefix belongs to the step.
      const start = i > 0 && VERB_PREFIX.has(terms[i - 1].normal) ? i - 1 : i;
      const step = stepText(terms, start);
      if (step.split(/\s+/).length >= 1) steps.push(step);
      // "tried restarting": one step, not two.
      if (t.root === 'try') i += 1;
    }
  }
  return steps;
}

/** Whether a phrase starts with a fixing verb in any form ("restart the router", "reinstalled it"). */
export function startsWithFixVerb(phrase: string): boolean {
  const first = termsOf(phrase)[0]?.find((t) => t.text !== '' && !t.tags.has('Adverb'));
  return first !== undefined && (FIX_VERBS.has(first.root) || first.root === 'try');
}

const PROBLEM_WORDS =
  '(error|errors|issue|issues|problem|problems|bug|bugs|duplicate|greyed|grayed|crash|crashes|crashing|crashed|broken|broke|fails|failed|failing|failure|jammed|jams|jamming|stuck|frozen|freezes|freezing|froze|slow|outage|dead|drains|draining|drained|overheating|overheats|missing|wrong|lost|locked|damaged|corrupt|corrupted|blank|flickering|flickers|disconnects|disconnecting|drops|dropping|timeout|glitch|glitching|leaking|leaks|cracked|unresponsive|lagging|laggy|offline|declined|rejected|overcharged|refund|hangs|hanging|reboots|rebooting|restarts|shuts)';

/**
 * Whether a message states a problem: something broken, failing or missing ("my router keeps
 * rebooting", "the app won't open", "I get error 0x80070005", "my order has not arrived").
 */
export function isProblemStatement(text: string): boolean {
  const doc = nlp(text.toLowerCase());
  if (doc.has('(thanks|thank|thx) #Adverb? (you|again|so much)?') && text.split(/\s+/).length <= 6) return false;
  return (
    doc.has(PROBLEM_WORDS) ||
    doc.has('{keep} #Gerund') ||
    negatedFailure(doc) ||
    doc.has('(no|not) (internet|signal|connection|sound|power|picture|response|email|emails|reply|access|service|wifi)') ||
    doc.has('(times|timed) out') ||
    // "stopped working", "quit charging", "cuts out", "nobody can hear me": a thing that ceased to work.
    doc.has('(stopped|stops|quit|quits|ceased) #Adverb? (working|responding|charging|loading|syncing|printing|connecting|booting|playing|recording|scanning|updating|sending|receiving|ringing|opening|running|showing|saving|uploading|downloading|pairing)') ||
    doc.has('(cuts|cut|cutting|conks|conked|conking|craps|crapped) out') ||
    doc.has('(nobody|no one|noone) (can|could|is able to)? #Adverb? (hear|see|reach|access|read|open|join|call|contact|log|understand|connect)') ||
    doc.has('(charged|billed|debited|charging|billing) (me)? (twice|double|two times|again)') ||
    doc.has('(double|twice) (charged|billed)') ||
    doc.has('(#Negative|never) #Adverb? (arrived|arrives|arrive|came|comes|come|loads|load|works|work|starts|start|turns|turn|opens|open|charges|charge|connects|connect|prints|print|syncs|sync|boots|boot|responds|respond)')
  );
}

/** "it doesn't turn on", "I can't log in" — but not "I haven't reset it yet" or "didn't try that", which are steps not taken. */
function negatedFailure(doc: ReturnType<typeof nlp>): boolean {
  doc.compute('root');
  const rootsOf = (pattern: string): string[] => {
    const m = doc.match(pattern);
    if (!m.found) return [];
    const json = (m.groups('v') as ReturnType<typeof nlp>).json({ terms: { normal: true } }) as Array<{ terms: Array<{ normal: string; root?: string }> }>;
    return json.flatMap((x) => x.terms.map((t) => t.root || t.normal));
  };
  const notTaken = new Set(rootsOf('(have|has|had|did|do) #Negative #Adverb? [<v>#Verb]').filter((r) => FIX_VERBS.has(r) || r === 'try'));
  return rootsOf('#Negative #Adverb? [<v>#Verb]').some((r) => !notTaken.has(r));
}

/** "Hi, my router…" → "My router…": greetings in front of a problem add nothing to a quote. */
export function withoutGreeting(text: string): string {
  const trimmed = text.trim().replace(/^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings)(?:\s+there)?\s*[,!.:-]*\s*/i, '');
  return trimmed ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : text.trim();
}
