/** Whether a value read from a clause names a thing the user likes, has or works for. */
import { thingKey } from './fact-text';

/** Values that are pronouns or filler, never a thing someone likes or an employer. */
const NOT_THINGS = new Set(['it', 'that', 'this', 'you', 'them', 'him', 'her', 'these', 'those', 'everything', 'nothing', 'anything', 'something', 'one', 'yours', 'myself', 'me', 'us', 'home', 'free', 'fun', 'a living', 'living', 'yourself', 'here', 'there', 'so', 'very', 'much', 'lot', 'a lot']);

/** Whether a value names a thing, not a pronoun or filler ("it", "a lot", "home"). */
export function isThing(value: string): boolean {
  const key = thingKey(value);
  return key.length > 0 && !NOT_THINGS.has(key) && !/^(?:it|that|this)\b/.test(key);
}
