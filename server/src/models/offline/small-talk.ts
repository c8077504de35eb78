/**
 * Greetings, thanks, "who are you" and the honest fallback. What the agent offers to do comes
 * from ./skills (`helpFor`, `fallbackFor`), decided by the tools this chat has: the support agent
 * does not suggest restaurants, the personal assistant does not offer ticket actions.
 */
import nlp from '../../nlp/compromise';
import { opensQuestion } from '../../nlp/question';
import type { FactMap } from './known-facts';
import type { RequestView } from './request-view';
import { fallbackFor, farewellFor, greetingHintFor, helpFor } from './skills';

const IDENTITY = "I'm the built-in offline model: deterministic, no cloud AI and no network. The memory is real, though — everything I remember is stored in Redis.";

/** A reply to small talk, or undefined when the text is not small talk. */
export function smallTalk(text: string, view: RequestView, facts: FactMap): string | undefined {
  const doc = nlp(text.toLowerCase());
  const name = facts.get('name')?.value;
  const comma = name ? `, ${name}` : '';
  if (doc.has('(who|what) are you') || doc.has('are you (a|an)? (ai|bot|robot|human|real|gpt|chatgpt|model|llm)') || doc.has('what (model|llm) (is this|are you)') || doc.has('what can you do') || doc.has('^help')) {
    return `${IDENTITY} ${helpFor(view)}`;
  }
  if (doc.has('^(thanks|thank you|thx|cheers|ty|much appreciated)') || doc.has('(thanks|thank you) (so much|a lot)?$')) {
    return `You're welcome${comma}!`;
  }
  if (doc.has('^(bye|goodbye|see you|see ya|good night|later)')) {
    return `Bye${comma}! ${farewellFor(view)}`;
  }
  if (doc.has('^(hi|hello|hey|hiya|howdy|yo|greetings|good morning|good afternoon|good evening)') && text.trim().split(/\s+/).length <= 6) {
    return `Hi${comma}! ${IDENTITY} ${greetingHintFor(view)}`;
  }
  return undefined;
}

/** A request to the agent is no statement to note either. */
const REQUEST_START = '^(tell|explain|show|give|list)';

/**
 * A plain statement this model cannot parse into a fact ("I already tried restarting it twice")
 * is still worth acknowledging: it is in the thread's history, and "what did I say about …?"
 * will find it.
 */
export function noteStatement(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed || trimmed.endsWith('?') || trimmed.length > 300) return undefined;
  if (opensQuestion(trimmed) || nlp(trimmed.toLowerCase()).has(REQUEST_START)) return undefined;
  const quoted = trimmed.length > 120 ? `${trimmed.slice(0, 117)}…` : trimmed;
  return `Noted: “${quoted}” It's saved in this conversation, so I can come back to it — ask me “what did I say about …?” any time.`;
}

/** The reply when nothing else applies: short, and honest about what this agent can do (see `fallbackFor`). */
export function fallback(view: RequestView): string {
  return fallbackFor(view);
}
