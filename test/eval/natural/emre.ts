import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

/**
 * A 38-year-old Turkish nurse in Manchester whose English is good but not native: missing
 * articles, "I have 38 years", "since six years", wrong prepositions. He changes hospital,
 * gives up coffee and asks to forget his instrument.
 */
export const emre: PreferencesPersona = {
  id: 'n-emre',
  about: '38-year-old Turkish nurse in Manchester, from Izmir; non-native grammar slips; hospital → Beacon Clinic; coffee → green tea; forgets the saz',
  demo: 'preferences',
  steps: [
    { say: 'Hello, I am Emre, I have 38 years and I am working as nurse in Salford Royal hospital.' },
    { say: 'I am living in Manchester since six years, but I am coming from Izmir in Turkey.' },
    { say: 'My wife is called Selin and we have one daughter, Defne, she have 6 years.' },
    { say: 'I cannot eat gluten because I have the coeliac disease.' },
    { say: 'Also I am allergic for cats, my eyes become red and I am sneezing all the time.' },
    { say: 'So we have not cat, we have a budgie, his name is Limon and he is very noisy.' },
    { say: 'I speak Turkish and English, and now I learn German because maybe we move to Berlin one day.' },
    { say: 'In free time I play the saz, my grandfather teached me when I was small.' },
    { say: 'Every Monday and Thursday I go to swimming at 6:30 in the morning before the shift.' },
    { say: 'My car is old Skoda Octavia, grey colour, but is working good.' },
    { say: 'I like very much fishing, and I am not fan of crowded places like shopping centre.' },
    { say: 'My favourite food is grilled sea bass, my wife makes the best one.' },
    { say: 'I drink black coffee, two or three cups every day.' },
    { ask: 'What is my wife name?', kinds: ['family'], ...known([['Selin']]) },
    { ask: 'how old is my girl?', kinds: ['family', 'age'], ...known([['6', 'six']]) },
    { ask: 'Which city I live in?', kinds: ['home', 'compound'], ...known([['Manchester']]) },
    { ask: 'and my home country, which one is?', kinds: ['hometown', 'compound'], ...known([['Turkey', 'Turkiye', 'Türkiye', 'Izmir', 'İzmir']]) },
    { ask: 'where I am working?', kinds: ['employer', 'job'], ...known([['Salford']]) },
    { ask: 'Can I eat the normal bread?', kinds: ['diet', 'intolerance', 'yes-no'], ...no({ accept: ['gluten', 'coeliac', 'celiac'] }) },
    { ask: 'Which animal is making me sneezing?', kinds: ['allergy'], ...known([['cat*']]) },
    { ask: 'What is name of our bird?', kinds: ['pet'], ...known([['Limon']]) },
    { ask: 'which language I am studying now?', kinds: ['language'], ...known([['German']]) },
    { ask: 'When I go to the swimming pool?', kinds: ['routine'], ...known([['Monday*', 'Thursday*'], ['6:30', '6.30', 'half past six']]) },
    { ask: 'What car I am driving?', kinds: ['vehicle'], ...known([['Skoda', 'Octavia']]) },
    { ask: 'Do I enjoy busy shopping centres?', kinds: ['dislikes', 'yes-no'], ...no() },
    { ask: 'what is my most loved dish', kinds: ['favourite'], ...known([['sea bass', 'seabass', 'fish']]) },
    { ask: 'What is my hobby outside?', kinds: ['hobby', 'likes'], ...known([['fishing', 'swim*']]) },
    // Another day.
    { say: 'Actually I stopped the coffee, now I drink only green tea.', chat: 'chat-2' },
    { ask: 'Which hot drink I have now?', kinds: ['drink', 'update'], ...known([['green tea']], ['coffee']) },
    { say: 'I have news: I left the hospital, now I work as nurse in private clinic, Beacon Clinic.', chat: 'chat-2' },
    { ask: 'where is my job now?', kinds: ['employer', 'job-change', 'update'], ...known([['Beacon']], ['Salford']) },
    { forget: 'saz' },
    { ask: 'Which instrument I play?', kinds: ['forget', 'instrument'], ...unknown(['saz']) },
    { ask: 'What is my mother name?', kinds: ['unknown', 'family'], ...unknown(['Selin']) },
    { ask: 'which football team I am supporting?', kinds: ['unknown'], ...unknown() },
  ],
};
