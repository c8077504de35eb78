/**
 * The shape of the conversation evaluation's data: personas who talk to one demo, and the
 * steps of their conversation. The types tie each demo to its own agents, so a persona cannot
 * talk to an agent its demo does not serve.
 */

/** One alternatives group: the reply passes it when it contains any of these (see score.ts). */
export type AnyOf = string[];

export interface Expectation {
  /** Every group must be matched by at least one of its alternatives. */
  must?: AnyOf[];
  /** Like `must`, but within the reply's first sentence: the answer to a yes/no question comes first. */
  first?: AnyOf[];
  /** None of these may appear: stale values, invented values, "yes" for a no, "don't know" when it is known. */
  mustNot?: string[];
}

/** What a question is about; a question usually has one or two. Used for the per-kind summary. */
export type Kind =
  | 'name'
  | 'home'
  | 'hometown'
  | 'job'
  | 'employer'
  | 'job-change'
  | 'diet'
  | 'allergy'
  | 'intolerance'
  | 'favourite'
  | 'likes'
  | 'dislikes'
  | 'family'
  | 'pet'
  | 'age'
  | 'hobby'
  | 'language'
  | 'vehicle'
  | 'routine'
  | 'drink'
  | 'instrument'
  | 'work'
  | 'compound'
  | 'update'
  | 'retraction'
  | 'unknown'
  | 'yes-no'
  | 'forget'
  | 'isolation'
  | 'recommend'
  | 'support';

/** The attendee tells something. Checked only for not failing (HTTP 200, a non-empty reply). */
export interface Say {
  say: string;
}

/** The attendee asks; the reply is scored against the expectation. */
export interface Ask extends Expectation {
  ask: string;
  kinds: Kind[];
}

/** The attendee forgets every memory whose text mentions `forget` (GET + DELETE /api/memories). */
export interface Forget {
  forget: string;
}

export type Step = Say | Ask | Forget;

export type PreferencesAgent = 'personal_assistant';
export type MultiAgent = 'agent_personal' | 'agent_work';
export type SupportAgent = 'support_agent';
export type AgentId = PreferencesAgent | MultiAgent | SupportAgent;

interface PersonaBase {
  /** Short slug: thread ids and the report use it. */
  id: string;
  /** Who this is and how they type: the reason the persona exists. */
  about: string;
}

/**
 * Demo 1: statements go to a chat (default `chat-1`; a later chat models "I came back another
 * day"); every question goes to a brand-new thread, so only long-term memory can answer it.
 */
export interface PreferencesPersona extends PersonaBase {
  demo: 'preferences';
  steps: Array<(Say & { chat?: string }) | Ask | Forget>;
}

/** Demo 3: the same user with two agents; every step names the agent it talks to. */
export interface MultiAgentPersona extends PersonaBase {
  demo: 'multi-agent';
  steps: Array<((Say & { chat?: string }) | Ask | Forget) & { agent: MultiAgent }>;
}

/**
 * Demo 2: the support agent's memory is scoped per thread (one ticket = one thread), so
 * questions are asked in the ticket they are about; a question in another ticket checks
 * that nothing leaks across tickets.
 */
export interface PersistencePersona extends PersonaBase {
  demo: 'persistence';
  steps: Array<(Say | Ask) & { ticket: `support_ticket_${number}` }>;
}

export type Persona = PreferencesPersona | MultiAgentPersona | PersistencePersona;

export function isAsk(step: Step): step is Ask {
  return 'ask' in step;
}

export function isSay(step: Step): step is Say {
  return 'say' in step;
}
