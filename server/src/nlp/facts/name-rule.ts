/** The name rule: the user's name, from "my name is", "call me" or "I'm" followed by a name. */
import nlp from '../compromise';
import { first, groups, type Rule } from './clause-rule';
import { tokens, type View } from './clauses';
import { LOCATION_ORIGIN, makeFact } from './fact-text';
import { PLACE_VALUE } from './location-rule';
import { isUnknownWord, looksLikeFullName, notAName } from './person-name';
import { valueOf, type ValueOptions } from './value';

const NAME_VALUE: ValueOptions = { capitalize: 'all', maxWords: 4, stopAtComma: true, stopWords: ['and', 'or', 'not', 'from', 'in', 'at', 'i', 'this', 'that', 'here', 'but', 'though', 'btw', 'nice', 'pleased', 'round', 'around', 'innit', 'mate', 'bruv', 'fam', 'tho', 'lol', 'only', 'hey', 'now', 'yeah', 'like'] };
const NOT_A_NAME_TAGS = ['Adjective', 'Adverb', 'Date', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Verb', 'Value', 'Demonym'];

function nameFrom(view: View | undefined): string {
  if (!view) return '';
  const toks = tokens(view).filter((t) => t.text !== '');
  if (toks.length === 0 || (toks[0].tags.some((tag) => NOT_A_NAME_TAGS.includes(tag)) && !looksLikeFullName(view.text()))) return '';
  const value = valueOf(view, NAME_VALUE);
  return /^[\p{L}][\p{L}'’. -]*$/u.test(value) ? value : '';
}

/** "My name is Alice", "call me Al", "I'm Priya": the user's name, or the name they go by. */
export const nameRule: Rule = (c, out) => {
  if (c.has('my (first)? name (is|was) (not|never)')) return false;
  let g = first(c, ['my (first|real)? name is [<v>.+]', 'i am (called|named) [<v>.+]', 'i go by [<v>.+]']);
  // "You can call me Al" names the user; "everyone calls me Maggie" is a nickname, not a correction.
  if (!g && c.has('^(you can|you may|please|just|feel free to|i go by|friends|people|they|everyone|everybody|folks|most people|my friends|mates|my mates|pals|all my friends)? (all)? (call|calls) me') && !c.has(`(do not|never|please do not) call me`)) g = groups(c, 'call me [<v>.+]');
  if (g) {
    const name = nameFrom(g.v);
    // "My name is Margit Kovács, but call me Gigi": the name stays, and the one used is kept beside it.
    const given = out.get('name');
    if (name && given && c.has('(call|calls) me') && given.value.toLowerCase() !== name.toLowerCase()) {
      out.add(makeFact('about', `User goes by ${name}`));
      return true;
    }
    if (name) {
      out.add(makeFact('name', name));
      return true;
    }
    return false;
  }
  // "I'm Alice": only when compromise sees a person's or proper name, never "I'm tired".
  // "I'm Margaret, though everyone calls me Maggie": the name ends at the comma.
  const beforeComma = c.text().match(/^I(?:['’]m| am)\s+([^,]+),/i);
  const m = beforeComma ? { v: nlp(beforeComma[1]) } : groups(c, '^i am [<v>.+]');
  const toks = m ? tokens(m.v).filter((t) => t.text !== '') : [];
  if (m && toks.length > 0 && (toks.length <= 4 || looksLikeFullName(m.v.text()))) {
    const tags = toks[0].tags;
    // An unknown capitalised word before a comma ("I'm Priya, nice to meet you") is a name too.
    const named =
      tags.includes('Person') ||
      (tags.includes('ProperNoun') && !tags.some((t) => ['Place', 'Demonym', 'Organization'].includes(t))) ||
      (Boolean(beforeComma) && /^[A-Z]/.test(toks[0].text) && isUnknownWord(toks[0].normal)) ||
      // "I'm aoife": one word nobody's dictionary has, and nothing else — a name typed in lower case.
      (toks.length === 1 && /^[a-z][a-z'-]{1,}$/.test(toks[0].normal) && isUnknownWord(toks[0].normal)) ||
      looksLikeFullName(m.v.text());
    if (named && !notAName(toks[0].normal)) {
      const name = nameFrom(m.v);
      if (name) {
        out.add(makeFact('name', name));
        // "I'm Wolfgang Bauer from Munich": where the user is from, in the same breath.
        const origin = groups(c, '^i am .+? from [<v>#ProperNoun+]');
        if (origin) out.add(makeFact('location', valueOf(origin.v, PLACE_VALUE), LOCATION_ORIGIN));
        return true;
      }
    }
  }
  return false;
};
