import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';
import { yesOr } from '../action-checks';

/**
 * A Kenyan marathon runner: warm, plain English with a Swahili greeting now and then. Home,
 * family and food to the personal agent; camp, coach, sponsor and races to the work agent. Later
 * she changes sponsor and her next race.
 */
export const wanjiru: MultiAgentPersona = {
  id: 'f-wanjiru',
  about: 'marathon runner in Iten, from Nyeri; warm plain English, Swahili greetings; Puma → Asics; Berlin → Chicago; isolation checks',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Habari! I am Wanjiru Kamau. Home is Iten now, up in the Rift Valley, but I grew up in Nyeri near Mount Kenya.' },
    { agent: 'agent_personal', say: 'My husband Otieno is the headmaster of a primary school, and our daughter Achieng is four.' },
    { agent: 'agent_personal', say: 'We have a dog named Simba who guards the shamba; he is six years old.' },
    { agent: 'agent_personal', say: 'Eggs are a problem for me, I am allergic, so no omelettes even after a long run.' },
    { agent: 'agent_personal', say: 'I drink chai with plenty of ginger, three cups a day at least.' },
    { agent: 'agent_personal', say: 'I speak Kikuyu, Swahili and English, and I have started learning French for the races in Paris.' },
    { agent: 'agent_personal', say: 'On rest days I tend my vegetable garden: sukuma wiki, tomatoes and beans.' },
    { agent: 'agent_personal', say: 'Cold weather I cannot tolerate at all; I would rather run in the midday heat than in a cold rain.' },
    { agent: 'agent_personal', say: 'I drive a green Mitsubishi Pajero, it handles the murram roads well.' },
    { agent: 'agent_personal', say: "My favourite food is githeri, cooked my mother's way." },
    { agent: 'agent_work', say: 'I am a professional marathon runner with the Kerio Elite training camp, and Puma is my sponsor.' },
    { agent: 'agent_work', say: 'My coach is Daniel Kiprop; he plans every session for me.' },
    { agent: 'agent_work', say: 'The long run is every Sunday at 6 in the morning, 35 kilometres on the dirt roads.' },
    { agent: 'agent_work', say: 'Track sessions are on Tuesdays at Kamariny stadium.' },
    { agent: 'agent_work', say: 'My personal best is 2:21:45, from Valencia last December.' },
    { agent: 'agent_work', say: 'The next race on the calendar is the Berlin Marathon in September.' },
    { agent: 'agent_work', say: 'Treadmill sessions I hate, it is like running inside a prison.' },
    { agent: 'agent_personal', ask: 'What is my full name?', kinds: ['name', 'compound'], ...known([['Wanjiru'], ['Kamau']]) },
    { agent: 'agent_personal', ask: 'Which town do I call home these days?', kinds: ['home', 'compound'], ...known([['Iten']]) },
    { agent: 'agent_personal', ask: 'In which town was I brought up?', kinds: ['hometown', 'compound'], ...known([['Nyeri']]) },
    { agent: 'agent_personal', ask: 'What does Otieno do?', kinds: ['family', 'job'], ...known([['headmaster', 'head teacher', 'headteacher', 'principal', 'school']]) },
    { agent: 'agent_personal', ask: 'How old is Achieng?', kinds: ['family', 'age', 'compound'], ...known([['4', 'four']]) },
    { agent: 'agent_personal', ask: 'What kind of animal is Simba, and how old is he?', kinds: ['pet', 'age', 'compound'], ...known([['dog'], ['6', 'six']]) },
    { agent: 'agent_personal', ask: 'Which food gives me an allergic reaction?', kinds: ['allergy'], ...known([['egg*']]) },
    { agent: 'agent_personal', ask: 'How do I like my chai?', kinds: ['drink'], ...known([['ginger']]) },
    { agent: 'agent_personal', ask: 'What languages do I know?', kinds: ['language', 'compound'], ...known([['Kikuyu'], ['Swahili'], ['English']]) },
    { agent: 'agent_personal', ask: 'Is Swahili one of my languages?', kinds: ['language', 'yes-no'], ...yesOr(['you speak']) },
    { agent: 'agent_personal', ask: 'What new language am I working on?', kinds: ['language', 'compound'], ...known([['French']]) },
    { agent: 'agent_personal', ask: 'What grows in my garden?', kinds: ['hobby'], ...known([['sukuma', 'tomato*', 'bean*']]) },
    { agent: 'agent_personal', ask: 'Do I like running in the cold?', kinds: ['dislikes', 'yes-no'], ...no() },
    { agent: 'agent_personal', ask: 'What vehicle do I own?', kinds: ['vehicle'], ...known([['Pajero', 'Mitsubishi']]) },
    { agent: 'agent_personal', ask: 'What is my favourite dish?', kinds: ['favourite'], ...known([['githeri']]) },
    { agent: 'agent_work', ask: 'Which camp do I train with?', kinds: ['employer', 'compound'], ...known([['Kerio']]) },
    { agent: 'agent_work', ask: 'Who sponsors me?', kinds: ['employer', 'compound'], ...known([['Puma']]) },
    { agent: 'agent_work', ask: 'Who is my coach?', kinds: ['work'], ...known([['Kiprop', 'Daniel']]) },
    { agent: 'agent_work', ask: 'When is my long run, and how far do I go?', kinds: ['routine', 'work', 'compound'], ...known([['Sunday*'], ['35']]) },
    { agent: 'agent_work', ask: 'Where are my track sessions held?', kinds: ['routine', 'work'], ...known([['Kamariny']]) },
    { agent: 'agent_work', ask: 'What is my marathon PB?', kinds: ['work', 'compound'], ...known([['2:21:45']]) },
    { agent: 'agent_work', ask: 'Which race am I preparing for?', kinds: ['work'], ...known([['Berlin']]) },
    { agent: 'agent_work', ask: 'Do I enjoy the treadmill?', kinds: ['dislikes', 'yes-no'], ...no() },
    // Isolation: the same user, but each agent only knows its own side.
    { agent: 'agent_work', ask: 'Do I have any children?', kinds: ['isolation', 'unknown', 'family'], ...unknown(['Achieng', 'yes']) },
    { agent: 'agent_work', ask: 'Is there any food I must not eat?', kinds: ['isolation', 'unknown', 'allergy'], ...unknown(['egg*']) },
    { agent: 'agent_work', ask: 'Which town am I originally from?', kinds: ['isolation', 'unknown', 'hometown'], ...unknown(['Nyeri']) },
    { agent: 'agent_personal', ask: 'Who coaches me?', kinds: ['isolation', 'unknown', 'work'], ...unknown(['Kiprop', 'Daniel']) },
    { agent: 'agent_personal', ask: 'What is my personal best time?', kinds: ['isolation', 'unknown', 'work'], ...unknown(['2:21:45']) },
    { agent: 'agent_personal', ask: 'Which company sponsors me?', kinds: ['isolation', 'unknown', 'employer'], ...unknown(['Puma']) },
    // Another day at the camp.
    { agent: 'agent_work', chat: 'chat-2', say: 'News from the camp: my contract with Puma has ended and I have signed with Asics from this month.' },
    { agent: 'agent_work', ask: 'Who is my sponsor now?', kinds: ['employer', 'job-change', 'update'], ...known([['Asics']], ['Puma']) },
    { agent: 'agent_work', chat: 'chat-2', say: 'Also the plan has changed: no Berlin after all, the coach wants me to run Chicago in October instead.' },
    { agent: 'agent_work', ask: 'Which marathon am I running next?', kinds: ['work', 'update'], ...known([['Chicago']], ['Berlin']) },
    { agent: 'agent_work', ask: 'Am I still running Berlin?', kinds: ['work', 'retraction', 'yes-no'], ...no({ accept: ['Chicago'] }) },
  ],
};
