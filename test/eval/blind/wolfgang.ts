import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';
import { yesOr } from '../action-checks';

/**
 * A retired tram driver from the Baltic coast who writes very long run-on sentences, several
 * facts joined by "and" and "which", with German turns of phrase ("since forty years", "a big
 * news") and the odd typo. Later he moves to the lake and sells his car.
 */
export const wolfgang: PreferencesPersona = {
  id: 'b-wolfgang',
  about: 'retired tram driver in Freiburg, born in Rostock; very long run-on sentences, German turns of phrase; histamine intolerance, wasp allergy; Freiburg → Konstanz; sells the Mercedes',
  demo: 'preferences',
  steps: [
    {
      say: 'Good day, my name is Wolfgang Brenner, I am 71 years old and I drove the trams in Freiburg for thirty-eight years until I retired in 2019, and we still live here in Freiburg, in the Wiehre quarter, in a old house with very steep stairs, and my wife Renate says that since my retirement I am always under her feet in the kitchen, which is not true, because I am mostly in the cellar where I build my model railway, a whole Black Forest line with forty metres of track.',
    },
    {
      say: 'I was born in Rostock on the Baltic coast, which was still the GDR at that time, and in school we all had to learn Russian, so I speak German and Russian quite well and English only a little bit, as you maybe notice, and my son Matthias, who is 44 and works as an engineer at Airbus in Hamburg, always laughs about my English when we telephone on Sundays.',
    },
    {
      say: 'About the food I must tell you that I have a histamine intolerance, so no aged cheese and no red wine and no sauerkraut, which is a real tragedy for a German, and also I am allergic against wasp stings, last summer I was two days in the hospital because of one wasp, so now I carry always an emergency kit in my jacket.',
    },
    {
      say: 'My favourite cake is Bienenstich, my mother baked it every Sunday, and with the cake I drink an Apfelschorle, never coffee in the afternoon because then I cannot sleep in the night, so coffee I drink only one cup in the morning with a little milk.',
    },
    {
      say: 'We have a tortoise with the name Kasimir who is 38 years old, so he is much older than our granddaughter Lotte, who is 6 and who feeds him dandelions when she visits, and Kasimir sleeps the whole winter in a box in the cellar right next to my railway.',
    },
    {
      say: 'I still drive my silver Mercedes E-Class from 2004, which has 310,000 kilometres and never once broke down, and every morning at seven o clock I drive with it to the Faulerbad to swim thirty lengths, this I do since forty years and I will not stop.',
    },
    {
      say: 'What I like very much is jazz, especially Dave Brubeck, he is my absolute favourite, and what I cannot bear at all are the leaf blowers of my neighbour Herr Kugel, who starts with them at eight on Saturday morning, it is a catastrophe for the ears.',
    },
    { ask: 'Tell me please, what is my name and how old am I?', kinds: ['name', 'age', 'compound'], ...known([['Wolfgang', 'Brenner'], ['71', 'seventy-one', 'seventy one']]) },
    { ask: 'Where is my home at the moment?', kinds: ['home', 'compound'], ...known([['Freiburg']]) },
    { ask: 'In which town did I come into the world?', kinds: ['hometown', 'compound'], ...known([['Rostock']]) },
    { ask: 'What did I do for a living before 2019?', kinds: ['job', 'compound'], ...known([['tram*']]) },
    { ask: 'Who is my wife?', kinds: ['family', 'compound'], ...known([['Renate']]) },
    { ask: 'For which company does Matthias work?', kinds: ['family', 'employer', 'compound'], ...known([['Airbus']]) },
    { ask: 'Which intolerance do I have?', kinds: ['intolerance', 'compound'], ...known([['histamine']]) },
    { ask: 'Is a glass of red wine a good idea for me?', kinds: ['intolerance', 'yes-no', 'compound'], ...no({ accept: ['histamine', 'better not', 'avoid'] }) },
    { ask: 'Is it wasps or bees that I am allergic against?', kinds: ['allergy', 'compound'], ...known([['wasp*']]) },
    { ask: 'Which cake do I love the most?', kinds: ['favourite', 'compound'], ...known([['Bienenstich', 'bee sting cake']]) },
    { ask: 'With my cake, what do I drink?', kinds: ['drink', 'compound'], ...known([['Apfelschorle', 'apple spritzer', 'apple juice spritzer', 'Schorle']]) },
    { ask: 'Do I take coffee in the afternoon?', kinds: ['drink', 'yes-no', 'compound'], ...no({ accept: ['only in the morning', 'only one cup', 'only a cup'] }) },
    { ask: 'Tell me about Kasimir.', kinds: ['pet', 'age', 'compound'], ...known([['tortoise', 'turtle'], ['38', 'thirty-eight', 'thirty eight']]) },
    { ask: 'And our granddaughter, she is how many years?', kinds: ['family', 'age', 'compound'], ...known([['6', 'six']]) },
    { ask: 'What do I build down in the cellar?', kinds: ['hobby', 'compound'], ...known([['railway', 'model train*', 'train*']]) },
    { ask: 'Where do I go each morning at seven?', kinds: ['routine', 'compound'], ...known([['swim*', 'Faulerbad', 'pool']]) },
    { ask: 'What make is my car?', kinds: ['vehicle', 'compound'], ...known([['Mercedes']]) },
    { ask: 'Which sort of music gives me pleasure?', kinds: ['likes', 'compound'], ...known([['jazz', 'Brubeck']]) },
    { ask: 'Who is the jazz musician I like best?', kinds: ['favourite', 'compound'], ...known([['Brubeck']]) },
    {
      ask: 'Do the leaf blowers of my neighbour bother me?',
      kinds: ['dislikes', 'yes-no', 'compound'],
      ...yesOr(["can't bear", 'cannot bear', "can't stand", 'cannot stand', 'you hate', 'you dislike', 'you loathe', 'catastrophe']),
    },
    { ask: 'Besides German, which language do I speak well?', kinds: ['language', 'compound'], ...known([['Russian']]) },
    // Another day: a move to the lake, and the car is sold.
    {
      say: 'So, now I must tell you a big news, we have sold the house in Freiburg because the stairs were too much for the knees of Renate, and since the first of the month we live in a flat in Konstanz directly at the lake, and the Mercedes I have sold also, to a young man from Ulm who was very happy, because in Konstanz we do everything by bicycle and with the Deutschlandticket, so no car anymore for us.',
      chat: 'chat-2',
    },
    { ask: 'Which town is home since the move?', kinds: ['home', 'update'], ...known([['Konstanz', 'Constance']], ['Freiburg']) },
    { ask: 'Have we still got the Mercedes?', kinds: ['vehicle', 'retraction', 'yes-no'], ...no({ accept: ['sold'] }) },
    { ask: 'What is the wife of Matthias called?', kinds: ['unknown', 'family'], ...unknown() },
    { ask: 'On which day is my birthday?', kinds: ['unknown'], ...unknown() },
  ],
};
