/** Chat shorthand read as a full statement: the subject a chat message leaves out is put back. */
import nlp from '../compromise';
import { stripOpeners } from '../normalize';
import { verbLemma } from '../terms';
import { tokens } from './clauses';
import { DIETS } from './diets';
import { isJob } from './job-title';
import { isUnknownWord } from './person-name';

/** Verbs that open a request to the agent, not a statement about the user ("tell me …", "book …"). */
const REQUEST_VERBS = new Set(['type', 'tell', 'show', 'give', 'check', 'recommend', 'suggest', 'find', 'help', 'list', 'book', 'escalate', 'close', 'summarize', 'summarise', 'explain', 'look', 'send', 'schedule', 'cancel', 'open', 'search', 'remind', 'add', 'create', 'update', 'delete', 'set', 'put', 'reset', 'let', 'make', 'please', 'remember', 'forget', 'note', 'call', 'keep', 'try', 'thank', 'thanks', 'see', 'guess', 'say', 'go', 'get', 'ask', 'wait', 'hold', 'stop', 'start', 'come', 'do', 'be', 'have']);

/**
 * Chat drops the subject: "not a fan of olives", "love hiking", "name's Ana". The missing "I" or
 * "my" is put back so the same rules read it.
 */
export function withSubject(raw: string): string {
  // Learners' English read as meant: "I have 38 years", "allergic for cats", "I am coming from Izmir".
  let text = stripOpeners(raw)
    .replace(/\bI (?:have|got) (\d{1,3}) years(?: old)?\b/i, "I'm $1")
    .replace(/\ballergic for\b/i, 'allergic to')
    .replace(/\bI am coming from\b/i, "I'm from");
  if (/^name['’]?s\s/i.test(text) || /^name\s+is\s/i.test(text)) return `my name is ${text.replace(/^name(?:['’]?s|\s+is)\s+/i, '')}`;
  // "Wife is Kavya", "day job is at …", "native place is Jaipur": "my" left out.
  if (/^(?:wife|husband|partner|girlfriend|boyfriend|son|daughter|kids?|mum|mom|dad|brother|sister|bro|sis|boss|manager|dog|cat|day job|job|work|home|hometown|home town|native place|native town|birthplace|fav(?:ourite|orite)? \w+)\b[\p{L} ]{0,20}?\s(?:is|are|was|=)\s/iu.test(text)) return `my ${text}`;
  text = text.replace(/^origin\w*\s+from\b/i, 'originally from');
  // "we moved to Lyon", "our dog is called Rex": the user speaks for the household.
  text = text.replace(/^we['’]re\b/i, "I'm").replace(/^we['’]ve\b/i, "I've").replace(/^we\b/i, 'I').replace(/^our\b/i, 'my');
  const doc = nlp(text.toLowerCase());
  if (doc.has('^(living|based|staying|working|renting|settled|lodging) (in|at|for|as)')) return `I'm ${text}`;
  // "the new head of controlling is Sabine Leitner": a new boss named without "my".
  const newBoss = text.match(/^(?:and\s+)?(?:the|our)\s+new\s+(boss|manager|head|lead|supervisor|team lead|line manager)\b(?:\s+of\s+[\p{L} ]+?)?\s+is\s+(.+)$/iu);
  if (newBoss) return `my new ${newBoss[1]} is ${newBoss[2]}`;
  if (doc.has('^been (living|working|based|staying|learning|studying|playing|doing)')) return `I've ${text}`;
  if (doc.has('^#Noun+ (over|rather than|more than) #Noun')) return `I prefer ${text}`;
  if (doc.has('^(not|never|no|big|huge|massive|great|real) (really)? (a|an)? (big|huge|great)? (fan|lover|addict) of')) return `I'm ${text}`;
  if (doc.has('^(a|an)? (big|huge|massive|total|real)? #Noun+ (addict|lover|fan|enthusiast|nut|snob|fanatic|buff)')) return `I'm a ${text.replace(/^(?:a|an)\s+/i, '')}`;
  // "From 1st of this month I have joined …" is a date, not where the user is from.
  if (doc.has('^(still|also|now|very|severely|badly)? (allergic|originally from|originally|based in|intolerant|lactose intolerant|gluten intolerant|from)') && !/^from\s+(?:\d|next|last|this|the (?:\d|first|start|end|beginning)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|now|then)/i.test(text)) return `I'm ${text}`;
  if (/^(?:(?:really|absolutely|totally|just|also)\s+)?(?:love|like|hate|adore|enjoy|dislike|prefer|loathe|detest|can'?t stand|cannot stand|can not stand|don'?t (?:like|eat|drink|do)|never (?:eat|drink))\b/i.test(text) && !doc.has('^#Verb (it|that|this|you)$')) return `I ${text}`;
  // "Kiwi allergy - throat swells up": an allergy named without "I have".
  const allergyNamed = text.match(/^([\p{L}][\p{L} -]*?)\s+(allergy|allergies|intolerance)\b/iu);
  if (allergyNamed && allergyNamed[1].split(/\s+/).length <= 3 && !/^(?:my|the|our|a|an|only|no)\b/i.test(allergyNamed[1])) return `I have a ${allergyNamed[1]} ${allergyNamed[2]}`;
  // "no more flat whites": given up.
  if (/^(?:no longer|not)\s+(?:at|with|working|employed)\b/i.test(text)) return `I'm ${text}`;
  // "strictly halal for me", "vegan only": a diet named on its own.
  const dietNamed = text.match(new RegExp(`^(?:strictly|mostly|only|always|fully|100%)?\\s*(${DIETS.join('|')})\\b(?:\\s+(?:for me|only|all the way|these days|now|i guess|i think|i suppose|i reckon|basically))?[.!]*$`, 'i'));
  if (dietNamed) return `I'm ${dietNamed[1].toLowerCase()}`;
  const noMore = text.match(/^no more\s+(.+)$/i);
  if (noMore) return `I don't have ${noMore[1]} anymore`;
  // "it's builders tea for me": a preference.
  const forMe = text.match(/^it['’]?s\s+(.+?)\s+for me\b/i);
  if (forMe) return `I love ${forMe[1]}`;
  // "it's peppermint tea now": a switch, when the thing has a category (drinks, cars, …).
  const nowThing = text.match(/^it['’]?s\s+(.+?)\s+now\b/i);
  if (nowThing) return `I switched to ${nowThing[1]}`;
  // "No car for us", "no kids": having none is a fact too.
  const none = text.match(/^no\s+([\p{L}][\p{L} -]*?)(?:\s+for\s+(?:me|us))?\s*[.!]*$/iu);
  if (none && none[1].split(/\s+/).length <= 3) return `I have no ${none[1]}`;
  // "flat white girl thru and thru", "dog person": a liking.
  const kind = text.match(/^(?:a\s+)?(?:total\s+|real\s+|big\s+)?([\p{L}][\p{L} -]*?)\s+(?:girl|guy|person|kind of person|type|gal|man|woman)\b/iu);
  if (kind && !/^(?:nice|good|bad|old|young|busy|tired|happy|normal|regular)$/i.test(kind[1])) return `I love ${kind[1]}`;
  const toks = tokens(doc).filter((t) => t.text !== '');
  const head = toks[0];
  if (!head) return text;
  // Terse notes: "29." → age, "Priya." → name, "ICU nurse." → job, "Work nights at …" → "I work …".
  if (toks.length === 1 && /^\d{1,3}$/.test(head.normal) && Number(head.normal) >= 5 && Number(head.normal) <= 110) return `I'm ${text}`;
  if (toks.length === 1 && /^[A-Z][a-z]+[.!]?$/.test(text.trim()) && (isUnknownWord(head.normal) || head.tags.includes('FirstName'))) return `my name is ${text}`;
  // "doing keto right now", "studying comp sci": an "-ing" opening is never a request.
  if (head.tags.includes('Gerund') || /ing$/.test(head.normal)) {
    return toks.length >= 2 && !['thanks', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening'].includes(head.normal) ? `I'm ${lowerFirst(text)}` : text;
  }
  if (toks.length <= 4 && !head.tags.includes('Verb') && !head.tags.includes('Pronoun') && !/^(?:i|i'm|my|we|our)$/.test(head.normal) && isJob(doc)) return `I'm a ${text}`;
  // "senior QA consultant at Thoughtworks from monday": a title and where.
  const titleAt = text.match(/^((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+(?:at|for|with)\s+(?!\d)\S/u);
  const plainTitle = titleAt && !/\b(?:on|in|from|to|of|by|next|this|every|tomorrow|today|tonight)\b/i.test(titleAt[1]);
  if (titleAt && plainTitle && !head.tags.includes('Verb') && !head.tags.includes('Pronoun') && !/^(?:i|i'm|my|we|our|the|a|an)$/.test(head.normal) && isJob(nlp(titleAt[1].toLowerCase()))) return `I'm a ${text}`;
  // Read with "I" in front, is the first word a verb? ("work nights …" is; "coffee addict" is not.)
  // A past tense is never a request ("went off raw fish").
  // "just started a new job at Bosch": an adverb before the verb.
  if (/^(?:just|recently|finally|also|then)\s/i.test(text) && tokens(doc)[1]?.tags.includes('PastTense')) return `I ${text}`;
  const past = head.tags.includes('PastTense');
  if ((!past && (REQUEST_VERBS.has(head.normal) || REQUEST_VERBS.has(verbLemma(head.normal)))) || toks.length < 2) return text;
  // "play some music" asks for something; "play the tin whistle" says what the user does.
  if (head.normal === 'play' && doc.has('^play (some|a|the)? (music|song|songs|playlist|track|album|something|anything|game)')) return text;
  // "cast iron beats non-stick" already has its subject and verb.
  if (toks.slice(1).some((t, i) => i > 0 && t.tags.includes('PresentTense') && /s$/.test(t.normal) && toks[i].tags.includes('Noun'))) return text;
  const second = tokens(nlp(`I ${lowerFirst(text)}`)).filter((t) => t.text !== '')[1];
  // A word that is a noun on its own ("coffee addict") is not made a verb by the "I" in front.
  const nounAlone = tokens(nlp(head.normal)).every((t) => t.tags.includes('Noun') && !t.tags.includes('Verb'));
  const verb = !nounAlone && second?.tags.includes('Verb') && (!second.tags.includes('Auxiliary') || /n't|not|never/.test(`${second.normal} ${toks[1]?.normal ?? ''}`));
  if (verb && !second.tags.includes('Copula') && !second.tags.includes('Modal')) return `I ${lowerFirst(text)}`;
  if (verb && second.tags.includes('Modal') && /n't|not/.test(second.normal + (toks[1]?.normal ?? ''))) return `I ${lowerFirst(text)}`;
  return text;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
