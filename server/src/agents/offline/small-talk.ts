/** Greetings, thanks, "who are you" and the honest fallback. */
import nlp from '../../nlp/compromise';
import type { FactMap } from './known-facts';
import type { RequestView } from './request-view';
import { listing } from './phrases';
import { TOOL_FOR } from './tool-intents';

const IDENTITY = "I'm the built-in offline model: deterministic, no cloud AI and no network. The memory is real, though — everything I remember is stored in Redis.";

/** ", or ask(ing) me to check the weather or your calendar (demo tools)" for the tools this chat has. */
function toolList(view: RequestView, verb: 'ask' | 'asking'): string {
  const names: string[] = [];
  if (view.toolNames.has(TOOL_FOR.weather)) names.push('the weather');
  if (view.toolNames.has(TOOL_FOR.ticket)) names.push('a support ticket');
  if (view.toolNames.has(TOOL_FOR.calendar)) names.push('your calendar');
  return names.length ? `, or ${verb} me to check ${listing(names).replace(/ and ([^,]+)$/, ' or $1')} (demo tools)` : '';
}

/** A reply to small talk, or undefined when the text is not small talk. */
export function smallTalk(text: string, view: RequestView, facts: FactMap): string | undefined {
  const doc = nlp(text.toLowerCase());
  const name = facts.get('name')?.value;
  const comma = name ? `, ${name}` : '';
  if (doc.has('(who|what) are you') || doc.has('are you (a|an)? (ai|bot|robot|human|real|gpt|chatgpt|model|llm)') || doc.has('what (model|llm) (is this|are you)') || doc.has('what can you do') || doc.has('^help')) {
    return `${IDENTITY} You can tell me about yourself (“I live in Paris”, “I'm vegetarian”), ask what I know about you, ask for a restaurant or dinner idea${toolList(view, 'ask')}.`;
  }
  if (doc.has('^(thanks|thank you|thx|cheers|ty|much appreciated)') || doc.has('(thanks|thank you) (so much|a lot)?$')) {
    return `You're welcome${comma}!`;
  }
  if (doc.has('^(bye|goodbye|see you|see ya|good night|later)')) {
    return `Bye${comma}! Everything I learned about you stays in Redis for next time.`;
  }
  if (doc.has('^(hi|hello|hey|hiya|howdy|yo|greetings|good morning|good afternoon|good evening)') && text.trim().split(/\s+/).length <= 6) {
    return `Hi${comma}! ${IDENTITY} Tell me something about yourself, or ask me what I remember.`;
  }
  return undefined;
}

const QUESTION_START = '^(what|who|whom|whose|where|when|why|how|which|is|are|am|do|does|did|can|could|will|would|should|shall|may|might|have|has|had|tell|explain|show|give|list)';

/**
 * A plain statement this model cannot parse into a fact ("I already tried restarting it twice")
 * is still worth acknowledging: it is in the thread's history, and "what did I say about …?"
 * will find it.
 */
export function noteStatement(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed || trimmed.endsWith('?') || trimmed.length > 300) return undefined;
  if (nlp(trimmed.toLowerCase()).has(QUESTION_START)) return undefined;
  const quoted = trimmed.length > 120 ? `${trimmed.slice(0, 117)}…` : trimmed;
  return `Noted: “${quoted}” It's saved in this conversation, so I can come back to it — ask me “what did I say about …?” any time.`;
}

/** The reply when nothing else applies: short, and honest about what this model can do. */
export function fallback(view: RequestView): string {
  return `I'm the built-in offline model, so I only understand a few kinds of requests. Try telling me a fact about yourself (“I live in Paris”), asking “what do you know about me?”, asking me to recommend a restaurant${toolList(view, 'asking')}.`;
}
