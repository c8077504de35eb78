/**
 * Whether a user message carries information worth a long-term memory. Questions ("what's the
 * weather?"), greetings, thanks and acknowledgements ("ok cool") and requests to the agent
 * ("recommend a restaurant") belong to the conversation, not to what the agent knows about the
 * user; a statement ("the printer shows error 0x80", "I tried a new cable") does.
 */
import { LRUCache } from 'lru-cache';
import nlp from './compromise';
import { normalizeChat } from './normalize';
import { opensQuestion } from './question';
import { contentTerms } from './terms';

/** Openers of a question that are not a question word: "any food rules i stick to", "tell me my …". */
const ASKS = '^(kindly|any|anything|tell me|remind me)';
/** Words a chat uses to react, greet or sign off; a message made only of these says nothing. */
const CHATTER = new Set([
  'ok', 'okay', 'k', 'kk', 'thanks', 'thank', 'you', 'thx', 'ty', 'cheers', 'cool', 'great', 'nice', 'awesome', 'perfect',
  'sure', 'yes', 'yeah', 'yep', 'yup', 'no', 'nope', 'nah', 'got', 'it', 'sounds', 'good', 'fine', 'alright', 'right', 'bye',
  'goodbye', 'hi', 'hello', 'hey', 'hiya', 'yo', 'hei', 'hej', 'hallo', 'hola', 'ciao', 'salut', 'bonjour', 'ola', 'olá', 'oi', 'moin', 'servus', 'namaste', 'aloha', 'howdy', 'mate', 'alright', 'dear', 'folks', 'there', 'everyone', 'all', 'morning', 'evening', 'afternoon', 'night', 'lol', 'haha', 'hahaha', 'hmm',
  'hm', 'oh', 'ah', 'wow', 'np', 'worries', 'welcome', 'see', 'ya', 'later', 'so', 'much', 'a', 'lot', 'very', 'that', 'is',
  'that\'s', 'thats', 'interesting', 'true', 'indeed', 'exactly', 'agreed', 'please', 'understood', 'noted', 'i', 'see',
  'makes', 'sense', 'wonderful', 'brilliant', 'amazing', 'excellent', 'ok.', 'done', 'all', 'set', 'again', 'too', 'and',
]);
/** Verbs that open a request to the agent when nothing comes before them. */
const REQUEST_VERBS = '^(please|kindly|pls)? (tell|show|give|check|recommend|suggest|find|help|list|book|escalate|close|summarize|summarise|explain|look|get|send|schedule|cancel|open|search|compare|describe|repeat|forget|try|let|make|write|play|call|remind|add|create|update|delete|set|put|reset)';

/** True when a sentence is only chat noise: greetings, thanks, "ok cool", "sounds good". */
export function isChatter(sentence: string): boolean {
  const words = sentence.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(/\s+/).filter(Boolean);
  return words.length === 0 || words.every((w) => CHATTER.has(w));
}

function isQuestion(sentence: string): boolean {
  if (/\?\s*$/.test(sentence) || opensQuestion(sentence)) return true;
  // "Any engineer visit ought to be to my new address" states what should happen.
  if (/^any\b.*\b(?:ought|should|must|needs? to|has to|have to|will be|would be)\b/i.test(sentence.trim())) return false;
  return nlp(sentence.toLowerCase()).has(ASKS);
}

function isRequest(sentence: string): boolean {
  return nlp(sentence.toLowerCase()).has(REQUEST_VERBS);
}

const verdicts = new LRUCache<string, boolean>({ max: 20_000 });

/** True when at least one sentence of `text` states something (see the file comment). */
export function isInformative(text: string): boolean {
  // Every turn re-reads the same memories and history: judge each text once.
  let verdict = verdicts.get(text);
  if (verdict === undefined) {
    verdict = judge(text);
    verdicts.set(text, verdict);
  }
  return verdict;
}

function judge(text: string): boolean {
  const clean = normalizeChat(text);
  if (clean.length < 3) return false;
  for (const sentence of nlp(clean).sentences().out('array') as string[]) {
    const s = sentence.trim();
    if (!s || isChatter(s) || isQuestion(s) || isRequest(s)) continue;
    const terms = contentTerms(s, { keepWeakVerbs: true });
    if (terms.length >= 2 || terms.some((t) => t.kind === 'name' || t.kind === 'number' || t.kind === 'noun')) return true;
    // "it still doesn't work": short, but news in a support chat.
    if (terms.length === 1 && s.split(/\s+/).length >= 4) return true;
  }
  return false;
}
