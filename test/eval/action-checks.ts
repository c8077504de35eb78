/**
 * Checks the fresh and blind sets share, on top of score.ts: a yes that may restate the fact, and
 * a support action done now rather than asked about (their customers give their ticket number).
 */
import { DONT_KNOW, YES } from './score';
import type { AnyOf, Expectation } from './types';

/** A yes/no question whose answer is yes; `affirm`: restatements that count as a yes in the first sentence ("You play the tabla."). */
export function yesOr(affirm: string[], also: AnyOf[] = []): Expectation {
  return { first: [[...YES, ...affirm]], must: also, mustNot: [...DONT_KNOW, 'not sure'] };
}

/**
 * Escalated, done or promised now ("I've escalated ticket 55120", "I'll pass it on"), not offered
 * on a condition. Used with ASKS_FOR_NUMBER, since these customers give their ticket number.
 */
export const ESCALATED_DONE: AnyOf = [
  'escalated',
  'escalating',
  "i'll escalate",
  'i will escalate',
  'handed over',
  'handing over',
  'handed it',
  'handing it',
  'passed on',
  'passed it',
  'passing it',
  'passing this',
  'transferred',
  'transferring',
  'forwarded',
  'forwarding',
];

/** Closed, done or promised now ("I've closed ticket 77402", "closing it now"), not "tell me the number and I'll close it". */
export const CLOSED_DONE: AnyOf = ['closed', 'closing', "i'll close", 'i will close', 'marked as resolved', 'marked it as resolved'];

/** Asking again for a ticket number the customer already gave in the ticket. */
export const ASKS_FOR_NUMBER: string[] = [
  'which ticket number',
  'what ticket number',
  'ticket number should',
  'tell me the number',
  'tell me the ticket number',
  'what is the ticket number',
  "what's the ticket number",
  'what is your ticket number',
  "what's your ticket number",
];
