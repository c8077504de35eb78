/** The diet rule: a named diet, a diet read from what the user does not eat, and a diet given up. */
import { first, type Rule } from './clause-rule';
import type { View } from './clauses';
import { DIET } from './diets';
import { makeFact } from './fact-text';

function dietOf(view: View): string {
  const d = view.text().toLowerCase().trim();
  return d === 'pescetarian' ? 'pescatarian' : d;
}

/** "I'm vegan", "I don't eat meat but I eat fish", "I'm not vegetarian anymore": the user's diet. */
export const dietRule: Rule = (c, out, sentence) => {
  if (
    c.has(`i am (not|no longer) (a|an)? ${DIET}`) ||
    c.has(`i (stopped|quit) being (a|an)? ${DIET}`) ||
    c.has(`i (gave up|gave up being) (a|an)? ${DIET}`) ||
    c.has('i (eat|started eating|am eating) meat (again|now)') ||
    c.has(`i (quit|stopped|dropped|ditched|gave up|came off|went off) (doing|being|eating)? (a|an|the|my)? ${DIET}`)
  ) {
    out.drop('diet');
    return true;
  }
  const named = first(c, [
    `i am (now|strictly|fully|mostly|also|actually|still|currently|totally|completely|pretty much|a|an)? (a|an)? [<d>${DIET}]`,
    `i (have|had)? (been|become|gone|went|turned|became) (a|an)? (strictly|fully)? [<d>${DIET}]`,
    `i (eat|follow|keep|have) (a|an)? (strictly|fully|mostly)? [<d>${DIET}]`,
    `i am on (a|an)? (strict)? [<d>${DIET}] (diet)?`,
    `i am (doing|trying|following|starting) (a|an|the)? (strict)? [<d>${DIET}]`,
    `my diet is (strictly|fully|mostly)? [<d>${DIET}]`,
  ]);
  if (named) {
    out.add(makeFact('diet', dietOf(named.d)));
    return true;
  }
  const noAnimal = `i (do not|never|no longer|will not|cannot|stopped|quit) (eat|eating) (any)? (animal products|meat or dairy|meat and dairy|meat, dairy|anything from animals)`;
  if (c.has(noAnimal)) {
    out.add(makeFact('diet', 'vegan'));
    return true;
  }
  if (c.has('i (do not|never|no longer|will not|cannot|stopped|quit) (eat|eating) (any)? (meat|red meat)') || c.has('i gave up (eating)? meat')) {
    const fishOk = sentence.has('but (i)? (do|still)? eat fish') || c.has('(except|apart from) fish');
    const noFish = c.has('meat (or|and|nor) fish');
    if (c.has('red meat')) return false;
    out.add(makeFact('diet', fishOk && !noFish ? 'pescatarian' : 'vegetarian'));
    return true;
  }
  return false;
};
