import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A German engineer in Manchester who writes learner English with German grammar ("I have 45
 * years", "since three years I live", "I work by", "how are my children called", verb at the
 * end). He changes job to teaching, and asks to forget his choir.
 */
export const jurgen: PreferencesPersona = {
  id: 'pc-jurgen',
  about: 'Jürgen "Jogi" Hoffmann, 45, Didsbury Manchester, from Titisee-Neustadt; German learner English; Siemens Mobility → physics teacher in Stockport; vegetarian, fructose intolerance; forgets choir',
  demo: 'preferences',
  steps: [
    { say: 'Hello! I am called Jürgen Hoffmann, but my friends say to me Jogi. I have 45 years.' },
    { say: 'Since three years I live in Manchester, in Didsbury. Grown up I am in Titisee-Neustadt, a small town in the Black Forest.' },
    { say: 'I work by Siemens Mobility as engineer for the train signals. It is very interesting but much stress.' },
    { say: 'My wife is called Sabine and we have two childs, Hannah with 16 years and Felix with 12 years.' },
    { say: 'In our house live also two cats, Max and Moritz, like in the old German story.' },
    { say: 'I eat no meat since twenty years, I am vegetarian. Also I cannot eat apples or pears, I have a fructose intolerance, then my belly makes big problems.' },
    { say: 'Every Sunday morning I make a bicycle tour with my cycling club, mostly 80 kilometers. This is my big hobby.' },
    { say: 'On Wednesday evening I sing in a choir, a German choir in Manchester, we are twelve peoples.' },
    { say: 'My favourite drink is Weizenbier, but here it is difficult to find a good one. The English tea with milk I find terrible, sorry!' },
    { say: 'I speak German of course, English, and a little French from the school. Now I learn Spanish in a course on Monday evening.' },
    { say: 'I drive a grey VW Passat, the estate version, with a rack for the bicycles on the roof.' },
    { ask: 'how do my friends call me?', kinds: ['name'], ...known([['Jogi']]) },
    { ask: 'how many years do I have?', kinds: ['age'], ...known([['45', 'forty-five', 'forty five']]) },
    { ask: 'where I live and where I am grown up?', kinds: ['home', 'hometown', 'compound'], ...known([['Didsbury', 'Manchester'], ['Titisee', 'Black Forest', 'Schwarzwald']]) },
    { ask: 'how are my children called and how old they are?', kinds: ['family', 'age', 'compound'], ...known([['Hannah'], ['Felix'], ['16', 'sixteen'], ['12', 'twelve']]) },
    { ask: 'which animals we have in the house?', kinds: ['pet'], ...known([['cat', 'cats', 'Max', 'Moritz']]) },
    { ask: 'may I eat a Schnitzel from pork?', kinds: ['diet', 'yes-no'], ...no({ accept: ['vegetarian', 'meat'] }) },
    { ask: 'is apple juice good for me?', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['fructose', 'intoleran*', 'avoid'] }) },
    { ask: 'what I make on Sunday mornings?', kinds: ['hobby', 'routine'], ...known([['cycl*', 'bike', 'bicycle']]) },
    { ask: 'which drink I like the most?', kinds: ['drink', 'favourite'], ...known([['Weizenbier', 'wheat beer']]) },
    { ask: 'do I like the English tea with milk?', kinds: ['dislikes', 'yes-no'], ...no({ accept: ['terrible'] }) },
    { ask: 'which language I learn at the moment?', kinds: ['language'], ...known([['Spanish']]) },
    { ask: 'which car I am driving?', kinds: ['vehicle'], ...known([['Passat', 'VW', 'Volkswagen']]) },
    // Another day.
    { say: 'News: I have quitted by Siemens. Since this month I am teacher for physics in a school in Stockport. Less money but more happy.', chat: 'chat-2' },
    { ask: 'where I am working now?', kinds: ['job', 'employer', 'job-change', 'update'], ...known([['school', 'teach*', 'Stockport', 'physics']], ['Siemens']) },
    { forget: 'choir' },
    { ask: 'what do I on Wednesday evening?', kinds: ['forget', 'routine', 'hobby'], ...unknown(['choir', 'singing', 'sing']) },
    { ask: 'how is my mother called?', kinds: ['unknown', 'family'], ...unknown(['Sabine', 'Hannah']) },
  ],
};
