import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A 34-year-old primary school teacher in Cardiff who writes in plain, friendly, everyday
 * sentences with the odd "lol" and missing capital. Her car changes, a school trip is cancelled
 * and she asks to forget her favourite band.
 */
export const denise: MultiAgentPersona = {
  id: 's-denise',
  about: '34-year-old Year 4 teacher in Cardiff from Bristol; everyday friendly chat; Kia Picanto → Skoda Octavia; museum trip cancelled',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: "Hi! I'm Denise, 34, living in Cardiff but I'm a Bristol girl originally" },
    { agent: 'agent_personal', say: "I've been doing keto since January, so not much bread or pasta for me" },
    { agent: 'agent_personal', say: 'caffeine makes me really shaky so I only drink decaf' },
    { agent: 'agent_personal', say: 'my partner Lewis and I have a daughter, Mabel, she turned 2 in the summer' },
    { agent: 'agent_personal', say: 'I play the ukulele (badly lol) and sing in a community choir on tuesday nights' },
    { agent: 'agent_personal', say: 'love baking sourdough, hate all the washing up afterwards' },
    { agent: 'agent_personal', say: 'we have two guinea pigs called Salt and Pepper' },
    { agent: 'agent_personal', say: 'favourite band of all time is Fleetwood Mac' },
    { agent: 'agent_personal', say: 'I drive a little blue Kia Picanto' },
    { agent: 'agent_work', say: 'i teach year 4 at Llandaff Primary School' },
    { agent: 'agent_work', say: "the headteacher Mr Hughes is also my line manager" },
    { agent: 'agent_work', say: 'end of term reports are due to the office by the 5th of December' },
    { agent: 'agent_work', say: 'we set homework on Google Classroom and Seesaw' },
    { agent: 'agent_work', say: 'parents evening is next wednesday from 3:30 till 7' },
    { agent: 'agent_work', say: "I'm leading the science fair project this term along with Carys and Tom from year 6" },
    { agent: 'agent_work', say: 'to do: mark the maths assessments and plan the class trip to the museum' },
    { agent: 'agent_personal', ask: 'which city am I based in?', kinds: ['home', 'compound'], ...known([['Cardiff']]) },
    { agent: 'agent_personal', ask: 'which city was I brought up in?', kinds: ['hometown', 'compound'], ...known([['Bristol']]) },
    { agent: 'agent_personal', ask: 'what way of eating am I following?', kinds: ['diet'], ...known([['keto*', 'low carb', 'low-carb']]) },
    { agent: 'agent_personal', ask: 'can I have a normal coffee?', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['decaf', 'caffeine'] }) },
    { agent: 'agent_personal', ask: "what's my little girl called?", kinds: ['family'], ...known([['Mabel']]) },
    { agent: 'agent_personal', ask: "who's my other half?", kinds: ['family'], ...known([['Lewis']]) },
    { agent: 'agent_personal', ask: 'which night do I have choir practice?', kinds: ['hobby', 'routine'], ...known([['Tuesday*']]) },
    { agent: 'agent_personal', ask: 'what do I strum?', kinds: ['instrument'], ...known([['ukulele', 'uke']]) },
    { agent: 'agent_personal', ask: 'what are the guinea pigs called?', kinds: ['pet'], ...known([['Salt'], ['Pepper']]) },
    { agent: 'agent_work', ask: 'what class do I have this year?', kinds: ['work', 'job'], ...known([['4', 'four']]) },
    { agent: 'agent_work', ask: 'what school am I at?', kinds: ['employer'], ...known([['Llandaff']]) },
    { agent: 'agent_work', ask: "who's my boss at school?", kinds: ['work'], ...known([['Hughes']]) },
    { agent: 'agent_work', ask: 'when do the reports have to be in?', kinds: ['work'], ...known([['5', '5th', 'fifth'], ['December', 'Dec']]) },
    { agent: 'agent_work', ask: 'which apps do the kids use for homework?', kinds: ['work'], ...known([['Google Classroom', 'Classroom'], ['Seesaw']]) },
    { agent: 'agent_work', ask: 'what time does parents evening kick off?', kinds: ['work'], ...known([['3:30', '3.30', 'half three', 'half past three']]) },
    { agent: 'agent_work', ask: 'who is helping me with the science fair?', kinds: ['work', 'compound'], ...known([['Carys'], ['Tom']]) },
    // Another day.
    { agent: 'agent_personal', chat: 'chat-2', say: "we traded in the Picanto, got a Skoda Octavia estate now cos the pram wouldn't fit" },
    { agent: 'agent_personal', ask: 'which car have we got at the moment?', kinds: ['vehicle', 'update'], ...known([['Octavia', 'Skoda']], ['Picanto', 'Kia']) },
    { agent: 'agent_work', chat: 'chat-2', say: 'the museum trip got cancelled by the council, so thats off my list now' },
    { agent: 'agent_work', ask: 'am I still organising the museum trip?', kinds: ['work', 'retraction', 'yes-no'], ...no({ accept: ['cancel*'] }) },
    { agent: 'agent_personal', forget: 'Fleetwood' },
    { agent: 'agent_personal', ask: 'which group do I like best?', kinds: ['forget', 'favourite'], ...unknown(['Fleetwood']) },
    { agent: 'agent_personal', ask: 'what does Lewis do for a living?', kinds: ['unknown', 'family'], ...unknown() },
    { agent: 'agent_work', ask: 'how much do I get paid at Llandaff?', kinds: ['unknown', 'work'], ...unknown() },
  ],
};
