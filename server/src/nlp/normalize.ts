/**
 * Chat text as people type it, made readable for the parser: apostrophes they skip ("im",
 * "whats", "my sisters name"), shorthand ("rn", "fav", "u"), emoji, and the fillers that open a
 * message ("hey", "oh and", "update:"). Meaning is never changed, only spelling; the original
 * text is what gets stored and shown.
 */
import nlp from './compromise';
import { standardEnglish } from './dialect';
import { frontedQuestion, opensQuestion } from './question';

/** Words that only lack their apostrophe. "its", "hell" and "well" are real words and stay. */
const APOSTROPHES: Record<string, string> = {
  im: "I'm", ive: "I've", id: "I'd", ill: "I'll", dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't",
  wont: "won't", isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't", havent: "haven't",
  hasnt: "hasn't", couldnt: "couldn't", shouldnt: "shouldn't", wouldnt: "wouldn't", whats: "what's",
  wheres: "where's", whos: "who's", hows: "how's", whens: "when's", thats: "that's", theres: "there's",
  wich: 'which', wher: 'where', wat: 'what', wot: 'what', wats: "what's", wots: "what's", wht: 'what', whr: 'where', hw: 'how', wen: 'when', dat: 'that', dis: 'this', yer: 'your',
  youre: "you're", theyre: "they're", hes: "he's", shes: "she's", weve: "we've", lets: "let's",
};
/** Chat shorthand. */
const SHORTHAND: Record<string, string> = {
  rn: 'right now', u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', thx: 'thanks', bc: 'because',
  cuz: 'because', coz: 'because', b4: 'before', yrs: 'years', yr: 'year', fav: 'favourite',
  fave: 'favourite', favs: 'favourites', bday: 'birthday', gf: 'girlfriend', bf: 'boyfriend', bro: 'brother',
  sis: 'sister', atm: 'at the moment', tbh: '', btw: '', lol: '', lmao: '', haha: '', hahaha: '', imo: '', fyi: '',
  ngl: '', idk: "I don't know", wiv: 'with', nite: 'night', lil: 'little', tho: 'though', innit: '', fr: '', lowkey: '', highkey: '', tryna: 'trying to', gonna: 'going to', wanna: 'want to', gotta: 'have to', cos: 'because', n: 'and', arvo: 'afternoon', avo: 'avocado', brekkie: 'breakfast', uni: 'university', w: 'with', wrk: 'work', abt: 'about',
  // Work shorthand: "mgr is priyanka", "due fri", "2wk sprints", "dept meeting".
  hod: 'head of department', mgr: 'manager', mngr: 'manager', dept: 'department', wk: 'week', wks: 'weeks', mins: 'minutes', hrs: 'hours', ppl: 'people', convo: 'conversation',
  mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', appt: 'appointment', info: 'information', pic: 'picture', pics: 'pictures',
};
/** Words that end a possessive the writer left bare: "my sisters name" → "my sister's name". */
const OWNED = 'name|names|age|birthday|bday|job|car|dog|cat|school|wife|husband|partner|son|daughter|kids|house|team|boss|favourite|favorite';

/** Openers that carry no content. Stripped one after another: "oh and btw, …". */
const OPENERS = /^(?:(?:hey+|hi+|hello|hiya|yo|hei|hej|hallo|hola|ciao|salut|bonjour|ol[aá]|oi|moin|servus|namaste|namaskar|vanakkam|kia ora|howzit|howya|wagwan|wassup|heita|sawubona|how far(?=\s*[!,.])|salaam|salam|shalom|merhaba|jambo|aloha|g'?day|good day|howdy|greetings|dear all|hi there|hello there|hey there|hi all|hello all|good (?:morning|afternoon|evening)|oh+|ah+|well|so|and|also|plus|ok(?:ay)?|um+|uh+|hmm+|anyway|anyways|right|yeah|yes|ps|p\.s\.|fyi|update|quick update|edit|big news|big change|good news|bad news|change of plans?|news|fun fact|oh and|and also|nah|nope|yep|yup|sorry|lol|haha|ugh|alright|guess what|heads up)\b[\s,:;!.-]*)+/i;

/** "-ing" words whose dropped-g spelling is common in chat ("livin", "workin"). */
const G_DROPPED = new Set(['living', 'going', 'making', 'working', 'trying', 'running', 'doing', 'playing', 'learning', 'getting', 'coming', 'staying', 'drinking', 'eating', 'cooking', 'driving', 'riding', 'reading', 'thinking', 'talking', 'walking', 'moving', 'saying', 'looking', 'feeling', 'training', 'studying', 'nothing', 'something', 'anything', 'everything', 'chilling', 'gaming', 'watching', 'listening', 'singing', 'dancing', 'painting', 'surfing', 'climbing', 'swimming', 'fishing', 'hiking', 'shopping', 'teaching', 'baking']);

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;

function replaceWords(text: string, table: Record<string, string>): string {
  // Whole words only, accents included: the "n" of "Siân" is not "and".
  return text.replace(/(?<![\p{L}\p{N}_'’])[\p{L}\p{N}]+(?![\p{L}\p{N}_'’])/gu, (word) => {
    const lower = word.toLowerCase();
    // "ID", "ILL", "IM" in capitals are the abbreviations ("order ID"), not "I'd".
    if (word.length > 1 && word === word.toUpperCase() && /^i/.test(lower)) return word;
    return Object.prototype.hasOwnProperty.call(table, lower) ? table[lower] : word;
  });
}

/** The text with spelling repaired (see the file comment). */
export function normalizeChat(text: string): string {
  // Asides that carry nothing: "(pronounced ee-fa)", "(lol)". "(7)" after a name stays.
  let t = standardEnglish(text).replace(/\s*\([^)]*\b(?:pronounced|aka|a\.k\.a\.|lol|haha|long story|don'?t ask|i think|ish|sort of|kind of)\b[^)]*\)/gi, '');
  // "its" opening a clause is "it's" ("…, its builders tea for me").
  t = t.replace(/(^|[,.!?;:]\s*)its\b/gi, (_m, lead: string) => `${lead}it's`);
  // An emoji between words ends a thought as a comma would ("no more flat whites 😩 its tea now").
  t = t.replace(/\s*(?:❤️|❤|♥️|♥|😍|🥰)\s*/gu, ' love ');
  t = t.replace(new RegExp(`(?<=\\p{L}{2,})\\s*(?:${EMOJI.source})+\\s*(?=\\p{L})`, 'gu'), ', ').replace(EMOJI, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  t = t.replace(/\bhows old\b/gi, 'how old');
  // One spelling for a one-to-one meeting, so "my 1:1" and "my one on one" meet.
  t = t.replace(/\b(?:1\s?[:-]\s?1|1-on-1|1 on 1|one[- ]on[- ]one|one[- ]to[- ]one)(?=\s|[,.!?]|$)/gi, 'one-on-one meeting').replace(/\bone-on-one meeting\s+(?:meeting|call|chat|catch-up|catchup)\b/gi, 'one-on-one meeting');
  // "I'm kai btw, 24": a filler inside the sentence says nothing either.
  t = t.replace(/(?<=\S)\s+(?:btw|fyi|tbh|lol|haha)\b(?=\s*[,.!?]|\s*$)/gi, '');
  t = replaceWords(t, APOSTROPHES);
  t = replaceWords(t, SHORTHAND);
  // "the wife", "the missus", "the kids": British for "my …".
  t = t.replace(/\bthe (missus|missis|wife|hubby|husband|kids|boss|girlfriend|boyfriend|partner|fianc[eé]e?|in-laws)\b/gi, (_m, who: string) => `my ${({ missus: 'wife', missis: 'wife', hubby: 'husband' } as Record<string, string>)[who.toLowerCase()] ?? who}`);
  t = t.replace(/\b(?:other|better) half\b/gi, 'partner');
  t = t.replace(/\b(?:missus|missis)\b/gi, 'wife').replace(/\bhubby\b/gi, 'husband');
  t = t.replace(new RegExp(`\\b(my|your|our)\\s+(\\w+?[^s\\W])s\\s+(${OWNED})\\b`, 'gi'), "$1 $2's $3");
  // Dropped g's: "livin", "goin", "makin" (only where the "-ing" word is a real one).
  t = t.replace(/\b([a-z]{3,})in\b/gi, (word: string, stem: string) => (G_DROPPED.has(`${stem.toLowerCase()}ing`) ? `${word}g` : word));
  // "i" on its own is the pronoun.
  t = t.replace(/\bi\b/g, 'I');
  return t.replace(/\s+([,.!?;:])/g, '$1').replace(/([,.!?;:]),+/g, '$1').replace(/^[\s,]+/, '').replace(/\s+/g, ' ').trim();
}

/**
 * "Tomasz here - head chef …", "it's Ingrid", "this is Omar": introductions without "I'm".
 * Rewritten to "I'm Tomasz, head chef …" so the usual rules read them.
 */
export function plainIntroduction(text: string): string {
  return text
    // "myself Rohan Mehta" (Indian English).
    .replace(/^myself\s+(?=[A-Z])/, "I'm ")
    .replace(/^([A-Za-z][\p{L}'-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|le|la|bin|al|el)\s+)*[A-Z][\p{L}'-]+)?)\s+here\b\s*[-–—,:;!.]*\s*/u, "I'm $1, ")
    .replace(/^(?:it['’]?s|its|this is)\s+([A-Z][\p{L}'-]+)\s*(?:here)?\s*[-–—,:;!.]+\s*/u, "I'm $1, ")
    .replace(/^(?:it['’]?s|its|this is)\s+([a-z][\p{L}'-]+)\s*,\s*(?=\d)/u, "I'm $1, ")
    // "This is Adaeze Okonkwo." on its own: a full name, nothing else.
    .replace(/^(?:[Ii]t['’]?s|[Tt]his is)\s+(\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+)\s*[.!]*$/u, (m, name: string) => (nlp(name).has('(#Place|#Date|#Organization)') ? m : `I'm ${name}`))
    .replace(/,\s*$/, '');
}

/** A clause or sentence without its empty opener ("oh and I'm 34" → "I'm 34"). */
export function stripOpeners(text: string): string {
  const stripped = text.replace(OPENERS, '').trim();
  return stripped || text.trim();
}

/**
 * A question as a plain question: "can you remind me what my name is?" → "what is my name?",
 * "do you remember where I live?" → "where I live?" → "where do I live?".
 */
export function plainQuestion(text: string): string {
  let t = normalizeChat(text)
    .replace(/^(?:kindly|please|pls)\s+/i, '')
    .replace(/^(?:(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:remind me|tell me|let me know|say)|do you (?:know|remember|recall)|remind me|tell me|i forgot|i forget)\s*(?:of\s+|again\s+)?/i, '')
    .replace(/,?\s*(?:love|dear|mate|buddy|pal|please|again)\s*([?.!]*)$/i, '$1')
    // "so is it fixed or what", "can I eat eggs or not": the tag adds nothing to the question.
    .replace(/^(?:so|and|ok|okay|well|right|hmm+|um+)\b[,\s]+(?=\w)/i, '')
    .replace(/,?\s+or (?:what|not)\s*\??$/i, '?')
    .trim();
  // "kindly tell my children's names" asks for them; "what is it I do for a living" is "what do I do …".
  t = t.replace(/^tell\s+(?=my\b)/i, 'what are ').replace(/^(what|where|who|when|how)\s+is\s+it\s+(?:that\s+)?(I|we)\s+(?!am\b|are\b|was\b|were\b)/i, '$1 do $2 ');
  // Embedded word order: "what my name is" → "what is my name", "where I live" → "where do I live".
  t = t.replace(/^(what|who|which \w+|how old|how many \w+|when)\s+(my\s+[\w' ]+?)\s+(is|are|was|were)\b/i, '$1 $3 $2');
  t = t.replace(/^(where|what|when|how(?: old| long| tall)?|(?:which|what) \w+)\s+I\s+(am|was)\b/i, '$1 $2 I');
  t = t.replace(/^(where|what|when|how)\s+I\s+(?!am\b|was\b)(\w+)/i, '$1 do I $2');
  // "how do I get to work?" asks how the user travels.
  t = t.replace(/^how do (I|we) (?:usually |normally )?(?:get|go|travel) (to|into|around)\b/i, 'how do $1 commute $2');
  t = t.replace(/^who I am\b/i, 'who am I');
  // "what am I not a fan of?" asks for dislikes; "am I a big fan of X?" for likes.
  t = frontedQuestion(commaQuestion(t));
  t = t.replace(/\bam I (?:really )?not (?:a |much of a )?(?:big |huge )?fan( of)?\b/i, 'do I dislike').replace(/\bam I (?:a )?(?:big |huge )?fan( of)?\b/i, 'do I like');
  return asWhatIs(t);
}

/**
 * A topic first and the question after a comma ("cilantro, am I a fan", "the boiler, is it fixed"):
 * the question, with the topic after it ("am I a fan cilantro?" reads with the same words).
 */
function commaQuestion(text: string): string {
  const m = text.match(/^([^,]{2,40}),\s*((?:am|is|are|do|does|did|have|has|can|was|were)\s+(?:I|we|it|they|my|our)\b[^,]*?)\s*\??$/i);
  return m && !opensQuestion(m[1]) ? `${m[2]} ${m[1]}?` : text;
}

/**
 * A bare noun phrase asked as a question ("Age?", "My name?", "Crew size?", "Current project?")
 * asks what the user's one is: "what is my age?".
 */
function asWhatIs(text: string): string {
  const m = text.match(/^(?:and\s+)?(?:my\s+|our\s+)?([\p{L}\p{N}'’ -]+?)\s*\?+$/iu);
  if (!m || m[1].split(/\s+/).length > 4 || opensQuestion(m[1])) return text;
  // Tagged after "my", where a lone "age" or "kids" reads as the noun it is.
  const terms = (nlp(`my ${m[1].toLowerCase()}`).json() as Array<{ terms: Array<{ tags: string[] }> }>).flatMap((s) => s.terms).slice(1);
  const last = terms.at(-1);
  if (!last?.tags.includes('Noun') || last.tags.includes('Pronoun') || last.tags.includes('Date')) return text;
  if (/^(?:any|some|no|every|thanks|thank)\b/i.test(m[1])) return text;
  const odd = ['Expression', 'Adverb', 'Pronoun', 'QuestionWord', 'Preposition', 'Conjunction', 'Modal', 'Copula'];
  if (terms.some((t) => t.tags.some((tag) => odd.includes(tag)))) return text;
  return `what is my ${m[1].charAt(0).toLowerCase()}${m[1].slice(1)}?`;
}
