/**
 * "Can I have chicken?", "is tahini safe for me?", "what should I never eat?": a food checked
 * against what the user said about their diet, allergies and intolerances — in a fact ("User's
 * diet is pescatarian") or in their own words ("soy messes my stomach up"). The answer says
 * which statement rules it out and why ("No — you're allergic to sesame, and tahini contains
 * sesame"). Nothing said about food → undefined, and the other answers take over.
 */
import { dietExcludes, foodsIn, isOrContains } from '../../nlp/food';
import { toSecondPerson } from '../../nlp/person';
import { contentTerms } from '../../nlp/terms';
import type { FactMap } from './known-facts';
import { listing } from './phrases';

interface Restriction {
  /** Foods or groups ruled out ("meat", "sesame"). */
  foods: string[];
  /** Other things the statement names, matched only by name ("onions don't agree with me"). */
  named?: string[];
  /** Why, in the second person ("you're pescatarian"). */
  reason: string;
}

const DIET_WORDS = /\b(vegan|vegetarian|pescatarian|pescetarian|halal|kosher|coeliac|celiac|gluten[- ]free|dairy[- ]free|keto|low[- ]carb|teetotal)\b/i;
/** Words that say a food does the user harm or is kept away from. */
const AVOIDS =
  /\b(?:allerg\w*|intoleran\w*|coeliac|celiac|can['’]?t (?:have|eat|drink|tolerate|digest)|cannot (?:have|eat|drink|tolerate|digest)|(?:don['’]?t|do not|never|no longer) (?:eat|drink|touch|have)|avoid\w*|stay (?:well )?away|cut (?:down|back) on|cut out|gave up|give up|mak(?:es?|ing) me (?:sick|ill|bloated|sneeze|itch\w*|swell)|upsets?|mess(?:es)? (?:up )?my|(?:doesn['’]?t|don['’]?t|do not|does not|never) agree with me|reaction|swell\w*|hives|rash|not allowed|off[- ]limits|low[- ](?:sodium|salt|sugar|carb|fat))\b/i;
/** Groups a food "counts as" rather than "contains". */
const KINDS = new Set(['meat', 'poultry', 'pork', 'fish', 'shellfish', 'seafood', 'alcohol']);

/** Everything the user said that rules foods out. */
function restrictions(facts: FactMap, statements: string[]): Restriction[] {
  const out: Restriction[] = [];
  for (const fact of facts.values()) {
    if (fact.attribute === 'diet') out.push({ foods: dietExcludes(fact.value), reason: `you're ${fact.value.toLowerCase()}` });
    else if (fact.attribute === 'allergy') out.push({ foods: foodsIn(fact.value).length ? foodsIn(fact.value) : [fact.value.toLowerCase()], reason: `you're allergic to ${fact.value}` });
  }
  for (const text of statements) {
    const diet = text.match(DIET_WORDS)?.[1];
    if (diet && !out.some((r) => r.reason.includes(diet.toLowerCase()))) out.push({ foods: dietExcludes(diet), reason: `you told me ${toSecondPerson(text).replace(/[.!]+$/, '')}` });
    // "pure vegetarian, no egg also": a food right after "no" is kept away from.
    const refused = [...text.matchAll(/\b(?:no|zero|without)\s+((?:[a-z]+\s+){0,1}[a-z]+)/gi)].flatMap((m) => foodsIn(m[1]));
    const reason = `you told me ${toSecondPerson(text).replace(/[.!]+$/, '')}`;
    const same = out.find((r) => r.reason === reason);
    if (same) same.foods.push(...refused.filter((f) => !same.foods.includes(f)));
    else if (refused.length && !out.some((r) => refused.every((f) => r.foods.includes(f)))) out.push({ foods: refused, reason });
    if (!AVOIDS.test(text)) continue;
    // "Onions don't agree with me": a food no table lists still counts by its own name.
    const foods = foodsIn(text);
    // "Onions don't agree with me": a food no table lists still counts by its own name.
    const named = contentTerms(text).filter((t) => t.kind === 'noun' && !NOT_FOOD.has(t.lemma) && !foods.includes(t.lemma)).map((t) => t.lemma);
    if ((foods.length || named.length) && !out.some((r) => foods.length > 0 && foods.every((f) => r.foods.includes(f)))) out.push({ foods, named, reason: `you told me ${toSecondPerson(text).replace(/[.!]+$/, '')}` });
  }
  return out.filter((r) => r.foods.length > 0 || r.named?.length);
}

/** Nouns an avoidance statement names that are never the food ("my stomach goes to pot"). */
const NOT_FOOD = new Set(['stomach', 'belly', 'gut', 'pot', 'me', 'reaction', 'problem', 'allergy', 'intolerance', 'doctor', 'time', 'day', 'week', 'year', 'thing', 'stuff', 'way', 'skin', 'rash', 'throat', 'head', 'headache', 'hive', 'life', 'bit', 'lot', 'kind', 'sort', 'type', 'food', 'diet']);

/** The thing a food question asks about ("can I have the normal bread?" → "the normal bread"), if it asks one. */
function askedPhrase(question: string): string | undefined {
  const q = question.toLowerCase().replace(/[?!.]+$/, '').trim();
  return (
    q.match(/^(?:can|could|may|should|shall|am)\s+(?:i|we)\s+(?:be allowed to\s+|still\s+)?(?:eat|have|drink|order|try|get|take|use|cook with|put|add|grab|enjoy)\s+(.+)$/)?.[1] ??
    // "it is ok if I order the gambas tonight?", "is it fine for me to have a beer?"
    q.match(/^(?:is it|it is|it['’]s|would it be|will it be)\s+(?:ok|okay|fine|safe|alright|all right|a problem)\s+(?:if|for me to|for us to|to)\s+(?:i\s+|we\s+)?(?:eat|have|drink|order|try|get|take)\s+(.+)$/)?.[1] ??
    q.match(/^(?:is|are|would|will|was)\s+(.+?)\s+(?:be\s+)?(?:(?:a\s+)?(?:ok|okay|safe|fine|alright|all right|good|grand|sensible|allowed|suitable|bad|dangerous|risky)|a good (?:idea|choice)|a (?:sensible|safe|bad) (?:idea|choice)|a problem|an issue|on my menu)\b/)?.[1] ??
    q.match(/^(.+?)\s+(?:ok|okay|safe|fine|alright|allowed)\s+(?:for|with)\s+(?:me|us)\b/)?.[1] ??
    q.match(/^(?:does|do|would|will|could|can)\s+(.+?)\s+(?:agree with|suit|work for|make me (?:sick|ill)|upset|hurt)\b/)?.[1]
  );
}

/** The nouns of the thing asked about ("onion soup" → onion, soup), matched by name against what the user avoids. */
function nounsOf(phrase: string): string[] {
  return contentTerms(phrase).filter((t) => t.kind === 'noun' && !NOT_FOOD.has(t.lemma)).map((t) => t.lemma);
}

/** "what should I never eat?", "which foods could give me a reaction?", "how would you describe the way I eat?" */
function asksForRestrictions(question: string): boolean {
  const q = question.toLowerCase();
  if (/\b(?:the way i eat|how i eat|my eating|eating habits|food rules|dietary|what i can(?:not|['’]t) eat|what can(?:not|['’]t| not) i (?:eat|have|drink))\b/.test(q)) return true;
  if (!/\b(?:eat|eating|food|foods|drink|drinks|diet|meal|meals|dish|dishes|reaction|allerg\w*|ingredients?)\b/.test(q)) return false;
  return /^(?:what|which|any)\b/.test(q) && /\b(?:i|me|my)\b/.test(q) && /\b(?:avoid|never (?:eat|have|drink)|not (?:eat|have)|can['’]?t (?:eat|have)|cannot (?:eat|have)|stay away from|reaction|react|off[- ]limits|not allowed|should(?:n['’]?t| not) (?:eat|have)|keep away from|steer clear)\b/.test(q);
}

function because(food: string, group: string): string {
  if (food === group) return '';
  return KINDS.has(group) ? `, and ${food} counts as ${group}` : `, and ${food} contains ${group}`;
}

/** "No — you're vegan, and cheese contains dairy", when something the user said rules the food out. */
function ruledOut(food: string, known: Restriction[]): string | undefined {
  for (const r of known) {
    if (r.named?.includes(food)) return `No — ${r.reason}.`;
    const group = r.foods.find((f) => isOrContains(food, f));
    if (group) return `No — ${r.reason}${because(food, group)}.`;
  }
  return undefined;
}

/**
 * The answer to a food question, from what the user said, or undefined when it is no food
 * question or nothing was said. `statements` is read only for a food question (it parses memory).
 */
export function answerDietQuestion(question: string, facts: FactMap, statements: () => string[]): string | undefined {
  // "Do I eat cheese?" asks about a habit: a diet that rules it out answers no; anything else is for memory.
  const habit = question.toLowerCase().match(/^(?:do|would)\s+(?:i|we)\s+(?:eat|drink|have)\s+(.+?)\??$/)?.[1];
  const habitFood = habit && !/\b(?:still|anymore|any more|now|again)\b/i.test(question) ? foodsIn(habit)[0] : undefined;
  const phrase = habitFood ? undefined : askedPhrase(question);
  const foods = phrase ? foodsIn(phrase) : [];
  const listAsked = !habitFood && foods.length === 0 && asksForRestrictions(question);
  if (!habitFood && foods.length === 0 && !listAsked) {
    // "would the onion soup be grand for me?": no food the table knows, but one the user said disagrees with them.
    const nouns = phrase ? nounsOf(phrase) : [];
    if (nouns.length === 0) return undefined;
    const avoided = restrictions(facts, statements()).find((r) => r.named?.some((n) => nouns.includes(n)));
    return avoided ? `No — ${avoided.reason}.` : undefined;
  }
  const known = restrictions(facts, statements());
  if (habitFood) return ruledOut(habitFood, known);
  const listed = known.filter((r) => r.foods.length > 0);
  if (listAsked) return listed.length ? `Going by what you've told me: ${listing(listed.map((r) => r.reason))}.` : undefined;
  for (const food of [...foods, ...(phrase ? nounsOf(phrase) : [])]) {
    const no = ruledOut(food, known);
    if (no) return no;
  }
  if (listed.length === 0) return undefined;
  return `As far as I know, yes — nothing you've told me rules out ${listing(foods)} (${listing(listed.map((r) => r.reason))}).`;
}
