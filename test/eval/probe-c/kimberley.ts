import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A Jamaican-born nurse in south London who writes Jamaican Patois-flavoured English (mi, di,
 * inna, nuh, cyaan, pickney, wah). She changes job and, having never driven, gets a car.
 */
export const kimberley: PreferencesPersona = {
  id: 'pc-kimmy',
  about: 'Kimberley "Kimmy" Campbell, 52, Brixton, from Mandeville; Jamaican Patois; nurse King\'s → GP practice nurse in Streatham; no pork, shellfish allergy; bus → Honda Jazz',
  demo: 'preferences',
  steps: [
    { say: 'Wah gwaan! Mi name Kimberley Campbell, but everybody call mi Kimmy. Mi 52 years old, big woman now.' },
    { say: 'Mi live inna Brixton, London now, but mi born an grow up inna Mandeville, Jamaica. Mi come a England when mi did 19.' },
    { say: "Mi work as a staff nurse pon di cardiac ward at King's College Hospital, nearly twenty year now." },
    { say: 'Mi husband name Winston, an wi have one daughter, Shanice, she 27. She have a likkle pickney, Jaden, him four, mi one an only grandpickney.' },
    { say: 'Mi nuh eat pork at all, mi a Seventh-day Adventist. An shellfish, shrimp, lobster, crab, it mek mi break out inna hives an mi throat tight up, so mi cyaan touch it.' },
    { say: 'Mi favourite food inna di whole world a ackee an saltfish wid fried dumpling. Fi drink, mi love a cold glass a sorrel.' },
    { say: 'Mi sing inna di church choir, practice every Wednesday evening seven o\'clock, den service Saturday morning.' },
    { say: 'Mi have one likkle green budgie name Pepper, him chat more dan mi!' },
    { say: 'Mi cyaan stand di cold, English winter a di worst ting. Snow? Nuh bodda mi wid dat.' },
    { say: 'Mi nuh drive, mi tek di bus everywhere, di 159 or di 2.' },
    { ask: 'wah mi nickname?', kinds: ['name'], ...known([['Kimmy']]) },
    { ask: 'how old mi is?', kinds: ['age'], ...known([['52', 'fifty-two', 'fifty two']]) },
    { ask: 'weh mi did grow up?', kinds: ['hometown'], ...known([['Mandeville', 'Jamaica']]) },
    { ask: 'a which part a London mi live?', kinds: ['home'], ...known([['Brixton']]) },
    { ask: 'who a Jaden to mi?', kinds: ['family'], ...known([['grand*']]) },
    { ask: 'mi can eat curry shrimp?', kinds: ['allergy', 'yes-no'], ...no({ accept: ['shellfish', 'allerg*', 'hives'] }) },
    { ask: 'wah meat mi nuh eat?', kinds: ['diet'], ...known([['pork']]) },
    { ask: 'wah food mi love di most?', kinds: ['favourite'], ...known([['ackee', 'saltfish']]) },
    { ask: 'wah mi like fi drink?', kinds: ['drink'], ...known([['sorrel']]) },
    { ask: 'wah night mi have choir practice?', kinds: ['routine', 'hobby'], ...known([['Wednesday*']]) },
    { ask: 'wah kinda bird mi have an wah him name?', kinds: ['pet', 'compound'], ...known([['budgie', 'budgerigar', 'parakeet'], ['Pepper']]) },
    { ask: 'mi like di snow?', kinds: ['dislikes', 'yes-no'], ...no({ accept: ["can't stand", 'cold'] }) },
    // Another day.
    { say: 'Big news, mi lef King\'s! Mi a practice nurse now at one GP surgery inna Streatham, di hours dem easier pon mi back.', chat: 'chat-2' },
    { say: 'An guess wah? Mi pass mi driving test at last! Winston buy mi one likkle silver Honda Jazz.', chat: 'chat-2' },
    { ask: 'weh mi work now?', kinds: ['job', 'employer', 'job-change', 'update'], ...known([['GP', 'surgery', 'Streatham', 'practice']], ["King's", 'cardiac']) },
    { ask: 'wah car mi drive now?', kinds: ['vehicle', 'update'], ...known([['Honda', 'Jazz']], ["don't drive", 'do not drive']) },
    { ask: 'wah mi mumma name?', kinds: ['unknown', 'family'], ...unknown(['Shanice', 'Kimberley']) },
    { ask: 'wah time mi start work inna di morning?', kinds: ['unknown', 'job', 'routine'], ...unknown(['7am', 'seven']) },
  ],
};
