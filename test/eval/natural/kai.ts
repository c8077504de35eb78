import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A 24-year-old barista who texts in lowercase with dropped apostrophes, "lol" and the odd typo.
 * She changes jobs, swaps lattes for matcha, drops Japanese and asks to forget her favourite band.
 */
export const kai: PreferencesPersona = {
  id: 'n-kai',
  about: '24-year-old barista in Portland, from Tucson; lowercase texting with typos; Ember & Oak → Summit Outfitters; latte → matcha; quits Japanese; forgets her band',
  demo: 'preferences',
  steps: [
    { say: 'hey! im kai btw, 24, just moved to portland a few months ago' },
    { say: 'originally from tucson tho, desert kid lol' },
    { say: 'i work as a barista at a lil coffee shop called ember & oak downtown' },
    { say: 'im vegetarian, have been since high school' },
    { say: 'also super allergic to peanuts so i carry an epipen everywhere i go' },
    { say: 'and i cant stand cilantro, tastes like soap to me' },
    { say: 'my dog pickles is a corgi mix, shes 3 and a total menace' },
    { say: 'i go bouldering like 3x a week after my shift, usually around 6pm' },
    { say: 'learning japanese on duolingo, 200 day streak!!' },
    { say: 'i ride a vespa to work, its mint green and i love it' },
    { say: 'my sister tessa is 19 and in college back in arizona' },
    { say: 'fav band rn is japanese breakfast, been on repeat all month' },
    { say: 'drink wise im an oat milk latte person obvs' },
    { ask: 'wait whats my name lol', kinds: ['name'], ...known([['Kai']]) },
    { ask: 'how old am i again', kinds: ['age'], ...known([['24', 'twenty-four', 'twenty four']]) },
    { ask: 'which city am i living in now', kinds: ['home'], ...known([['Portland']]) },
    { ask: 'remind me where im from orginally', kinds: ['hometown'], ...known([['Tucson', 'Arizona']]) },
    { ask: 'which cafe do i work at', kinds: ['employer', 'job'], ...known([['Ember']]) },
    { ask: 'is meat ok for me or nah', kinds: ['diet', 'yes-no'], ...no({ accept: ['vegetarian'] }) },
    { ask: 'what should i def never eat', kinds: ['allergy'], ...known([['peanut*']]) },
    { ask: 'whats that herb i hate', kinds: ['dislikes'], ...known([['cilantro', 'coriander']]) },
    { ask: 'whats my pups name', kinds: ['pet'], ...known([['Pickles']]) },
    { ask: 'what breed is she', kinds: ['pet'], ...known([['corgi*']]) },
    { ask: 'when do i usually go climbing', kinds: ['routine', 'hobby'], ...known([['6', 'six', 'evening*', 'after work', 'after my shift', 'after your shift']]) },
    { ask: 'wat am i learning on my language app', kinds: ['language'], ...known([['Japanese']]) },
    { ask: 'how do i get to work', kinds: ['vehicle'], ...known([['Vespa', 'scooter']]) },
    { ask: 'who is tessa', kinds: ['family'], ...known([['sister', 'sis']]) },
    { ask: 'whats my usual coffee order', kinds: ['drink'], ...known([['oat', 'latte*']]) },
    // Another day.
    { say: 'ok big news i quit ember & oak, im a gear rental tech at summit outfitters now', chat: 'chat-2' },
    { ask: 'so where am i working at now', kinds: ['employer', 'job-change', 'update'], ...known([['Summit']], ['Ember']) },
    { ask: 'what do i do at the new place', kinds: ['job', 'job-change'], ...known([['rental', 'gear', 'tech*']], ['barista']) },
    { say: 'switched from lattes to iced matcha, the coffee was making me jittery', chat: 'chat-2' },
    { ask: 'whats my go-to drink these days', kinds: ['drink', 'update'], ...known([['matcha']], ['latte']) },
    { say: 'also not doing japanese anymore, way too busy w the new job', chat: 'chat-2' },
    { ask: 'am i still doing the japanese lessons', kinds: ['language', 'retraction', 'yes-no'], ...no({ accept: ['stopped', 'quit', 'dropped'] }) },
    { forget: 'breakfast' },
    { ask: 'what music am i into rn', kinds: ['forget', 'favourite'], ...unknown(['Japanese Breakfast']) },
    { ask: 'whats my last name', kinds: ['unknown', 'name'], ...unknown() },
    { ask: 'whats my fav movie', kinds: ['unknown', 'favourite'], ...unknown() },
  ],
};
