import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/** A night-shift ICU nurse who types in clipped fragments; she moves and changes hospital, and gives up sushi. */
export const priya: PreferencesPersona = {
  id: 'priya',
  about: 'ICU nurse, London → Brighton, from Leicester; terse fragments; stops eating sushi',
  demo: 'preferences',
  steps: [
    { say: 'Priya. 29. ICU nurse.' },
    { say: "Work nights at St Thomas' hospital." },
    { say: 'Live in London. Grew up in Leicester.' },
    { say: 'Fav food: sushi.' },
    { say: 'Sleep 9am to 4pm most days.' },
    { say: 'Learning Italian. Slowly.' },
    { say: 'Allergic to peanuts.' },
    { say: 'I run. Half marathons mostly.' },
    { ask: 'Do you know who I am?', kinds: ['name'], ...known([['Priya']]) },
    { ask: "What's my profession", kinds: ['job'], ...known([['nurse', 'nursing']]) },
    { ask: 'Which hospital do I work at', kinds: ['employer'], ...known([['St Thomas', 'St. Thomas', 'Saint Thomas']]) },
    { ask: 'How old am I', kinds: ['age'], ...known([['29', 'twenty-nine', 'twenty nine']]) },
    { ask: 'When do I sleep?', kinds: ['routine'], ...known([['9', 'nine'], ['4', 'four']]) },
    { ask: 'What language am I studying', kinds: ['language'], ...known([['Italian']]) },
    { ask: 'Any allergies?', kinds: ['allergy'], ...known([['peanut*']]) },
    { ask: 'What do I do for fun?', kinds: ['hobby'], ...known([['run', 'running', 'runner', 'marathon*']]) },
    { ask: 'Home town?', kinds: ['hometown'], ...known([['Leicester']]) },
    { ask: "What's my favourite food", kinds: ['favourite'], ...known([['sushi']]) },
    { say: "Don't eat sushi anymore. Went off raw fish.", chat: 'chat-2' },
    { ask: 'Do I still eat sushi?', kinds: ['likes', 'retraction', 'yes-no'], ...no() },
    { say: 'Update: moved to Brighton. Transferred to the Royal Sussex County Hospital.', chat: 'chat-2' },
    { ask: 'Where do I live?', kinds: ['home', 'update'], ...known([['Brighton']], ['London']) },
    { ask: 'Where do I work now?', kinds: ['employer', 'job-change', 'update'], ...known([['Royal Sussex']], ['St Thomas']) },
    { ask: 'Do I have a car?', kinds: ['unknown', 'vehicle'], ...unknown(['yes']) },
    { ask: "What's my partner called?", kinds: ['unknown', 'family'], ...unknown() },
  ],
};
