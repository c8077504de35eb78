import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/** A university student: emoji, abbreviations ("rn", "btw", "yrs"), typos; changes drink and diet. */
export const yuki: PreferencesPersona = {
  id: 'yuki',
  about: 'student in Toronto from Osaka; emoji and abbreviations; coffee → tea, no longer vegetarian',
  demo: 'preferences',
  steps: [
    { say: "heyy 👋 i'm yuki, 21, studying comp sci at UofT" },
    { say: 'originally from osaka but been living in toronto for 3 yrs now' },
    { say: 'im vegetarian btw 🥦' },
    { say: 'learning spanish on duolingo, 200 day streak 🔥' },
    { say: 'i play the violin in the uni orchestra 🎻' },
    { say: 'my sister hana is 17 and still back in japan' },
    { say: 'coffee addict ☕ like 4 cups a day lol' },
    { say: 'no car, i ride a blue fixie everywhere 🚲' },
    { ask: 'how old am i', kinds: ['age', 'compound'], ...known([['21', 'twenty-one', 'twenty one']]) },
    { ask: 'where do i live rn', kinds: ['home'], ...known([['Toronto']]) },
    { ask: 'which city am i from', kinds: ['hometown'], ...known([['Osaka']]) },
    { ask: 'what language am i learnin', kinds: ['language'], ...known([['Spanish']]) },
    { ask: 'what instrument do i play?', kinds: ['instrument'], ...known([['violin']]) },
    { ask: 'what do i ride to get around', kinds: ['vehicle'], ...known([['bike', 'bicycle', 'fixie']]) },
    { ask: 'whats my drink of choice', kinds: ['drink'], ...known([['coffee']]) },
    { ask: 'whats my sisters name and how old is she', kinds: ['family', 'age'], ...known([['Hana'], ['17', 'seventeen']]) },
    { say: 'ok update: i switched to tea, coffee was wrecking my sleep 😵', chat: 'chat-2' },
    { ask: 'what do i usually drink', kinds: ['drink', 'update'], ...known([['tea']], ['coffee']) },
    { say: 'also im no longer vegetarian, started eating fish and chicken again', chat: 'chat-2' },
    { ask: 'am i vegetarian?', kinds: ['diet', 'retraction', 'yes-no'], ...no() },
    { ask: 'whats my favourite movie', kinds: ['unknown', 'favourite'], ...unknown() },
    { ask: 'do i have any pets', kinds: ['unknown', 'pet'], ...unknown(['yes']) },
  ],
};
