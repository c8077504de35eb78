import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A middle-aged New Zealand maths teacher who types quickly with typos and dropped apostrophes,
 * packing several facts into one line. His report deadline is extended, his ute dies and his
 * favourite band changes.
 */
export const hamish: PreferencesPersona = {
  id: 'pa-hamish',
  about: 'Maths teacher at Rimu College, Wellington, from Invercargill; 42; Kiwi, typos; coeliac; reports due 20 Nov → 27 Nov; Ford Ranger → Nissan Leaf; Crowded House → Fat Freddy\'s Drop',
  demo: 'preferences',
  steps: [
    { say: 'Kia ora, Hamish Tane here - 42, teach maths at Rimu College in Wellington. been there going on 11 yrs' },
    { say: 'Originally from Invercargill, moved up north for uni and never went back, tho I still miss the cheese rolls' },
    { say: 'My HOD is Mere Walker, shes great. Theres 7 of us in the maths dept.' },
    { say: 'Staff meeting every monday 3.30pm, dept meeting thursdays at lunch, and Im on car park duty every wed morning which is about as fun as it sounds' },
    { say: 'Year 13 reports are due to Mere on 20 Novmber, havent started them lol' },
    { say: 'I drive an old Ford Ranger ute, 2008, its held together with duct tape and prayers' },
    { say: 'Fave band for ever has been Crowded House, saw them at the Basin Reserve in 96' },
    { say: 'cant eat gluten - coeliac - so staff room morning tea is a minefield' },
    { ask: 'whats my surname', kinds: ['name'], ...known([['Tane']]) },
    { ask: 'remind me how old I am', kinds: ['age'], ...known([['42', 'forty-two', 'forty two']]) },
    { ask: 'whereabouts did I grow up', kinds: ['hometown'], ...known([['Invercargill']]) },
    { ask: 'which city do I live in these days', kinds: ['home'], ...known([['Wellington']]) },
    { ask: 'what school am I at and what do I teach', kinds: ['employer', 'job', 'compound'], ...known([['Rimu'], ['maths', 'math', 'mathematics']]) },
    { ask: 'whos head of my department', kinds: ['work'], ...known([['Mere', 'Walker']]) },
    { ask: 'how many teachers in our dept', kinds: ['work'], ...known([['7', 'seven']]) },
    { ask: 'what time is the monday staff meeting', kinds: ['work', 'routine'], ...known([['3:30', '3.30', 'half past three', '15:30']]) },
    { ask: 'which morning am I on car park duty', kinds: ['work', 'routine'], ...known([['Wednesday*', 'Wed']]) },
    { ask: 'can I have normal bread', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['gluten', 'coeliac', 'celiac'] }) },
    // Later.
    { say: 'Good news re reports - Mere extended the deadline to 27 Nov, phew', chat: 'chat-2' },
    { say: 'Ute finally died on the Rimutakas. Bought a secondhand Nissan Leaf, going electric at last', chat: 'chat-2' },
    { say: "Fat Freddy's Drop has properly taken over from Crowded House as my fave band, dont tell my wife", chat: 'chat-2' },
    { ask: 'when are the yr 13 reports due now', kinds: ['work', 'update'], ...known([['27', '27th']], ['20 Nov*', 'November 20', '20th']) },
    { ask: 'what car have I got now', kinds: ['vehicle', 'update'], ...known([['Leaf', 'Nissan']], ['Ranger', 'Ford']) },
    { ask: 'which band am I into most at the moment', kinds: ['favourite', 'update'], ...known([['Fat Freddy*']], ['Crowded House']) },
    { ask: 'what do I call the missus, whats her name', kinds: ['unknown', 'family'], ...unknown() },
    { ask: 'have I got any kids at home', kinds: ['unknown', 'family', 'yes-no'], ...unknown() },
  ],
};
