import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/** A busy American dad who types fast with many typos; he later forgets his car in the Memory panel. */
export const marco: PreferencesPersona = {
  id: 'marco',
  about: 'accountant in Chicago from Naples; typos, American; celiac; forgets his car via the API',
  demo: 'preferences',
  steps: [
    { say: 'Hi my name is Marco, Im 42 and Im an acountant at Deloitte in chicago' },
    { say: 'originaly from Naples Italy, moved to the states when I was 12' },
    { say: 'I have celiac so I cant have gluten at all, its serious' },
    { say: 'my kids are Luca hes 8 and Sofia whos 5' },
    { say: 'I drive a Subaru Outback, green one' },
    { say: 'huge Bulls fan, I love basketball' },
    { say: 'I hate cilantro, tastes like soap to me' },
    { say: 'i prefer red wine over beer any day' },
    { ask: 'where do I work', kinds: ['employer', 'compound'], ...known([['Deloitte']]) },
    { ask: 'whats my job', kinds: ['job', 'compound'], ...known([['accountant', 'accounting']]) },
    { ask: 'how old am i', kinds: ['age', 'compound'], ...known([['42', 'forty-two', 'forty two']]) },
    { ask: 'what city am I living in', kinds: ['home', 'compound'], ...known([['Chicago']]) },
    { ask: 'where am I from', kinds: ['hometown'], ...known([['Naples', 'Napoli']]) },
    { ask: 'is there anything I cant eat', kinds: ['intolerance'], ...known([['gluten', 'celiac', 'coeliac']]) },
    { ask: 'how old is my son', kinds: ['family', 'age'], ...known([['8', 'eight']]) },
    { ask: 'whats my daughters name', kinds: ['family'], ...known([['Sofia']]) },
    { ask: 'what car do I drive', kinds: ['vehicle'], ...known([['Subaru', 'Outback']]) },
    { ask: 'what sport do i like', kinds: ['likes'], ...known([['basketball']]) },
    { ask: 'do I like cilantro', kinds: ['dislikes', 'yes-no'], ...no() },
    { ask: 'wine or beer, what do I prefer?', kinds: ['drink', 'likes'], ...known([['wine']]) },
    // He removes the car in the Memory panel; a new chat must no longer know it.
    { forget: 'Subaru' },
    { ask: 'what do I drive?', kinds: ['forget', 'vehicle'], ...unknown(['Subaru', 'Outback']) },
    { ask: "whats my wife's name", kinds: ['unknown', 'family'], ...unknown(['Sofia', 'Luca']) },
  ],
};
