/**
 * Small helpers for the holdout personas, on top of score.ts: a "yes" whose first sentence may
 * also say yes by restating the fact ("You speak Polish…"), which YES alone does not cover.
 */
import { DONT_KNOW, YES } from '../score';
import type { AnyOf, Expectation } from '../types';

/** A yes/no question whose answer is yes; `affirm`: restatements that count as a yes in the first sentence. */
export function yesOr(affirm: string[], also: AnyOf[] = []): Expectation {
  return { first: [[...YES, ...affirm]], must: also, mustNot: [...DONT_KNOW, 'not sure'] };
}

/** The ways of saying "I escalated it / handed it on" (the agent may word it either way). */
export const ESCALATED: AnyOf = ['escalat*', 'handed over', 'handing over', 'handed it over', 'passed on', 'passing', 'transferr*', 'forwarded'];

/** The ways of saying "closed". */
export const CLOSED: AnyOf = ['close*', 'closing'];

/**
 * Done, not offered: for a customer who already gave the ticket number in the ticket, "which
 * ticket number should I escalate?" is not an escalation (see ASKS_FOR_NUMBER).
 */
export const ESCALATED_DONE: AnyOf = ['escalated', 'escalating', 'handed over', 'handed it', 'passed on', 'transferred', 'forwarded'];

/** Done, not offered: "I've closed ticket 30561" / "closing it now", not "tell me the number and I'll close it". */
export const CLOSED_DONE: AnyOf = ['closed', 'closing', 'marked as resolved', 'marked it as resolved'];

/** Asking again for a ticket number the customer already gave. */
export const ASKS_FOR_NUMBER: string[] = ['which ticket number', 'tell me the number', 'tell me the ticket number', 'what is the ticket number', "what's the ticket number"];
