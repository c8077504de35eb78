/**
 * "I'm Pádraig O'Sullivan, but nobody calls me that, everyone calls me Podge": a message that
 * gives a name and, further on, the name people use. The name stays; the other is kept beside it
 * ("User goes by Podge"), so "what do people call me?" and "what's my full name?" both have an answer.
 */
import type { Collector } from './collector';
import { makeFact } from './fact-text';

const CALLED = /\b(?:everyone|everybody|people|folk|folks|friends|my friends|they|mates|pals|the lads|most people|all my friends|all|everybody for area)\s+(?:all\s+|just\s+)?(?:calls?|are calling|is calling|call)\s+me\s+(\p{Lu}[\p{L}'’-]+)/u;

/** Keeps the name people use ("User goes by Podge") beside the name the message gave. */
export function settleNickname(text: string, out: Collector): void {
  const name = out.get('name');
  const called = text.match(CALLED)?.[1];
  if (!name || !called || name.value.toLowerCase().split(/\s+/).includes(called.toLowerCase())) return;
  out.add(makeFact('about', `User goes by ${called}`));
}
