/**
 * The PROBE-C personas of the conversation evaluation: people who write in strong regional or
 * learner varieties of English, consistently — Scots, Nigerian Pidgin-flavoured English and
 * Indian English (demo 3), Jamaican Patois, Hiberno-English and German learner English
 * (demo 1), Singlish and South African English (demo 2). Their questions are partly in the
 * same dialect. Three for demo 1, three for demo 3, two for demo 2.
 */
import type { Persona } from '../types';
import { chinedu } from './chinedu';
import { eilidh } from './eilidh';
import { jurgen } from './jurgen';
import { kimberley } from './kimberley';
import { padraig } from './padraig';
import { pieter } from './pieter';
import { venkatesh } from './venkatesh';
import { weiJie } from './weijie';

export const probeCPersonas: Persona[] = [kimberley, padraig, jurgen, eilidh, chinedu, venkatesh, weiJie, pieter];
