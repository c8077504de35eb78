/** The favourite rule: "my favourite X is Y" and "Y is my favourite X", and their negations. */
import { first, type Rule } from './clause-rule';
import { makeFact } from './fact-text';
import { thirdPerson, valueOf, type ValueOptions } from './value';

const FAVOURITE = '(favourite|favorite|fave|favourit|favorit)';

const FAVOURITE_VALUE: ValueOptions = { stopAtModifiers: false, stopAtAnd: false, maxWords: 10 };

/** "My favourite colour is blue", "sushi is my favourite food": a favourite, or that it no longer is. */
export const favouriteRule: Rule = (c, out) => {
  const negated = first(c, [
    `my ${FAVOURITE} [<s>.+?] (is|are) (not|no longer) [<v>.+]`,
    `[<v>.+] (is|are) (not|no longer) my ${FAVOURITE} [<s>.+]`,
  ]);
  if (negated) {
    const f = makeFact('favourite', 'x', negated.s.text());
    if (f) out.drop(f.key);
    return true;
  }
  const g = first(c, [`my ${FAVOURITE} [<s>.+?] (is|are) [<v>.+]`, `[<v>.+] (is|are) my (all time)? ${FAVOURITE} [<s>.+]`]);
  if (!g) return false;
  let value = valueOf(g.v, FAVOURITE_VALUE).replace(/\s+(?:now|these days|nowadays|anymore)$/i, '');
  // "I love sushi, it's my favourite food": "it" is the thing just mentioned.
  if (/^(?:it|that|this|they|those|these)(?:['’]s| is| are)?$/i.test(value)) value = out.latestThing() ?? '';
  else if (/^i\s/i.test(value)) return false;
  const subject = valueOf(g.s, { stopAtModifiers: false, maxWords: 4 });
  if (value) out.add(makeFact('favourite', thirdPerson(value), subject));
  return true;
};
