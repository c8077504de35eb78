/**
 * Recommendations from a small made-up catalogue, filtered by what the user told us: the diet
 * and allergies are hard limits (a vegan allergic to peanuts never gets a steakhouse or a
 * peanut dish), dislikes exclude, likes and favourites rank.
 */
import nlp from '../../nlp/compromise';
import { thingKey } from '../../nlp/facts/fact-text';
import type { Fact } from '../../nlp/facts/types';
import { factsOf, type FactMap } from './known-facts';
import { listing } from './phrases';

/** How strict a dish or menu is: `vegan` suits everyone, `meat` only those who eat meat. */
type Level = 'vegan' | 'vegetarian' | 'pescatarian' | 'meat';

interface Item {
  name: string;
  blurb: string;
  /**
   * Diets it serves fully. A dish has one level (the strictest diet it suits: a vegan dish suits
   * everyone); a restaurant lists every diet its menu can serve properly.
   */
  levels: Level[];
  /** Canonical allergens (see `ALLERGEN_ALIASES`). */
  allergens: string[];
  /** Cuisine, ingredients and styles, matched against likes, dislikes and favourites. */
  tags: string[];
}

const RESTAURANTS: Item[] = [
  { name: 'Green Fork', blurb: 'a plant-based kitchen with grain bowls, salads and curries', levels: ['vegan'], allergens: ['soy', 'sesame', 'gluten'], tags: ['vegan', 'plant-based', 'salad', 'bowls', 'vegetables', 'healthy', 'curry', 'tofu'] },
  { name: 'Lotus Leaf Thai', blurb: 'Thai curries, pad thai and satay', levels: ['vegan', 'vegetarian', 'pescatarian', 'meat'], allergens: ['peanuts', 'shellfish', 'fish', 'soy'], tags: ['thai', 'asian', 'curry', 'noodles', 'spicy', 'satay', 'rice'] },
  { name: 'Sakura Sushi Bar', blurb: 'sushi, sashimi and ramen', levels: ['vegetarian', 'pescatarian', 'meat'], allergens: ['fish', 'shellfish', 'soy', 'sesame', 'gluten'], tags: ['sushi', 'japanese', 'asian', 'fish', 'seafood', 'rice', 'ramen', 'noodles'] },
  { name: 'Trattoria Nonna', blurb: 'wood-fired pizza and fresh pasta', levels: ['vegan', 'vegetarian', 'pescatarian', 'meat'], allergens: ['gluten', 'dairy', 'eggs'], tags: ['italian', 'pizza', 'pasta', 'cheese', 'tomatoes'] },
  { name: 'Masala House', blurb: 'North Indian curries, dal and tandoori', levels: ['vegan', 'vegetarian', 'meat'], allergens: ['dairy', 'tree nuts'], tags: ['indian', 'curry', 'spicy', 'lentils', 'rice'] },
  { name: 'Mezze & Co', blurb: 'falafel, hummus and grilled halloumi', levels: ['vegan', 'vegetarian', 'meat'], allergens: ['sesame', 'gluten', 'dairy'], tags: ['mediterranean', 'lebanese', 'falafel', 'hummus', 'halal', 'vegetables'] },
  { name: 'Taqueria Sol', blurb: 'tacos on corn tortillas, burritos and bean bowls', levels: ['vegan', 'vegetarian', 'meat'], allergens: ['dairy'], tags: ['mexican', 'tacos', 'burritos', 'beans', 'spicy', 'avocado'] },
  { name: 'Le Petit Bistro', blurb: 'French bistro classics', levels: ['vegetarian', 'pescatarian', 'meat'], allergens: ['dairy', 'gluten', 'eggs', 'shellfish'], tags: ['french', 'bistro', 'wine', 'cheese', 'mushrooms'] },
  { name: 'Ocean Catch', blurb: 'grilled fish and seafood platters', levels: ['pescatarian', 'meat'], allergens: ['fish', 'shellfish', 'dairy'], tags: ['seafood', 'fish', 'shellfish', 'grill'] },
  { name: 'Steer & Ember', blurb: 'a steakhouse with dry-aged steaks', levels: ['meat'], allergens: ['dairy'], tags: ['steak', 'steakhouse', 'meat', 'grill', 'bbq', 'keto', 'paleo'] },
  { name: 'Burger Barn', blurb: 'smash burgers and fries', levels: ['vegetarian', 'meat'], allergens: ['gluten', 'dairy', 'eggs', 'sesame'], tags: ['burgers', 'american', 'fries', 'meat'] },
];

const RECIPES: Item[] = [
  { name: 'Chickpea and spinach curry', blurb: 'with coconut milk and rice, about 30 minutes', levels: ['vegan'], allergens: [], tags: ['curry', 'indian', 'chickpeas', 'spinach', 'coconut', 'rice', 'spicy', 'vegan'] },
  { name: 'Black bean tacos', blurb: 'on corn tortillas with salsa and avocado, about 20 minutes', levels: ['vegan'], allergens: [], tags: ['mexican', 'tacos', 'beans', 'avocado', 'tomatoes'] },
  { name: 'Red lentil soup', blurb: 'with cumin and lemon, about 35 minutes', levels: ['vegan'], allergens: [], tags: ['soup', 'lentils', 'healthy'] },
  { name: 'Peanut noodle stir-fry', blurb: 'with tofu and crunchy vegetables, about 25 minutes', levels: ['vegan'], allergens: ['peanuts', 'soy', 'gluten'], tags: ['noodles', 'asian', 'stir-fry', 'tofu', 'peanuts'] },
  { name: 'Roasted vegetable couscous', blurb: 'with a tahini dressing, about 40 minutes', levels: ['vegan'], allergens: ['gluten', 'sesame'], tags: ['mediterranean', 'vegetables', 'couscous'] },
  { name: 'Mushroom risotto', blurb: 'with parmesan and thyme, about 40 minutes', levels: ['vegetarian'], allergens: ['dairy'], tags: ['italian', 'risotto', 'mushrooms', 'rice', 'cheese'] },
  { name: 'Margherita pizza', blurb: 'homemade dough, tomato and mozzarella, about 45 minutes', levels: ['vegetarian'], allergens: ['gluten', 'dairy'], tags: ['italian', 'pizza', 'cheese', 'tomatoes'] },
  { name: 'Salmon poke bowl', blurb: 'with rice, cucumber and sesame, about 20 minutes', levels: ['pescatarian'], allergens: ['fish', 'soy', 'sesame'], tags: ['sushi', 'japanese', 'fish', 'salmon', 'rice', 'seafood'] },
  { name: 'Lemon-herb baked cod', blurb: 'with roasted potatoes, about 35 minutes', levels: ['pescatarian'], allergens: ['fish'], tags: ['fish', 'seafood', 'potatoes'] },
  { name: 'Garlic butter shrimp pasta', blurb: 'about 25 minutes', levels: ['pescatarian'], allergens: ['shellfish', 'gluten', 'dairy'], tags: ['pasta', 'italian', 'shrimp', 'seafood', 'garlic'] },
  { name: 'Grilled steak with chimichurri', blurb: 'and a green salad, about 25 minutes', levels: ['meat'], allergens: [], tags: ['steak', 'meat', 'grill', 'keto', 'paleo'] },
  { name: 'Chicken fajitas', blurb: 'with peppers and flour tortillas, about 30 minutes', levels: ['meat'], allergens: ['gluten'], tags: ['mexican', 'chicken', 'meat', 'spicy'] },
];

/** Which levels each diet may eat. Diets without a level limit (keto, halal …) only rank. */
const DIET_LEVELS: Record<string, Level[]> = {
  vegan: ['vegan'],
  vegetarian: ['vegan', 'vegetarian'],
  pescatarian: ['vegan', 'vegetarian', 'pescatarian'],
};

/** What the user may say → the catalogue's allergens. */
const ALLERGEN_ALIASES: Record<string, string[]> = {
  peanut: ['peanuts'], peanuts: ['peanuts'], nut: ['peanuts', 'tree nuts'], nuts: ['peanuts', 'tree nuts'],
  'tree nut': ['tree nuts'], 'tree nuts': ['tree nuts'], almonds: ['tree nuts'], cashews: ['tree nuts'], walnuts: ['tree nuts'], hazelnuts: ['tree nuts'],
  shellfish: ['shellfish'], shrimp: ['shellfish'], prawns: ['shellfish'], crab: ['shellfish'], lobster: ['shellfish'],
  fish: ['fish'], seafood: ['fish', 'shellfish'], gluten: ['gluten'], wheat: ['gluten'], dairy: ['dairy'], milk: ['dairy'],
  lactose: ['dairy'], cheese: ['dairy'], egg: ['eggs'], eggs: ['eggs'], soy: ['soy'], soya: ['soy'], sesame: ['sesame'],
};

const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');

function mentions(item: Item, thing: string): boolean {
  const words = thingKey(thing).split(' ').filter((w) => w.length > 2).map(stem);
  if (words.length === 0) return false;
  const haystack = [...item.tags, ...item.name.toLowerCase().split(/[\s-]+/), ...item.blurb.toLowerCase().split(/[\s,-]+/)].map(stem);
  return words.every((w) => haystack.includes(w));
}

function allergenHits(item: Item, allergy: Fact): boolean {
  const key = thingKey(allergy.value);
  const canonical = ALLERGEN_ALIASES[key] ?? ALLERGEN_ALIASES[key.replace(/s$/, '')];
  if (canonical) return canonical.some((a) => item.allergens.includes(a));
  // An allergen the table does not know: treat any mention in the item as unsafe.
  return mentions(item, allergy.value) || item.allergens.some((a) => stem(a) === stem(key));
}

interface Pick {
  item: Item;
  score: number;
  reasons: string[];
}

function rank(items: Item[], facts: FactMap, kind: 'restaurant' | 'recipe'): { picks: Pick[]; limits: string[] } {
  const diet = facts.get('diet')?.value.toLowerCase();
  const allowed = diet ? DIET_LEVELS[diet] : undefined;
  const allergies = factsOf(facts, 'allergy');
  const dislikes = factsOf(facts, 'dislikes');
  const likes = [...factsOf(facts, 'likes'), ...factsOf(facts, 'favourite').filter((f) => /food|cuisine|dish|meal|restaurant/.test(f.subject ?? ''))];
  const limits: string[] = [];
  if (diet) limits.push(`your ${diet} diet`);
  if (allergies.length) limits.push(`your allergy to ${listing(allergies.map((a) => a.value))}`);

  const picks: Pick[] = [];
  for (const item of items) {
    if (allowed && !item.levels.some((l) => allowed.includes(l))) continue;
    if (allergies.some((a) => allergenHits(item, a))) continue;
    if (dislikes.some((d) => mentions(item, d.value))) continue;
    const reasons: string[] = [];
    let score = 0;
    if (allowed) {
      const strict = item.levels.every((l) => allowed.includes(l));
      if (kind === 'recipe') reasons.push(`it's ${item.levels[0] === diet ? diet : `${item.levels[0]}, so it suits a ${diet} diet`}`);
      else reasons.push(strict ? `the whole menu is ${diet === 'vegan' ? 'vegan' : `${diet}-friendly`}` : `it has proper ${diet} options`);
      if (strict) score += 1;
    } else if (diet && item.tags.includes(diet)) {
      reasons.push(`it suits a ${diet} diet`);
      score += 2;
    }
    if (allergies.length) reasons.push(`it avoids ${listing(allergies.map((a) => a.value))}`);
    const liked = likes.filter((l) => mentions(item, l.value));
    if (liked.length) {
      reasons.push(`you like ${listing(liked.map((l) => l.value))}`);
      score += 3 * liked.length;
    }
    const avoided = dislikes.filter((d) => !mentions(item, d.value));
    if (avoided.length) reasons.push(`it has no ${listing(avoided.map((d) => d.value))}`);
    picks.push({ item, score, reasons });
  }
  // Stable sort: equal scores keep catalogue order, so the answer is deterministic.
  picks.sort((a, b) => b.score - a.score);
  return { picks, limits };
}

/** `other`: a recommendation the food-only catalogue cannot give (a movie, a book). */
export type RecommendationKind = 'restaurant' | 'recipe' | 'other';

/** Which kind of recommendation the text asks for, or undefined when it asks for none. */
export function recommendationKind(text: string): RecommendationKind | undefined {
  const doc = nlp(text.toLowerCase());
  const asks =
    doc.has('(recommend|recommendation|recommendations|suggest|suggestion|suggestions|idea|ideas)') ||
    doc.has('what should (i|we) (eat|cook|make|have|order)') ||
    doc.has('where should (i|we) (eat|go)') ||
    doc.has('what (can|could) (i|we) (cook|make)') ||
    doc.has("(i am|i'm) hungry");
  if (!asks) return undefined;
  const cooking = doc.has('(cook|make|recipe|recipes|bake|home|meal|meals|tonight)') || doc.has('(dinner|lunch|breakfast) (idea|ideas)');
  if (cooking && !doc.has('(restaurant|restaurants|eat out|go out|place|places|where)')) return 'recipe';
  if (doc.has('(restaurant|restaurants|place|places|eat out|go out|where|lunch spot|dinner spot|eat|food|dinner|lunch|hungry|order)')) return 'restaurant';
  return doc.has('(recommend|suggest|recommendation|recommendations)') ? 'other' : undefined;
}

/** A recommendation that respects the user's diet, allergies and dislikes, and says why it fits. */
export function recommend(kind: RecommendationKind, facts: FactMap): string {
  if (kind === 'other') {
    return "Offline, I can only recommend food: ask me for a restaurant or for something to cook, and I'll use what I know about your diet, allergies and tastes.";
  }
  const { picks, limits } = rank(kind === 'restaurant' ? RESTAURANTS : RECIPES, facts, kind);
  const where = facts.get('location');
  if (picks.length === 0) {
    return `I couldn't find anything in my small demo list that fits ${listing(limits) || 'what you told me'}. I'd rather say so than suggest something unsafe.`;
  }
  const [best, second] = picks;
  const place = kind === 'restaurant' && where ? ` in ${where.value}` : '';
  const intro = kind === 'restaurant' ? `How about **${best.item.name}**${place} — ${best.item.blurb}?` : `How about **${best.item.name}** — ${best.item.blurb}?`;
  const why = best.reasons.length ? ` It fits because ${listing(best.reasons)}.` : '';
  const alt = second ? ` Another option: ${second.item.name}.` : '';
  const known = limits.length || best.reasons.length;
  const hint = known ? '' : ' Tell me about your diet, allergies or favourite food and I can tailor this.';
  const label = kind === 'restaurant' ? ' _(From my small built-in demo list — the places are made up.)_' : '';
  return `${intro}${why}${alt}${hint}${label}`;
}
