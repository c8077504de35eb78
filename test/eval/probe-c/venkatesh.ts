import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A Pune project manager who writes Indian English ("myself", "native place", "only",
 * "itself", "doing job in", progressive for habits). His client moves the go-live and he
 * swaps his petrol hatchback for an electric SUV.
 */
export const venkatesh: MultiAgentPersona = {
  id: 'pc-venky',
  about: 'Venkatesh "Venky" Subramanian, 41, Pune, native place Madurai; Indian English; senior PM at Sahyadri Infotech; pure veg + lactose intolerant; Kaveri go-live 31 Oct → 15 Dec; Swift → Nexon EV',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Hello, myself Venkatesh Subramanian, but all are calling me Venky only. I am 41 years. Native place is Madurai but presently I am staying in Pune, Hinjewadi side, since 2012.' },
    { agent: 'agent_personal', say: 'My wife is Lakshmi, she is doing teaching in one CBSE school. We are having two kids, Arjun is 14 and Meera is 10 years.' },
    { agent: 'agent_personal', say: 'I am pure vegetarian, no egg also. And milk products are not suiting me, doctor told lactose intolerance it is, so curd, paneer, all I am avoiding.' },
    { agent: 'agent_personal', say: 'Since childhood itself I am playing mridangam. Every Sunday evening 6 o clock I am going for practice with one Carnatic group in Aundh.' },
    { agent: 'agent_personal', say: 'Mother tongue is Tamil. Hindi I am speaking fluently and Marathi little bit I have picked up here in Pune.' },
    { agent: 'agent_personal', say: 'Daily morning 5:30 I am going for walk in our society, one hour, without fail. Bollywood films I am not liking much, I prefer Tamil movies only, Rajini sir films especially.' },
    { agent: 'agent_personal', say: 'For vehicle I am having one white Maruti Swift, 2015 model.' },
    { agent: 'agent_work', say: 'Regarding office: I am doing job in Sahyadri Infotech as senior project manager. I am reporting to Mr. Rajesh Kulkarni, he is delivery head.' },
    { agent: 'agent_work', say: 'My team is 12 members. We are doing core banking migration for one UK bank client, project name is Kaveri. Go-live deadline is 31st October.' },
    { agent: 'agent_work', say: 'Every Thursday 7 pm IST we are having status call with client, since they are sitting in London. Everything we are tracking in Azure DevOps.' },
    { agent: 'agent_personal', ask: 'by what name people are calling me?', kinds: ['name'], ...known([['Venky']]) },
    { agent: 'agent_personal', ask: 'what is my native place and where I am staying presently?', kinds: ['hometown', 'home', 'compound'], ...known([['Madurai'], ['Pune', 'Hinjewadi']]) },
    { agent: 'agent_personal', ask: "kindly tell my children's names and ages", kinds: ['family', 'age', 'compound'], ...known([['Arjun'], ['Meera'], ['14', 'fourteen'], ['10', 'ten']]) },
    { agent: 'agent_personal', ask: 'paneer butter masala is okay for me or not?', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['lactose', 'dairy', 'milk', 'avoid*'] }) },
    { agent: 'agent_personal', ask: 'chicken biryani I can eat or not?', kinds: ['diet', 'yes-no'], ...no({ accept: ['vegetarian', 'veg'] }) },
    { agent: 'agent_personal', ask: 'which instrument I am playing since small age?', kinds: ['instrument', 'hobby'], ...known([['mridangam']]) },
    { agent: 'agent_personal', ask: 'what time I am going for my walk daily?', kinds: ['routine'], ...known([['5:30', '5.30', 'half past five']]) },
    { agent: 'agent_personal', ask: 'what is my mother tongue?', kinds: ['language'], ...known([['Tamil']]) },
    { agent: 'agent_personal', ask: 'which type of films I am not liking?', kinds: ['dislikes'], ...known([['Bollywood', 'Hindi']]) },
    { agent: 'agent_work', ask: 'to whom I am reporting in office?', kinds: ['work'], ...known([['Rajesh', 'Kulkarni']]) },
    { agent: 'agent_work', ask: 'how many members are there in my team?', kinds: ['work'], ...known([['12', 'twelve']]) },
    // Later.
    { agent: 'agent_work', say: 'Small change: client has postponed Kaveri go-live to 15th December because of their internal audit.', chat: 'chat-2' },
    { agent: 'agent_work', ask: 'Kaveri go-live is on which date now?', kinds: ['work', 'update'], ...known([['December', 'Dec'], ['15', '15th', 'fifteenth']], ['October']) },
    { agent: 'agent_personal', say: 'Also we have sold the Swift and taken one Tata Nexon EV, electric one, blue colour. Petrol prices are too much nowadays.', chat: 'chat-2' },
    { agent: 'agent_personal', ask: 'which vehicle I am having now?', kinds: ['vehicle', 'update'], ...known([['Nexon', 'Tata', 'EV', 'electric']], ['Swift', 'Maruti']) },
    { agent: 'agent_work', ask: 'what is my employee ID in Sahyadri?', kinds: ['unknown', 'work'], ...unknown() },
    { agent: 'agent_personal', ask: 'what is the age of my wife?', kinds: ['unknown', 'family', 'age'], ...unknown(['41', '14', '10']) },
  ],
};
