/**
 * The SEALED personas of the conversation evaluation: a fifth unseen set of everyday natural
 * English (a casual texter, a formal older writer, a non-native speaker with small slips, a
 * run-on writer, a terse one), written apart from the tuned personas, the holdout, the fresh,
 * blind and natural sets. Keep it sealed: whoever changes the model reports only its aggregate
 * score, never reads its failing sentences or these persona files. Three for demo 1, three for
 * demo 3, two for demo 2.
 */
import type { Persona } from '../types';
import { beth } from './beth';
import { denise } from './denise';
import { gemma } from './gemma';
import { harold } from './harold';
import { kayla } from './kayla';
import { omar } from './omar';
import { rafael } from './rafael';
import { tomasz } from './tomasz';

export const sealedPersonas: Persona[] = [kayla, harold, tomasz, gemma, rafael, denise, beth, omar];
