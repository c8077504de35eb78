/**
 * Per-agent skills for the offline model, chosen by the tools the request offers (see
 * `domainsOf`): support talk for an agent with the ticket tools, work talk for one with the
 * calendar or work tools, and an honest "I can't do that here" for an action the agent has no
 * tool for. `fallbackFor` lists only what this agent can do.
 */
import nlp from '../../../nlp/compromise';
import type { RequestView } from '../request-view';
import { domainsOf } from './capabilities';
import { normalize } from './normalize';
import { supportIntent, supportSkill } from './support';
import type { SkillResult } from './types';
import { plateRequest, workRequestWithoutTools, workSkill } from './work';

export { domainsOf, fallbackFor, farewellFor, greetingHintFor, helpFor, type Domains } from './capabilities';
export { SUPPORT_ASKS } from './support';
export { WORK_ASKS } from './work';
export type { SkillCall, SkillResult } from './types';

/**
 * Requests for a human or an escalation, which an agent without ticket tools must not pretend to
 * handle. Outside support a "manager" is the user's colleague ("I need to talk to the manager
 * about my raise"), so only a human agent counts here.
 */
function supportRequestWithoutTools(fixed: string, doc: ReturnType<typeof nlp>): SkillResult | undefined {
  const intent = supportIntent(fixed, doc);
  if (intent === 'escalate' && doc.has('(talk|speak|chat|connect|transfer) (me)? (to|with) (a|an|your|some)? (real|actual|live)? (human|person|representative|agent|human being)')) {
    return { reply: "There's no person behind this chat — I'm the built-in offline model — and I can't hand you over to anyone here." };
  }
  if (intent === 'escalate' && doc.has('escalate')) return { reply: "I can't escalate anything in this chat — I don't have any ticket tools here." };
  if (intent === 'close' && doc.has('(ticket|case|incident)')) return { reply: "I can't close tickets in this chat — I don't have any ticket tools here." };
  return undefined;
}

/**
 * This agent's answer to a message, when one of its skills applies: a reply, or tool calls to
 * make first (their results are then described by `answerToolResults`). Undefined when no skill
 * applies — the model's general handling (facts, recall, recommendations, small talk) goes on.
 */
export function agentSkill(text: string, view: RequestView): SkillResult | undefined {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 1000) return undefined;
  const fixed = normalize(trimmed);
  const doc = nlp(fixed.toLowerCase());
  const input = { text: trimmed, fixed, doc, view };
  const domains = domainsOf(view);
  if (domains.support) {
    const result = supportSkill(input);
    if (result) return result;
  }
  if (domains.work) {
    const result = workSkill(input);
    if (result) return result;
  }
  if (!domains.support) {
    const declined = supportRequestWithoutTools(fixed, doc);
    if (declined) return declined;
  }
  if (!domains.work) return workRequestWithoutTools(input) ?? plateRequest(input);
  return undefined;
}
