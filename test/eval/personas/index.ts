/** Every persona of the conversation evaluation: six for demo 1, three for demo 3, three for demo 2. */
import type { Persona } from '../types';
import { ana } from './ana';
import { carlos } from './carlos';
import { dee } from './dee';
import { ines } from './ines';
import { jess } from './jess';
import { kwame } from './kwame';
import { lena } from './lena';
import { marco } from './marco';
import { margaret } from './margaret';
import { omar } from './omar';
import { priya } from './priya';
import { yuki } from './yuki';

export const personas: Persona[] = [ana, kwame, margaret, yuki, marco, priya, lena, omar, jess, carlos, ines, dee];
