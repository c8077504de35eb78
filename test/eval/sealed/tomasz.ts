import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A 31-year-old Polish nurse in Dublin whose English is good but has small grammar slips
 * ("I am 31 years", "since three years I am living", "our son has four years"). He changes
 * hospital, gives up coffee for green tea, and asks to forget his chess.
 */
export const tomasz: PreferencesPersona = {
  id: 's-tomasz',
  about: '31-year-old Polish nurse in Dublin from Wrocław; non-native English with small grammar slips; St. Vincent\'s → Beaumont; coffee → green tea',
  demo: 'preferences',
  steps: [
    { say: 'Hello, my name is Tomasz, I am 31 years and I am coming from Wrocław in Poland.' },
    { say: 'Since three years I am living in Dublin, near to the Phoenix Park.' },
    { say: 'I am working like a nurse in St. Vincent\'s hospital, mostly in the night shifts.' },
    { say: 'I don\'t eat the meat but fish is ok for me, so I am pescatarian.' },
    { say: 'I have allergy for peanuts, very serious, I carry always the EpiPen with me.' },
    { say: 'My wife is called Agnieszka and our son Filip has four years.' },
    { say: 'We have also a dog, his name is Burek, he is mix of many breeds.' },
    { say: 'I speak Polish, English and some of German, and now I learn a little bit Irish for fun.' },
    { say: 'In free time I like to play chess online, and every Saturday morning at 8 I go to swim.' },
    { say: 'My favourite food is the pierogi of my mother, nothing is better.' },
    { say: 'I don\'t like the rain here so much but I like very much the pubs and the live music.' },
    { say: 'I drink black coffee maybe five times in a day, it is too much I know.' },
    { ask: 'what is my first name?', kinds: ['name'], ...known([['Tomasz']]) },
    { ask: 'from which city I moved here?', kinds: ['hometown'], ...known([['Wrocław', 'Wroclaw']]) },
    { ask: 'what city I call home at the moment?', kinds: ['home'], ...known([['Dublin']]) },
    { ask: 'which hospital is employing me?', kinds: ['employer', 'job'], ...known([['Vincent*']]) },
    { ask: 'can I eat a beef burger?', kinds: ['diet', 'yes-no'], ...no({ accept: ['pescatarian', 'fish'] }) },
    { ask: 'which kind of nut can make me very sick?', kinds: ['allergy'], ...known([['peanut*']]) },
    { ask: 'how old is my boy?', kinds: ['family', 'age'], ...known([['4', 'four']]) },
    { ask: 'tell me the name of my wife', kinds: ['family'], ...known([['Agnieszka']]) },
    { ask: 'what is the name of our dog?', kinds: ['pet'], ...known([['Burek']]) },
    { ask: 'which languages I can speak?', kinds: ['language'], ...known([['Polish'], ['German']]) },
    { ask: 'what language I am studying for fun?', kinds: ['language', 'hobby'], ...known([['Irish', 'Gaelic']]) },
    { ask: 'which day I go for swimming?', kinds: ['routine', 'hobby'], ...known([['Saturday*']]) },
    { ask: 'which food I love more than all other?', kinds: ['favourite'], ...known([['pierogi']]) },
    { ask: 'what weather I don\'t like here?', kinds: ['dislikes', 'compound'], ...known([['rain*']]) },
    // Another day.
    { say: 'Good news! I am not anymore in St. Vincent\'s, from Monday I am working in Beaumont Hospital, in the emergency department.', chat: 'chat-2' },
    { ask: 'in which hospital I am working now?', kinds: ['employer', 'job-change', 'update'], ...known([['Beaumont']], ['Vincent']) },
    { say: 'Also I stopped with the coffee, now I drink only green tea because of my sleep.', chat: 'chat-2' },
    { ask: 'I am still a coffee drinker or not?', kinds: ['drink', 'retraction', 'yes-no'], ...no({ accept: ['green tea', 'stopped'] }) },
    { ask: 'so what is my drink now?', kinds: ['drink', 'update'], ...known([['green tea']], ['black coffee']) },
    { forget: 'chess' },
    { ask: 'which game I play on the internet?', kinds: ['forget', 'hobby'], ...unknown(['chess']) },
    { ask: 'how old is Burek?', kinds: ['unknown', 'pet'], ...unknown() },
    { ask: 'when is my birthday?', kinds: ['unknown'], ...unknown() },
  ],
};
