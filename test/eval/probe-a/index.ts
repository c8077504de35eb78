/**
 * The PROBE-A personas of the conversation evaluation: an unseen set written apart from the
 * tuned, holdout, fresh, blind and natural sets, aimed at what the others cover thinly — work
 * talk (projects, deadlines and their changes, managers, team sizes, tools, meeting times, tasks,
 * clients, on-call, sprints, office days), job and employer changes, names and nicknames, ages,
 * hometown vs current home, later updates, yes/no questions and packed compound sentences.
 * Typed the way different people type: Indian, Australian, British, New Zealand and Gen-Z
 * American English, a terse writer and a non-native speaker. Five for demo 3, two for demo 1.
 */
import type { Persona } from '../types';
import { eleanor } from './eleanor';
import { hamish } from './hamish';
import { jo } from './jo';
import { margit } from './margit';
import { ravi } from './ravi';
import { shay } from './shay';
import { tyler } from './tyler';

export const probeAPersonas: Persona[] = [ravi, jo, margit, tyler, eleanor, shay, hamish];
