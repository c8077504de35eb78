/**
 * The NATURAL personas of the conversation evaluation: a fourth unseen set, written apart from
 * the tuned set in ../personas, the holdout, fresh and blind sets (other people, facts, phrasing
 * and question wordings). Everyday natural English — typos, lowercase, run-on sentences, a terse
 * writer, a formal older one and a non-native speaker — readable, unlike blind: its failures may
 * guide general fixes, never fixes for its own sentences. Three for demo 1, three for demo 3,
 * two for demo 2.
 */
import type { Persona } from '../types';
import { courtney } from './courtney';
import { desmond } from './desmond';
import { dolores } from './dolores';
import { emre } from './emre';
import { kai } from './kai';
import { leah } from './leah';
import { mei } from './mei';
import { walt } from './walt';

export const naturalPersonas: Persona[] = [dolores, kai, emre, courtney, walt, leah, desmond, mei];
