/**
 * The PROBE-B personas of the conversation evaluation: an unseen probe set, written without
 * looking at the model or at the other sets' personas (other people, products, facts and question
 * wordings). Everyday English of many kinds — an angry American, a formal Briton, Indian and
 * Nigerian English, a non-native speaker, a terse texter and a run-on typist. Four for demo 2
 * (support tickets: symptoms, codes, order numbers, updates, escalation, closing, isolation) and
 * three for demo 1 (personal facts that change over time, yes/no questions, unknowns).
 */
import type { Persona } from '../types';
import { chidinma } from './chidinma';
import { gerald } from './gerald';
import { jonah } from './jonah';
import { lucia } from './lucia';
import { niamh } from './niamh';
import { ravi } from './ravi';
import { tanya } from './tanya';

export const probeBPersonas: Persona[] = [lucia, jonah, niamh, tanya, gerald, ravi, chidinma];
