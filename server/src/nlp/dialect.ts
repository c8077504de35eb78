/**
 * Regional and learners' English read as the standard forms the parser knows: Scots ("a'm fae
 * Stornoway", "ma wife"), Irish and northern English ("me name is", "me da"), Caribbean ("mi
 * name", "inna Kingston"), Nigerian ("I dey work for", "my oga"), Indian ("I am having a car")
 * and the name said back to front ("Murdo's the name", "Wolfgang is my name"). Only spelling and
 * word order change; the user's own text is what gets stored and shown.
 */
import nlp from './compromise';

/** Dialect words with one standard meaning wherever they stand. */
const WORDS: Record<string, string> = {
  // Scots
  "a'm": "I'm", "ah'm": "I'm", "a've": "I've", "ah've": "I've", fae: 'from', frae: 'from', wi: 'with', oot: 'out', aboot: 'about',
  hoose: 'house', dinnae: "don't", didnae: "didn't", cannae: "can't", canna: "can't", wouldnae: "wouldn't", couldnae: "couldn't",
  isnae: "isn't", wisnae: "wasn't", havnae: "haven't", hasnae: "hasn't", disnae: "doesn't", willnae: "won't", masel: 'myself',
  bairn: 'child', bairns: 'children', wean: 'child', weans: 'children', auld: 'old', toon: 'town', doon: 'down', noo: 'now',
  gaffer: 'boss', whae: 'who', naebody: 'nobody', bide: 'live', bides: 'lives', brung: 'brought', tae: 'to', thegither: 'together', aw: 'all', ower: 'over', acause: 'because', oan: 'on', thole: 'stand', giein: 'giving', gied: 'gave', mair: 'more', hae: 'have', wid: 'would', wis: 'was', fur: 'for', hauf: 'half', aff: 'off', twa: 'two', mornin: 'morning', whit: 'what', whaur: 'where', wha: 'who', dae: 'do', daes: 'does', oor: 'our', naw: 'no', ony: 'any',
  // Irish and northern English
  youse: 'you', ye: 'you', mam: 'mum', mammy: 'mum', daddy: 'dad', nana: 'grandmother',
  meself: 'myself', mesel: 'myself',
  // Caribbean
  wot: 'what', wat: 'what', wut: 'what', whut: 'what', lef: 'left', quitted: 'quit', di: 'the', likkle: 'little', tek: 'take', den: 'then', cyaan: "can't", pon: 'on', yuh: 'you', unu: 'you', bwoy: 'boy', gyal: 'girl', grandpickney: 'grandchild', inna: 'in', pickney: 'child', pickneys: 'children', wah: 'what', weh: 'where', nuh: 'not',
  // Nigerian
  wetin: 'what', oga: 'boss', pikin: 'child', pikins: 'children', sabi: 'know how to',
};

/** Nouns a dialect possessive ("me", "ma", "mi") stands before. */
const OWNED = 'name|names|wife|husband|man|missus|partner|son|sons|daughter|daughters|kids?|children|child|bairns?|weans?|brother|sister|mum|mam|mother|dad|da|father|granny|grandad|nan|family|folks|pal|pals|mate|mates|friend|friends|dog|cat|pets?|job|work|boss|gaffer|oga|house|hoose|flat|home|car|motor|birthday|age|favourite|fave|team|town|hometown|village|school|uni|office|company|firm|shop';

/** A word the dictionary knows as something other than a first name ("Daughter Kayla, 17" is no full name). */
function isCommonWord(word: string): boolean {
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags !== undefined && !/Name|Person/.test(String(tags));
}

/** The past tense of a verb stem ("trad" of "trading" → "traded", "pack" → "packed"). */
function pastOf(stem: string): string {
  const verb = nlp(`${stem}ing`).verbs();
  const past = verb.found ? verb.toPastTense().text() : '';
  return past || `${stem}ed`;
}

/** Readable standard English for the parser (see the file comment). */
export function standardEnglish(text: string): string {
  let t = text.replace(/(?<![\p{L}\p{N}_'’-])[\p{L}'’]+(?![\p{L}\p{N}_-])/gu, (word) => {
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (Object.prototype.hasOwnProperty.call(WORDS, lower)) return WORDS[lower];
    // "whit's", "wha's": the word and its "is".
    const base = lower.replace(/'s$/, '');
    return base !== lower && Object.prototype.hasOwnProperty.call(WORDS, base) ? `${WORDS[base]}'s` : word;
  });
  // "Coming to office matters.", "Regarding family side:": a heading before the facts, not a fact.
  t = t.replace(/(^|[.!]\s+)(?:coming to|regarding|as for|as regards|about)\s+(?:the\s+)?[\p{L} ]{1,25}?\s+(?:matters?|side|stuff|things|front)\s*[.:,;-]+\s*/giu, '$1');
  // A form filled in ("Name: Emi Tanaka", "Age - 34", "Job: nurse"): each label said as a sentence.
  t = t.replace(/(^|[,;.\n]\s*)(?:full\s+)?name\s*[:=–—-]\s*/gi, '$1my name is ')
    .replace(/(^|[,;.\n]\s*)age\s*[:=–—-]\s*(?=\d)/gi, "$1I'm ")
    .replace(/(^|[,;.\n]\s*)(?:job|occupation|profession|work)\s*[:=–—-]\s*/gi, "$1I work as ")
    .replace(/(^|[,;.\n]\s*)(?:employer|company)\s*[:=–—-]\s*/gi, '$1I work at ')
    .replace(/(^|[,;.\n]\s*)(?:city|location|lives? in|based in)\s*[:=–—-]\s*/gi, '$1I live in ')
    .replace(/(^|[,;.\n]\s*)(?:from|hometown|home town|born in)\s*[:=–—-]\s*/gi, "$1I'm from ");
  // "Murdo MacLeod, 63, retired fisherman": a full name opening a list about its owner.
  t = t.replace(/^(\p{Lu}\p{Ll}+[\p{Ll}'’-]*(?:\s+(?:Mac|Mc|O['’]|De|Van|Von)?\p{Lu}[\p{L}'’-]+){1,2}),\s+(?=\d{1,3}\b|(?:a|an)\s)/u, (m, name: string) => (nlp(name).has('(#Place|#Organization)') || isCommonWord(name.split(/\s+/)[0]) ? m : `I'm ${name}, `));
  // Scots "an" is "and" before a subject ("ma name's Murdo an a'm fae Stornoway").
  t = t.replace(/\ban\s+(?=I\b|I['’]m\b|I've\b|my\b|ma\b|me\b|he\b|she\b|we\b|they\b|ah\b|the\b)/g, 'and ');
  // "me name", "ma wife", "mi pickney": a possessive before a noun (never "call me Dad").
  t = t.replace(new RegExp(`(?<!\\b(?:call|calls|called|tell|told|give|gave|show|let|for|to|with|about|at|from)\\s+)\\b(?:me|ma|mah)\\s+(?=(?:${OWNED})\\b)`, 'gi'), 'my ');
  // "me da", "our nan": a parent or grandparent only after a possessive ("da Vinci" stays).
  t = t.replace(/\b(my|our)\s+da\b/gi, '$1 dad').replace(/\b(my|our)\s+nan\b/gi, '$1 grandmother');
  t = t.replace(/\bmy ?names\b(?=\s+[A-Z])/g, "my name's").replace(/\bmyname\b/gi, 'my name');
  // "Murdo's the name", "Wolfgang is my name", "the name's Adaeze": the name, said the usual way.
  t = t.replace(/^(?:the\s+)?name['’]?s\s+(?=\p{Lu})/u, 'my name is ');
  t = t.replace(/^(?!(?:[Ww]hat|[Ww]hich|[Ww]ho|[Ww]hose|[Ww]here|[Ww]hen|[Hh]ow|[Ww]hy|[Tt]hat|[Tt]his|[Ii]t|[Tt]here|[Hh]ere|[Ww]hats|[Ww]hat's)\b)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:['’]s|\s+is)\s+(?:the|my|me|ma)\s+name\b(?!\s+of\b)/u, 'my name is $1');
  // Scots "ah" as "I" before a verb ("ah live in Stornoway"); "Ah, I see" stays.
  t = t.replace(/\b[Aa]h\s+(?=(?:live|work|stay|come|am|was|have|had|do|drive|love|like|hate|eat|teach|play|go|went|used|grew|moved|retired|fish|speak|support)\b)/g, 'I ');
  // Scots "ah" after a verb that asks ("am ah", "dae ah", "could ah"): "I".
  t = t.replace(/\b(am|do|does|did|can|could|would|will|should|have|was|were)\s+ah\b/gi, '$1 I');
  // Caribbean "mi": "I'm" before "a", "I" before a verb, "my" before a thing, "me" elsewhere
  // ("mi a nurse", "mi live inna Kingston", "mi name", "call mi Kimmy").
  t = t.replace(/(^|[,.;!?]\s*|\b(?:and|an|but|so|now)\s+)mi\s+(?=(?:a|an)\s)/gi, "$1I'm ");
  const MI_VERBS = '(?:left|pass|passed|buy|bought|not|nuh|don\'t|can\'t|cyaan|never|love|like|have|has|live|work|go|take|drive|sing|want|need|eat|drink|know|get|got|see|come|play|speak|teach|study|did|do|does|was|am|is|will|would|can|could|start|stop|born|grow|grew|use|used|keep|cook|visit|stay|miss|hate|run)';
  t = t.replace(new RegExp(`\\b(what|where|when|how|which|who)\\s+mi\\s+(?=${MI_VERBS}\\b)`, 'gi'), '$1 I ');
  t = t.replace(/\bmi\s+(?=(?:nickname|name|food|bird|dog|cat|son|daughter|job|pickney|child|grandchild|husband|wife|sister|brother|car|house|church|favourite|mother|father|mum|dad|granny|family|friend|age|birthday)\b)/gi, 'my ');
  t = t.replace(new RegExp(`(^|[,.;!?]\\s*|\\b(?:and|an|but|so|then|cause|because)\\s+|\\p{L}+\\s+)mi\\s+(?=${MI_VERBS}\\b)`, 'giu'), (m, lead: string) => (/^(?:call|calls|tell|give|help|let|ask|show|for|to|with)\s+$/i.test(lead) ? m : `${lead}I `));
  t = t.replace(/\bmi\b/gi, 'me');
  // "my name Valentina": the verb left out.
  t = t.replace(/\bmy name\s+(?=\p{Lu}[\p{L}'’-]+(?:\s|[,.!]|$))/gu, 'my name is ');
  // "wah him name", "weh she live": Caribbean "him"/"she" before a noun is "his"/"her".
  t = t.replace(/\b(what|wah)\s+(him|she)\s+(name|age)\b/gi, (_m, wh: string, who: string, n: string) => `${wh} ${who.toLowerCase() === 'him' ? 'his' : 'her'} ${n}`);
  // Scots "cried" for "called" ("ma man's cried Gregor", "naebody cries me Eilidh").
  t = t.replace(/\b(?:cried|cries|cry)\s+(?=me\b|\p{Lu})/gu, (m) => (/^cries/i.test(m) ? 'calls ' : /^cried/i.test(m) ? 'called ' : 'call '));
  // Pidgin "na" as "is" ("my name na Chinedu", "my wife na Adaeze"), "no get" / "get one" as (not) have,
  // "fit I chop" as "can I eat", "dey stay for Yaba" as "stay in Yaba".
  t = t.replace(/\b(my\s+[\p{L} ]{1,25}?|it|that)\s+na\s+(?=\p{L})/giu, '$1 is ');
  t = t.replace(/\b(I|we)\s+no\s+(?:get|dey get)\b/gi, "$1 don't have").replace(/\b(I|we)\s+(?:dey\s+)?get\s+(?=(?:one|a|an|two|three|four|\d+|allergy|small|any|no)\b)/gi, '$1 have ');
  t = t.replace(/\bfit\s+(I|we)\s+chop\b/gi, 'can $1 eat').replace(/\b(I|we)\s+chop\b/gi, '$1 eat');
  t = t.replace(/\b(stay|live|dey)\s+for\s+(?=\p{Lu})/gu, '$1 in ');
  // "na Enugu I grow up": the place put first for focus.
  t = t.replace(/\bna\s+(\p{Lu}[\p{L}'’-]+)\s+(I|we)\s+(?:dey\s+)?(grow up|grew up|born|live|stay|work)\b/gu, (_m, place: string, who: string, verb: string) => `${who} ${verb === 'grow up' ? 'grew up' : verb} in ${place}`);
  // "ma man", "my man": the user's partner.
  t = t.replace(/\bmy man\b(?!\s+(?:u|you|!))/gi, 'my partner');
  t = t.replace(/\b(I|we)\s+don\s+(?=\p{Ll}+\b)(?!get\b)/gu, '$1 have ');
  // Nigerian "wetin be", "how many years I don get", "people dey call me": is, have, call.
  t = t.replace(/\bwhat be\b/gi, 'what is').replace(/\b(I|we|you)\s+don\s+get\b/gi, '$1 have').replace(/\bdey\s+(?=call|say)/gi, '');
  // Irish "I'm after trading in the van": a thing just done.
  t = t.replace(/\b(I['’]m|I am|we['’]re|we are)\s+after\s+(\w+)ing\b/gi, (_m, who: string, verb: string) => `${/^we/i.test(who) ? "we've" : "I've"} just ${pastOf(verb)}`);
  // London "man's called Dele" (man = I); "everyone knows me as JD".
  t = t.replace(/(^|[,.;!?]\s*)man['’]s\s+(?=called|named|from|a\b|an\b|\d)/gi, "$1I'm ").replace(/\b(knows?|known)\s+me\s+as\b/gi, 'call me');
  // "folk cry me Ellie" (Scots), "it's Podge to everyone": the name people use.
  t = t.replace(/\b(folk|people|everybody|everyone|they|friends|pals|mates)\s+(?:aw\s+|all\s+)?cry\s+me\b/gi, '$1 call me');
  t = t.replace(/\bit['’]?s\s+(\p{Lu}[\p{L}'’-]+)\s+to\s+(?:everyone|everybody|all|my friends|the lads|my mates|most people)\b/gu, 'everyone calls me $1');
  // "am Murdo, 63", "am fae Glasgow": the subject left out before "am".
  t = t.replace(/(^|[.!;]\s+)am\s+(?!I\b|i\b)/g, '$1I am ');
  // "me, I'm Adaeze", "me I dey Lagos": the emphatic "me" before the subject.
  t = t.replace(/^me,?\s+(?=I\b|I['’]m\b)/, '');
  // Nigerian "I dey work for X" (dey before a verb marks it going on), "I dey Lagos" (am in).
  t = t.replace(/\b(I|we)\s+dey\s+(?=(?:work|stay|live|go|do|come|teach|study|learn|play|drive|use)\w*\b)/gi, '$1 ').replace(/\b(I|we)\s+dey\s+(?=\p{Lu})/gu, '$1 am in ');
  // "I be working at …" (habitual be); "I am having a Creta" (Indian English, a thing owned).
  t = t.replace(/\b(I|we)\s+be\s+(?=\w+ing\b|\p{Lu}|a\b|an\b|from\b|in\b|\d|\p{Ll}+\s+(?:developer|engineer|manager|teacher|nurse|doctor|driver)\b)/gu, (_m, who: string) => `${who} ${/^we$/i.test(who) ? 'are' : 'am'} `);
  t = t.replace(/\b(I|we)\s+(?:am|are|'m)\s+having\s+(?=(?:a|an|one|two|three|four|\d+|my|the)\b)/gi, '$1 have ');
  return t;
}
