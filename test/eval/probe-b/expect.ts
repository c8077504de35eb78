/**
 * Expectations shared by the probe-b support personas: a request the agent should act on rather
 * than answer with a fact (escalate, close), and a yes that may be said without a yes-word.
 */
import { DONT_KNOW, YES } from '../score';
import type { Expectation } from '../types';

/** "Escalate this / get me a human": the reply says it is passed on to someone. */
export const ESCALATED: Expectation = {
  must: [
    [
      'escalat*',
      'specialist',
      'supervisor',
      'manager',
      'senior',
      'technician',
      'human',
      'team',
      'representative',
      'colleague',
      'transfer*',
      'handed over',
      'hand over',
      'passed',
      'forward*',
    ],
  ],
  mustNot: DONT_KNOW,
};

/** "Close the ticket": the reply says it is closed or resolved. */
export const CLOSED: Expectation = {
  must: [['clos*', 'resolved', 'marked']],
  mustNot: DONT_KNOW,
};

/** A yes that may also be given as one of `accept` ("it's resolved", "it arrived"). */
export function yesOr(accept: string[]): Expectation {
  return { first: [[...YES, ...accept]], mustNot: [...DONT_KNOW, 'not yet', 'still not'] };
}
