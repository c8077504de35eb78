import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';
import { yesOr } from '../action-checks';

/**
 * A retired geography teacher in Lisbon who types formally, in long complete sentences with
 * old-fashioned turns of phrase. He corrects his granddaughter's age, gives up port and comes out
 * of retirement as a museum guide.
 */
export const henrique: PreferencesPersona = {
  id: 'f-henrique',
  about: 'retired geography teacher in Lisbon, raised in Maputo; formal, complete sentences; corrects Matilde 9 → 10; port → chamomile; becomes a museum guide',
  demo: 'preferences',
  steps: [
    { say: 'Good morning. Permit me to introduce myself: my name is Henrique Valente, I am 73 years of age, and I taught geography at a secondary school for thirty-one years before retiring.' },
    { say: 'Although I have resided in Lisbon for most of my adult life, I was raised in Maputo, in Mozambique, where my father worked for the railways.' },
    { say: 'My wife, Leonor, and I have one granddaughter, Matilde, who is nine years old and considerably cleverer than her grandfather.' },
    { say: 'We keep a canary named Amália; she is three years old and sings every morning without fail.' },
    { say: 'My physician has placed me on a low-sodium diet, and I must also inform you that I am allergic to walnuts.' },
    { say: 'Furthermore, I have a fructose intolerance, which means fruit juices disagree with me considerably.' },
    { say: 'My favourite poet is, unsurprisingly, Fernando Pessoa; I re-read The Book of Disquiet every winter.' },
    { say: 'I much prefer the opera to the cinema. Reality television, on the other hand, I find utterly insufferable.' },
    { say: 'Each Tuesday afternoon I play chess at a club in Alfama, and in the evenings I practise the clarinet, rather poorly.' },
    { say: 'I speak Portuguese, French and English, and at present I am studying Mandarin with a private tutor.' },
    { say: 'I still drive a yellow Citroën 2CV from 1981, which my neighbours regard as a public nuisance.' },
    { say: 'After dinner I permit myself a small glass of tawny port.' },
    { ask: 'By what name should you address me?', kinds: ['name', 'compound'], ...known([['Henrique', 'Valente']]) },
    { ask: 'In which city do I currently reside?', kinds: ['home', 'compound'], ...known([['Lisbon', 'Lisboa']]) },
    { ask: 'Where did I spend my childhood?', kinds: ['hometown', 'compound'], ...known([['Maputo', 'Mozambique']]) },
    { ask: 'What was my profession before retirement?', kinds: ['job', 'compound'], ...known([['teacher', 'teach*', 'geography']]) },
    { ask: 'What is my age?', kinds: ['age', 'compound'], ...known([['73', 'seventy-three', 'seventy three']]) },
    { ask: 'Which nut must I avoid?', kinds: ['allergy', 'compound'], ...known([['walnut*']]) },
    { ask: 'Have I any food intolerance?', kinds: ['intolerance'], ...known([['fructose']]) },
    { ask: 'What dietary restriction has my physician imposed?', kinds: ['diet', 'compound'], ...known([['sodium', 'salt']]) },
    { ask: 'Who is my favourite poet?', kinds: ['favourite'], ...known([['Pessoa']]) },
    { ask: 'Which do I prefer, the opera or the cinema?', kinds: ['likes', 'compound'], ...known([['opera']]) },
    { ask: 'Am I fond of the opera?', kinds: ['likes', 'yes-no'], ...yesOr(['you prefer', 'you much prefer', 'you love', 'you like', 'you enjoy']) },
    { ask: 'Do I enjoy reality television?', kinds: ['dislikes', 'yes-no', 'compound'], ...no() },
    { ask: 'What is the name of my wife?', kinds: ['family', 'compound'], ...known([['Leonor']]) },
    { ask: 'How old is my granddaughter?', kinds: ['family', 'age', 'compound'], ...known([['9', 'nine']]) },
    { ask: 'What is our canary called, and how old is she?', kinds: ['pet', 'age', 'compound'], ...known([['Amália', 'Amalia'], ['3', 'three']]) },
    { ask: 'On which afternoon do I go to the chess club?', kinds: ['hobby', 'routine', 'compound'], ...known([['Tuesday*']]) },
    { ask: 'Which instrument do I practise in the evenings?', kinds: ['instrument', 'compound'], ...known([['clarinet']]) },
    { ask: 'Which languages am I able to speak?', kinds: ['language', 'compound'], ...known([['Portuguese'], ['French'], ['English']]) },
    { ask: 'And what language am I studying with my tutor?', kinds: ['language', 'compound'], ...known([['Mandarin', 'Chinese']]) },
    { ask: 'What automobile do I drive?', kinds: ['vehicle'], ...known([['Citroën', 'Citroen', '2CV']]) },
    { ask: 'What do I allow myself after dinner?', kinds: ['drink'], ...known([['port']]) },
    // Another day: a correction, a change of habit, a new post.
    { say: 'A correction, if I may: Matilde celebrated her birthday on Sunday, so she is actually ten now, not nine.', chat: 'chat-2' },
    { ask: 'What age is Matilde at present?', kinds: ['family', 'age', 'update'], ...known([['10', 'ten']], ['9', 'nine']) },
    { say: 'I have also given up the port; my cardiologist was insistent. It is chamomile tea after dinner from now on.', chat: 'chat-2' },
    { ask: 'What is my after-dinner drink these days?', kinds: ['drink', 'update'], ...known([['chamomile', 'camomile']]) },
    { ask: 'Do I still take a glass of port in the evening?', kinds: ['drink', 'retraction', 'yes-no'], ...no({ accept: ['given up', 'gave up', 'chamomile', 'camomile'] }) },
    { say: 'Retirement proved rather dull, so I have accepted a part-time position as a guide at the Gulbenkian Museum.', chat: 'chat-3' },
    { ask: 'Where am I employed now?', kinds: ['employer', 'job-change', 'update'], ...known([['Gulbenkian']]) },
    { ask: 'Which football club do I support?', kinds: ['unknown', 'likes'], ...unknown(['Benfica', 'Sporting', 'FC Porto']) },
    { ask: 'On what date is my wedding anniversary?', kinds: ['unknown', 'family'], ...unknown() },
  ],
};
