import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A terse American in Denver who types in lowercase fragments, barely any verbs. He drops keto
 * (but keeps off red meat), switches coffee for green tea, and his beagle has a birthday.
 */
export const jonah: PreferencesPersona = {
  id: 'pb-jonah',
  about: '38, Denver, grew up Duluth; shellfish allergy; keto → normal but no red meat; black coffee → green tea; hates cilantro; beagle Pickle 7 → 8; disc golf weekends; brother Eli 31 in Austin; gym 6am MWF; fav band The National; rusty Spanish',
  demo: 'preferences',
  steps: [
    { say: 'jonah. 38. live in denver, grew up duluth mn' },
    { say: 'shellfish allergy. bad one, carry an epipen' },
    { say: 'doing keto rn' },
    { say: 'coffee black, like 3 cups a day' },
    { say: 'hate cilantro. tastes like soap' },
    { say: 'dog = pickle. beagle, 7' },
    { say: 'disc golf most weekends' },
    { say: 'brother eli, 31, lives in austin' },
    { say: 'gym 6am mon wed fri' },
    { say: 'fav band the national. seen them 5x' },
    { say: 'spanish is rusty but i get by' },
    { chat: 'chat-2', say: 'dropped keto. eating normal again, just no red meat' },
    { chat: 'chat-2', say: 'went off coffee. green tea now' },
    { chat: 'chat-2', say: 'pickle turned 8 yesterday' },
    { ask: 'how old did i say i am', kinds: ['age'], ...known([['38', 'thirty-eight', 'thirty eight']]) },
    { ask: 'what town was i raised in', kinds: ['hometown'], ...known([['Duluth']]) },
    { ask: 'which city do i live in currently', kinds: ['home'], ...known([['Denver']]) },
    { ask: 'shrimp tacos ok for me?', kinds: ['allergy', 'yes-no'], ...no({ accept: ['shellfish', 'allerg*', 'avoid'] }) },
    { ask: 'still on keto?', kinds: ['diet', 'update', 'yes-no'], ...no({ accept: ['dropped', 'eating normal', 'normal'] }) },
    { ask: 'is there a kind of meat i stay away from these days', kinds: ['diet', 'update'], ...known([['red meat', 'beef', 'steak']]) },
    { ask: 'morning drink these days?', kinds: ['drink', 'update'], ...known([['green tea', 'tea']], ['black coffee']) },
    { ask: 'cilantro, am i a fan', kinds: ['dislikes', 'yes-no'], ...no({ accept: ['soap'] }) },
    { ask: "dog's name + age?", kinds: ['pet', 'age', 'update', 'compound'], ...known([['Pickle'], ['8', 'eight']], ['7']) },
    { ask: 'what do i usually do on weekends', kinds: ['hobby'], ...known([['disc golf', 'frisbee golf']]) },
    { ask: 'my brother, name and where he lives?', kinds: ['family', 'compound'], ...known([['Eli'], ['Austin']]) },
    { ask: 'gym schedule?', kinds: ['routine'], ...known([['6'], ['Mon*'], ['Wed*'], ['Fri*']]) },
    { ask: 'which band am i into the most', kinds: ['favourite'], ...known([['National']]) },
    { ask: "what's my wife called", kinds: ['unknown', 'family'], ...unknown(['Eli']) },
  ],
};
