/**
 * "Give me a feed of bacon and cabbage any day, that's me favourite dinner": "that" stands for
 * what the clause before it named. The message is read with the thing put in its place ("… . A
 * feed of bacon and cabbage is my favourite dinner"), so the favourite rule finds it.
 */
import nlp from '../compromise';

const THAT_FAVOURITE = /([^.!?]+?),\s*(?:that|this|it)(?:['’]s|\s+is)\s+((?:my|our)\s+(?:all[- ]time\s+)?(?:fav\w*|fave)\s+[\p{L}]+)/giu;
/** Words that end the thing and start when or where ("pho in Hanoi last year" → pho). */
const TAIL = /\s+(?:in|at|on|last|every|this|with|for|any|most|when|whenever|since)\b.*$/i;

function thingNamed(clause: string): string | undefined {
  const nouns = (nlp(clause).nouns().out('array') as string[]).filter((n) => !nlp(n).has('^(#Pronoun|#Date|#Duration)+$'));
  const first = nouns[0]?.replace(TAIL, '').replace(/^(?:a|an|the|some)\s+/i, '').trim();
  return first && first.split(/\s+/).length <= 6 ? first : undefined;
}

/** The message with "that" in "…, that's my favourite X" replaced by the thing it stands for. */
export function withReferents(text: string): string {
  return text.replace(THAT_FAVOURITE, (whole, before: string, favourite: string) => {
    // "I love sushi, it's my favourite food": the like rule already knows what was loved last.
    if (/\b(?:love|loves|like|likes|adore|adores|enjoy|enjoys|prefer|prefers|fan of)\b/i.test(before)) return whole;
    const thing = thingNamed(before);
    // A sentence of its own, so the clause before it keeps its own reading; "our favourite" is the user's too.
    return thing ? `${before}. ${thing.charAt(0).toUpperCase()}${thing.slice(1)} is ${favourite.replace(/^our\b/i, 'my')}` : whole;
  });
}
