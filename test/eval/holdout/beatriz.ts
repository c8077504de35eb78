import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A freelance translator from Uruguay living in Spain: careful, slightly formal non-native English.
 * Her life goes to the personal agent, her clients and rates to the work agent; later she takes
 * an in-house job and a deadline moves.
 */
export const beatriz: MultiAgentPersona = {
  id: 'h-beatriz',
  about: 'freelance translator in Valencia from Montevideo; formal non-native English; freelance → in-house at Lingua Nova; deadline moves',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Hola! My name is Beatriz, but my friends call me Bea. I come from Montevideo and now I live in Valencia.' },
    { agent: 'agent_personal', say: 'I live with my parrot Lorenzo, he is very loud and he is 11 years old.' },
    { agent: 'agent_personal', say: 'I eat fish but no meat, I am pescatarian since I was 20.' },
    { agent: 'agent_personal', say: 'I play the cello in an amateur orchestra, the rehearsals are on Thursday evenings.' },
    { agent: 'agent_personal', say: 'My favourite writer is Mario Benedetti, of course, he is Uruguayan like me.' },
    { agent: 'agent_personal', say: 'I cannot stand humidity, and Valencia in August is terrible for that.' },
    { agent: 'agent_personal', say: 'My brother Diego is 31 and he lives in Buenos Aires.' },
    { agent: 'agent_work', say: 'I work as a freelance translator, from German and English into Spanish, mostly legal and medical texts.' },
    { agent: 'agent_work', say: 'My biggest client is a law firm in Munich, Kessler Roth.' },
    { agent: 'agent_work', say: 'I charge 9 cents per word, a bit more for urgent jobs.' },
    { agent: 'agent_work', say: 'I prefer Trados to memoQ, although memoQ is cheaper.' },
    { agent: 'agent_work', say: 'The big patent translation for Kessler Roth is due next Tuesday.' },
    { agent: 'agent_personal', ask: 'What do my friends call me?', kinds: ['name'], ...known([['Bea']]) },
    { agent: 'agent_personal', ask: 'Which city did I grow up in?', kinds: ['hometown', 'compound'], ...known([['Montevideo']]) },
    { agent: 'agent_personal', ask: 'In which city am I living?', kinds: ['home', 'compound'], ...known([['Valencia']]) },
    { agent: 'agent_personal', ask: 'What is the name of my parrot?', kinds: ['pet'], ...known([['Lorenzo']]) },
    { agent: 'agent_personal', ask: 'How old is Lorenzo?', kinds: ['pet', 'age', 'compound'], ...known([['11', 'eleven']]) },
    { agent: 'agent_personal', ask: 'How would you describe my diet?', kinds: ['diet'], ...known([['pescatarian', 'pescetarian', 'fish']]) },
    { agent: 'agent_personal', ask: 'Which evening do I have rehearsal?', kinds: ['routine', 'instrument'], ...known([['Thursday*']]) },
    { agent: 'agent_personal', ask: 'Which author do I like the most?', kinds: ['favourite'], ...known([['Benedetti']]) },
    { agent: 'agent_personal', ask: 'Is humid weather something I like?', kinds: ['dislikes', 'yes-no'], ...no() },
    { agent: 'agent_personal', ask: 'Where does my brother live?', kinds: ['family'], ...known([['Buenos Aires']]) },
    { agent: 'agent_work', ask: 'Which languages do I translate from?', kinds: ['language', 'work'], ...known([['German'], ['English']]) },
    { agent: 'agent_work', ask: 'What kind of texts do I translate?', kinds: ['work', 'compound'], ...known([['legal', 'law'], ['medical', 'medicine']]) },
    { agent: 'agent_work', ask: 'Who is my most important client?', kinds: ['work'], ...known([['Kessler']]) },
    { agent: 'agent_work', ask: 'What is my rate per word?', kinds: ['work'], ...known([['9', 'nine', '0.09']]) },
    { agent: 'agent_work', ask: 'Which translation software do I prefer?', kinds: ['likes', 'work'], ...known([['Trados']]) },
    { agent: 'agent_work', ask: 'When must the patent translation be delivered?', kinds: ['work'], ...known([['Tuesday']]) },
    // Isolation: the same user, but each agent only knows its own side.
    { agent: 'agent_work', ask: 'What is the name of my parrot?', kinds: ['isolation', 'unknown', 'pet'], ...unknown(['Lorenzo']) },
    { agent: 'agent_work', ask: 'Do I play an instrument?', kinds: ['isolation', 'unknown', 'instrument'], ...unknown(['cello']) },
    { agent: 'agent_personal', ask: 'Who is my biggest client?', kinds: ['isolation', 'unknown', 'work'], ...unknown(['Kessler']) },
    { agent: 'agent_personal', ask: 'How much do I charge per word?', kinds: ['isolation', 'unknown', 'work'], ...unknown(['9', 'nine', '0.09']) },
    { agent: 'agent_work', chat: 'chat-2', say: 'Good news, Kessler Roth moved the patent deadline to Friday, so I have more time.' },
    { agent: 'agent_work', ask: 'When is the patent job due now?', kinds: ['work', 'update'], ...known([['Friday']], ['Tuesday']) },
    { agent: 'agent_work', chat: 'chat-3', say: 'Big change: I am not freelance anymore, I accepted an in-house job as a senior translator at Lingua Nova.' },
    { agent: 'agent_work', ask: 'Which company do I work for now?', kinds: ['employer', 'job-change', 'update'], ...known([['Lingua Nova']]) },
    { agent: 'agent_work', ask: 'Am I still working freelance?', kinds: ['job-change', 'retraction', 'yes-no'], ...no({ accept: ['in-house', 'in house'] }) },
  ],
};
