import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A Hungarian data analyst in Vienna who writes careful non-native English ("I am born in",
 * "since five years", "until 31 October"). Her boss retires, then she changes job and city.
 */
export const margit: MultiAgentPersona = {
  id: 'pa-margit',
  about: 'Data analyst at Danubia Logistics → Senior Data Scientist at Alpenrail; "call me Gigi"; born 1988 in Debrecen; Vienna → Graz; boss Gruber → Leitner; non-native English',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Hello. My name is Margit Kovács, but please, call me Gigi, everybody does it since school.' },
    { agent: 'agent_personal', say: 'I am born in 1988 in Debrecen, it is in the east of Hungary. Since 2016 I live in Vienna, in the 7th district.' },
    { agent: 'agent_personal', say: 'I do not eat meat since five years, but fish I eat sometimes. Also I am lactose intolerant, milk makes me feel very bad.' },
    { agent: 'agent_personal', say: 'In free time I play cello in an amateur orchestra, rehearsal is every Thursday evening.' },
    { agent: 'agent_work', say: 'About my work: I am data analyst in Danubia Logistics, in the controlling department. We are 5 persons in the team.' },
    { agent: 'agent_work', say: 'My boss is Herr Gruber, Anton Gruber. Every Tuesday 9:00 we have jour fixe with him, one hour, sometimes longer, quite boring.' },
    { agent: 'agent_work', say: 'Tools I use: mostly Power BI and Python, and the data comes from SAP. Excel also, of course, always Excel.' },
    { agent: 'agent_work', say: 'Now I am building the new dashboard for fuel costs, it must be ready until 31 October for the management board.' },
    { agent: 'agent_work', say: 'I must be in the office Monday and Wednesday, the other days is home office.' },
    { agent: 'agent_personal', ask: 'what name do I like to be called', kinds: ['name'], ...known([['Gigi']]) },
    { agent: 'agent_personal', ask: 'what is my family name', kinds: ['name'], ...known([['Kovacs']]) },
    { agent: 'agent_personal', ask: 'which year I was born', kinds: ['age'], ...known([['1988']]) },
    { agent: 'agent_personal', ask: 'from which town I come', kinds: ['hometown'], ...known([['Debrecen']]) },
    { agent: 'agent_personal', ask: 'is it ok for me to drink a glass of milk', kinds: ['intolerance', 'yes-no'], ...no({ accept: ['lactose', 'intoleran*'] }) },
    { agent: 'agent_personal', ask: 'which instrument I am playing', kinds: ['instrument', 'hobby'], ...known([['cello']]) },
    { agent: 'agent_work', ask: 'how many persons are in my team', kinds: ['work'], ...known([['5', 'five']]) },
    { agent: 'agent_work', ask: 'when is the jour fixe', kinds: ['work', 'routine'], ...known([['Tuesday*'], ['9']]) },
    { agent: 'agent_work', ask: 'until when the fuel dashboard must be ready', kinds: ['work'], ...known([['31', '31st'], ['October', 'Oct']]) },
    { agent: 'agent_work', ask: 'which tools I use at work', kinds: ['work', 'compound'], ...known([['Power BI', 'PowerBI'], ['Python']]) },
    { agent: 'agent_work', ask: 'Do I go to the office on Friday?', kinds: ['work', 'routine', 'yes-no'], ...no({ accept: ['Monday', 'Wednesday', 'home office', 'from home'] }) },
    // Later.
    { agent: 'agent_work', say: 'Some news: Herr Gruber is retired now, the new head of controlling is Frau Leitner, Sabine Leitner. She is more strict.', chat: 'chat-2' },
    { agent: 'agent_work', ask: 'who is my boss now', kinds: ['work', 'update'], ...known([['Leitner', 'Sabine']], ['Gruber']) },
    { agent: 'agent_work', say: 'Big change in my life! I left Danubia Logistics. Since 1 March I work at Alpenrail as Senior Data Scientist. Better salary and no more jour fixe haha.', chat: 'chat-3' },
    { agent: 'agent_personal', say: 'Also I moved! Now I live in Graz, because the new job is there. The flat is smaller but I have a balcony.', chat: 'chat-3' },
    { agent: 'agent_work', ask: 'for which company I work at the moment', kinds: ['employer', 'job-change', 'update'], ...known([['Alpenrail']], ['Danubia']) },
    { agent: 'agent_work', ask: 'and what is my job title there', kinds: ['job', 'job-change', 'update'], ...known([['data scientist']], ['data analyst']) },
    { agent: 'agent_personal', ask: 'in which city I live now', kinds: ['home', 'update'], ...known([['Graz']], ['Vienna', 'Wien']) },
    { agent: 'agent_work', ask: 'what is the name of my manager at Alpenrail', kinds: ['work', 'unknown'], ...unknown() },
  ],
};
