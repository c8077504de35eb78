import { known, no, unknown, yes } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A young ICU nurse in Atlanta who texts in Gen-Z slang with emoji ("lowkey", "fr", "bae",
 * ">>>"). She moves to a children's hospital on day shifts, goes vegetarian and changes her
 * favourite show.
 */
export const shay: PreferencesPersona = {
  id: 'pa-shay',
  about: "ICU nurse at St. Brigid's → pediatric nurse at Peachtree Children's; Shay (Shanice Okafor); 25; Atlanta, from Baton Rouge; Gen-Z slang; nights → days; pescatarian → vegetarian; Abbott Elementary → The Bear",
  demo: 'preferences',
  steps: [
    { say: 'heyyy im shay!! (shanice okafor if ur being formal lol)' },
    { say: '25, living in atlanta but im from baton rouge born n raised 💅' },
    { say: "im a nurse at st. brigid's, ICU, working nights tues wed thurs 7p to 7a which is lowkey killing me" },
    { say: "charge nurse on my unit is lorraine and she's literally the best, there's like 9 of us on nights" },
    { say: 'im pescatarian, fish yes meat no. and shrimp is bae' },
    { say: 'obsessed w/ abbott elementary rn, its my fave show fr' },
    { say: 'i drive a red corolla named pickles 😂' },
    { ask: 'whats my real name', kinds: ['name'], ...known([['Shanice'], ['Okafor']]) },
    { ask: 'how old am i lol', kinds: ['age'], ...known([['25', 'twenty-five', 'twenty five']]) },
    { ask: 'wheres my hometown again', kinds: ['hometown'], ...known([['Baton Rouge']]) },
    { ask: 'what do i call my car', kinds: ['vehicle'], ...known([['Pickles']]) },
    { ask: "who's the charge nurse on my unit", kinds: ['work'], ...known([['Lorraine']]) },
    { ask: 'how many nurses on nights with me', kinds: ['work'], ...known([['9', 'nine']]) },
    { ask: 'which nights do i work', kinds: ['work', 'routine'], ...known([['Tuesday*', 'Tues', 'Tue'], ['Wednesday*', 'Wed'], ['Thursday*', 'Thurs', 'Thu']]) },
    { ask: 'can i eat shrimp', kinds: ['diet', 'yes-no'], ...yes() },
    { ask: 'do i eat chicken', kinds: ['diet', 'yes-no'], ...no({ accept: ['pescatarian'] }) },
    // Later.
    { say: "ok so big news i got the job at peachtree children's!! starting as a pediatric nurse, no more ICU 😭🎉 left st brigid's last week", chat: 'chat-2' },
    { say: "also now im on day shift, mon-wed 7a-7p, i can finally sleep like a human. and i went fully vegetarian, no more fish", chat: 'chat-2' },
    { say: 'new fave show is the bear, abbott elementary is fine but the bear >>>', chat: 'chat-2' },
    { ask: 'which hospital am i at now', kinds: ['employer', 'job-change', 'update'], ...known([['Peachtree']], ['Brigid']) },
    { ask: 'whats my job now', kinds: ['job', 'job-change', 'update'], ...known([['pediatric', 'paediatric', 'children*']], ['ICU']) },
    { ask: "what's my schedule like these days", kinds: ['work', 'routine', 'update'], ...known([['day', 'days', 'day shift*', 'Monday', 'Mon']], ['Thursday', 'Thurs']) },
    { ask: 'am i still pescatarian', kinds: ['diet', 'update', 'yes-no'], ...no({ accept: ['vegetarian'] }) },
    { ask: 'fave show?', kinds: ['favourite', 'update'], ...known([['Bear']], ['Abbott']) },
    { ask: "who's my manager at the new hospital", kinds: ['work', 'unknown'], ...unknown() },
    { ask: 'whats my boyfriends name', kinds: ['unknown', 'family'], ...unknown() },
  ],
};
