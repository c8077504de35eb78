/**
 * Answer-time supersession. A later statement that says something changed ("rate limiter
 * slipped, due next Wednesday now", "Mere extended the reports deadline to 27 Nov", "Fat Freddy's
 * Drop has taken over from Crowded House as my fave band") makes the earlier statements on the
 * same topic stale, even when no fact slot ties them together. Two statements are on the same
 * topic when they share at least two of the things they name (nouns and names, not times).
 */
import { contentTerms } from '../../nlp/terms';

/** Words that say the statement changes something said before. */
const CHANGE = /\b(?:now|anymore|any more|no longer|these days|nowadays|instead|new|switched|changed|moved|slipped|pushed|postponed|delayed|extended|brought forward|shifted|rescheduled|updated?|replaced|taken over|took over|retired|left|quit|sold|got rid of|actually|correction)\b/i;

/** Nouns that say when or how much, never what a statement is about. */
const NOT_A_TOPIC = new Set(['time', 'day', 'week', 'month', 'year', 'today', 'tonight', 'tomorrow', 'morning', 'evening', 'night', 'weekend', 'thing', 'stuff', 'lot', 'bit', 'way', 'people', 'news', 'update', 'minute', 'hour']);

function topicOf(text: string): Set<string> {
  return new Set(contentTerms(text).filter((t) => (t.kind === 'noun' || t.kind === 'name') && !NOT_A_TOPIC.has(t.lemma)).map((t) => t.lemma));
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * The statements no later change among `changes` has overtaken (order kept). Only a change that
 * itself bears on the question should be passed: in a support ticket "updated the firmware now"
 * says nothing against the printer model given before.
 */
export function withoutSuperseded<T extends { text: string; at: number }>(statements: T[], candidates: T[] = statements): T[] {
  const topics = statements.map((s) => topicOf(s.text));
  const changes = candidates.filter((s) => CHANGE.test(s.text)).map((s) => ({ at: s.at, topic: topicOf(s.text), text: s.text }));
  return statements.filter((s, i) => !changes.some((c) => c.at > s.at && c.text !== s.text && shared(c.topic, topics[i]) >= 2));
}
