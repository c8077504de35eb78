/**
 * The FRESH personas of the conversation evaluation: a second unseen set, written apart from
 * both the tuned set in ../personas and the holdout in ../holdout (other people, facts, phrasing
 * and question wordings), to estimate how the model does on words it has never seen. Do not tune
 * the model against these. Two for demo 1, two for demo 3, two for demo 2.
 */
import type { Persona } from '../types';
import { claire } from './claire';
import { henrique } from './henrique';
import { mateus } from './mateus';
import { nia } from './nia';
import { rohan } from './rohan';
import { wanjiru } from './wanjiru';

export const freshPersonas: Persona[] = [henrique, nia, wanjiru, rohan, claire, mateus];
