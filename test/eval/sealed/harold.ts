import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A 73-year-old retired history teacher who writes in complete, formal sentences. He sells his
 * Volvo for a Honda Jazz and gives up volunteering at the library.
 */
export const harold: PreferencesPersona = {
  id: 's-harold',
  about: '73-year-old retired history teacher in Harrogate, born in Aberdeen; formal, complete sentences; Volvo → Honda Jazz; stops volunteering at the library',
  demo: 'preferences',
  steps: [
    { say: 'Good afternoon. My name is Harold Whitcombe, and I am seventy-three years of age.' },
    { say: 'I reside in Harrogate, although I was born and raised in Aberdeen.' },
    { say: 'I taught history at a grammar school for thirty-five years; these days I volunteer at the town library on Tuesdays and Thursdays.' },
    { say: 'My late wife was called Margaret. We have a daughter, Susan, who is forty-eight, and a grandson, Oliver, who is nine.' },
    { say: 'I am allergic to penicillin, a fact my doctor reminds me of at every appointment.' },
    { say: 'I must also avoid gluten entirely, as I have coeliac disease.' },
    { say: 'I rise at six o\'clock each morning and walk my dog on the Stray for an hour.' },
    { say: 'The dog is a border terrier by the name of Rupert.' },
    { say: 'I have played the cello since I was a boy and still practise most evenings.' },
    { say: 'I take my tea strong: Assam with a splash of milk. I cannot abide Earl Grey.' },
    { say: 'I confess I find modern pop music rather grating; I much prefer Elgar.' },
    { say: 'I drive a silver Volvo estate, which is rather too large for the town centre.' },
    { ask: 'Would you kindly remind me of my surname?', kinds: ['name'], ...known([['Whitcombe']]) },
    { ask: 'How many years old am I, if you recall?', kinds: ['age'], ...known([['73', 'seventy-three', 'seventy three']]) },
    { ask: 'In which town do I presently make my home?', kinds: ['home', 'compound'], ...known([['Harrogate']]) },
    { ask: 'Where was I brought up as a child?', kinds: ['hometown', 'compound'], ...known([['Aberdeen']]) },
    { ask: 'What did I do for a living before my retirement?', kinds: ['job', 'compound'], ...known([['teach*', 'schoolmaster']]) },
    { ask: 'Is there any medication I ought not to be given?', kinds: ['allergy'], ...known([['penicillin']]) },
    { ask: 'Might I have an ordinary slice of toast?', kinds: ['diet', 'intolerance', 'yes-no'], ...no({ accept: ['gluten', 'coeliac', 'celiac'] }) },
    { ask: 'What sort of dog do I keep?', kinds: ['pet'], ...known([['terrier']]) },
    { ask: 'At what hour do I usually get up?', kinds: ['routine'], ...known([['6', 'six']]) },
    { ask: 'What is the name of my grandson, and how old is he?', kinds: ['family', 'age', 'compound'], ...known([['Oliver'], ['9', 'nine']]) },
    { ask: 'Which instrument have I played since boyhood?', kinds: ['instrument'], ...known([['cello']]) },
    { ask: 'How do I prefer my cup of tea?', kinds: ['drink'], ...known([['Assam']]) },
    { ask: 'Am I partial to Earl Grey?', kinds: ['dislikes', 'yes-no'], ...no() },
    { ask: 'Which composer would I rather listen to?', kinds: ['likes', 'favourite'], ...known([['Elgar']]) },
    // Another day.
    { say: 'I have sold the Volvo, I am afraid. I now drive a small green Honda Jazz.', chat: 'chat-2' },
    { ask: 'What motor car do I own at present?', kinds: ['vehicle', 'update'], ...known([['Jazz', 'Honda']], ['Volvo']) },
    { say: 'I no longer volunteer at the library; my knees will not manage the stairs.', chat: 'chat-2' },
    { ask: 'Do I still give my time at the library?', kinds: ['routine', 'retraction', 'yes-no'], ...no() },
    { forget: 'Susan' },
    { ask: 'What is my daughter called?', kinds: ['forget', 'family'], ...unknown(['Susan']) },
    { ask: 'What is the name of my doctor?', kinds: ['unknown'], ...unknown() },
    { ask: 'Which football club do I follow?', kinds: ['unknown', 'favourite'], ...unknown() },
  ],
};
