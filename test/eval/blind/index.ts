/**
 * The BLIND personas of the conversation evaluation: a third unseen set, written apart from the
 * tuned set in ../personas, the holdout in ../holdout and the fresh set in ../fresh (other people,
 * facts, phrasing and question wordings), to estimate how the model does on words it has never
 * seen. Do not tune the model against these. Two for demo 1, two for demo 3, one for demo 2.
 */
import type { Persona } from '../types';
import { adaeze } from './adaeze';
import { emi } from './emi';
import { murdo } from './murdo';
import { valentina } from './valentina';
import { wolfgang } from './wolfgang';

export const blindPersonas: Persona[] = [murdo, wolfgang, emi, adaeze, valentina];
