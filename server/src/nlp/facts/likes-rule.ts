/** The likes rule: likes, dislikes, preferences between two things, and likes given up. */
import nlp from '../compromise';
import { nounLemma } from '../terms';
import { first, type Rule } from './clause-rule';
import type { View } from './clauses';
import type { Collector } from './collector';
import { makeFact, thingKey } from './fact-text';
import { statementRule } from './statement-rule';
import { isThing } from './thing-value';
import { gerund, listValues, thirdPerson, type ValueOptions } from './value';

const LIKE_ADVERBS = '(really|truly|absolutely|also|do|totally|just|especially|genuinely|definitely|kind of|kinda|sort of|still|so|actually)';
const DISLIKE_ADVERBS = '(really|truly|absolutely|also|totally|just|genuinely|definitely|still|actually)';
const NEG = '(do not|never|cannot|can not|will not)';

const THING_VALUE: ValueOptions = { stopWords: ['because', 'when', 'i', 'but', 'over', 'rather', 'than', 'instead'] };

function things(view: View): string[] {
  // A list item with its own verb is a new statement, not a thing ("…, meetings before 10am are the worst").
  return listValues(view, THING_VALUE)
    .filter((v) => !/\b(?:is|are|was|were|will|would|can|could|should)\b/i.test(v))
    .map((v) => (/^to\s+\S/i.test(v) ? gerund(v.replace(/^to\s+/i, '')) : v))
    .map(thirdPerson)
    .filter(isThing);
}

function like(out: Collector, value: string): void {
  const f = makeFact('likes', value);
  if (!f) return;
  out.add(f);
  out.drop(`dislikes:${thingKey(value)}`);
}

function dislike(out: Collector, value: string): void {
  const f = makeFact('dislikes', value);
  if (!f) return;
  out.add(f);
  out.drop(`likes:${thingKey(value)}`);
  // A dislike also ends a favourite or any positive statement about the same thing.
  for (const word of thingKey(value).split(' ')) out.withdraw(nounLemma(word));
}

/** "I love jazz", "I can't stand olives", "I prefer tea to coffee": what the user likes and dislikes. */
export const likesRule: Rule = (c, out) => {
  // "I prefer dogs to cats", "I like tea more than coffee": the first is liked, and the comparison is kept as said.
  const compared = c.text().match(/^I (?:really |much |definitely )?(?:prefer|like|love|enjoy) (?!to\s)(.+?) (?:to|over|more than|rather than|instead of|better than) (.+)$/i);
  if (compared) {
    for (const v of things(nlp(compared[1]))) like(out, v);
    statementRule(c, out);
    return true;
  }
  const noLonger = first(c, [`i no longer (like|love|enjoy) [<v>.+]`, 'i am (no longer|not) (into|a fan of) [<v>.+]']);
  if (noLonger && !c.has('not a (big|huge)? fan')) {
    for (const v of things(noLonger.v)) {
      out.drop(`likes:${thingKey(v)}`);
      for (const word of thingKey(v).split(' ')) out.withdraw(nounLemma(word));
    }
    return true;
  }
  const dislikes = first(c, [
    `i ${DISLIKE_ADVERBS}? ${NEG} (really|particularly|much|even)? (like|love|enjoy|stand|bear|tolerate) [<v>.+]`,
    `i ${DISLIKE_ADVERBS}? (hate|dislike|detest|loathe|despise|abhor) [<v>.+]`,
    'i am (really|just)? not (a|an)? (big|huge|great)? fan of [<v>.+]',
  ]);
  if (dislikes) {
    for (const v of things(dislikes.v)) dislike(out, v);
    return true;
  }
  const likes = first(c, [
    `i ${LIKE_ADVERBS}? (like|love|enjoy|adore|prefer|fancy) [<v>.+]`,
    'i am (a|an)? (big|huge|great|massive|real)? (fan|lover) of [<v>.+]',
    'i am (really|very|quite|so)? (into|passionate about|crazy about|obsessed with) [<v>.+]',
    'i am (a|an) (big|huge|great|massive|real)? [<v>.+] (lover|fan|enthusiast|addict|buff)',
  ]);
  if (likes) {
    for (const v of things(likes.v)) like(out, v);
    // "coffee over tea": the comparison is worth keeping in the user's own words too.
    if (c.has('(over|rather than|more than|instead of)')) statementRule(c, out);
    return true;
  }
  return false;
};
