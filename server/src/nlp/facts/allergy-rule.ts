/** The allergy rule: what the user is allergic to, however it is said, and an allergy outgrown. */
import { first, groups, type Rule } from './clause-rule';
import type { View } from './clauses';
import { makeFact } from './fact-text';
import { listValues } from './value';

/** Allergens named in the singular in "a peanut allergy" but in the plural in "allergic to peanuts". */
const ALLERGEN_PLURALS: Record<string, string> = {
  peanut: 'peanuts', nut: 'nuts', 'tree nut': 'tree nuts', egg: 'eggs', almond: 'almonds', cashew: 'cashews',
  walnut: 'walnuts', hazelnut: 'hazelnuts', pecan: 'pecans', pistachio: 'pistachios', strawberry: 'strawberries',
  tomato: 'tomatoes', 'bee sting': 'bee stings', mushroom: 'mushrooms', kiwi: 'kiwis',
};
const ALLERGY_ADJECTIVES = new Set(['severe', 'mild', 'serious', 'bad', 'deadly', 'life-threatening', 'slight', 'terrible', 'strong']);

function allergenFromCompound(raw: string): string {
  const words = raw.split(/\s+/).filter((w) => !ALLERGY_ADJECTIVES.has(w.toLowerCase()));
  const base = words.join(' ');
  return ALLERGEN_PLURALS[base.toLowerCase()] ?? base;
}

/** "I'm allergic to peanuts", "I have a shellfish allergy", "I outgrew my egg allergy": the user's allergies. */
export const allergyRule: Rule = (c, out, sentence) => {
  const negated = first(c, ['i am (not|no longer) (at all)? allergic to [<v>.+]', 'i (outgrew|grew out of) my [<v>.+] (allergy|allergies)']);
  if (negated) {
    for (const item of listValues(negated.v)) {
      const f = makeFact('allergy', allergenFromCompound(item));
      if (f) out.drop(f.key);
    }
    return true;
  }
  const to = first(c, [
    'i am (also|very|severely|highly|seriously|deathly|mildly|slightly)? allergic to [<v>.+]',
    'i have (a|an|some)? (severe|mild|serious|bad)? (allergy|allergies) to [<v>.+]',
    'i (also)? get (a|an)? (reaction|allergic reaction) (to|from) [<v>.+]',
    'my (only|main|one|biggest|worst)? (real|serious|bad|big|food)? (allergy|allergies) (is|are) [<v>.+]',
    'the (only|main|one)? (real|serious)? (allergy|allergies) i have (is|are) [<v>.+]',
  ]);
  if (to) {
    for (const item of listValues(to.v)) out.add(makeFact('allergy', item));
    return true;
  }
  // "Eggs are a problem for me, I am allergic": the allergen is what the sentence started with.
  if (c.has('^i am (very|severely|really|also|badly)? allergic$') && sentence) {
    const first = sentence.match('^[<v>#Noun+]').groups('v') as View | undefined;
    if (first?.found) {
      for (const item of listValues(first)) out.add(makeFact('allergy', item));
      return true;
    }
  }
  const compound = groups(c, 'i (also)? (have|am having|got) (a|an|some)? [<v>.+] (allergy|allergies|intolerance)');
  if (compound) {
    for (const item of listValues(compound.v)) out.add(makeFact('allergy', allergenFromCompound(item)));
    return true;
  }
  return false;
};
