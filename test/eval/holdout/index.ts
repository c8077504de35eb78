/**
 * The HOLDOUT personas of the conversation evaluation: people, situations and phrasings written
 * apart from the tuned set in ../personas, to estimate how the model does on words nobody here
 * tuned it against. Do not tune the model against these; add new holdout personas instead.
 * Three for demo 1, three for demo 3, two for demo 2.
 */
import type { Persona } from '../types';
import { aoife } from './aoife';
import { beatriz } from './beatriz';
import { callum } from './callum';
import { fatima } from './fatima';
import { gareth } from './gareth';
import { ingrid } from './ingrid';
import { teodor } from './teodor';
import { tomasz } from './tomasz';

export const holdoutPersonas: Persona[] = [tomasz, aoife, gareth, beatriz, callum, ingrid, teodor, fatima];
