import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A data engineer who types quickly and casually ("tbh", "gigs"). He changes company at work,
 * and forgets his car on the personal side.
 */
export const omar: MultiAgentPersona = {
  id: 'omar',
  about: 'data engineer, Accenture → Google; Seattle, from Cairo; casual; forgets a memory on the personal agent',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_work', say: "i'm a data engineer at accenture, mostly consulting gigs for banks" },
    { agent: 'agent_work', say: 'my main stack is python, spark and airflow' },
    { agent: 'agent_work', say: "I prefer async updates over meetings tbh, meetings before 10am are the worst" },
    { agent: 'agent_work', ask: 'who do i work for?', kinds: ['employer'], ...known([['Accenture']]) },
    { agent: 'agent_work', ask: 'what tools do I use day to day?', kinds: ['work'], ...known([['Python'], ['Spark'], ['Airflow']]) },
    { agent: 'agent_work', ask: 'do I like early meetings?', kinds: ['dislikes', 'yes-no'], ...no() },
    { agent: 'agent_work', chat: 'chat-2', say: 'update: I started at Google this week as a senior data engineer, left accenture on friday 🎉' },
    { agent: 'agent_work', ask: 'which company am I at?', kinds: ['employer', 'job-change', 'update'], ...known([['Google']], ['Accenture']) },
    { agent: 'agent_work', ask: "what's my job title now?", kinds: ['job', 'job-change'], ...known([['senior data engineer']], ['Accenture']) },
    { agent: 'agent_personal', say: 'my daughter layla turned 6 yesterday 🎂' },
    { agent: 'agent_personal', say: "I'm allergic to peanuts, pretty severe, I carry an epipen" },
    { agent: 'agent_personal', say: 'weekend = cycling, usually 60-80km on saturdays' },
    { agent: 'agent_personal', say: "I'm from Cairo but live in Seattle now" },
    { agent: 'agent_personal', say: 'I drive an old Honda Civic, 2009, still going strong' },
    { agent: 'agent_personal', ask: "what's my daughter called", kinds: ['family'], ...known([['Layla']]) },
    { agent: 'agent_personal', ask: 'how old is my daughter', kinds: ['family', 'age'], ...known([['6', 'six']]) },
    { agent: 'agent_personal', ask: 'what am I allergic to', kinds: ['allergy'], ...known([['peanut*']]) },
    { agent: 'agent_personal', ask: 'what do I do on saturdays?', kinds: ['hobby', 'routine'], ...known([['cycling', 'cycle', 'bike', 'biking', 'ride']]) },
    { agent: 'agent_personal', ask: 'where am i from', kinds: ['hometown', 'compound'], ...known([['Cairo']]) },
    { agent: 'agent_personal', ask: 'where do i live', kinds: ['home', 'compound'], ...known([['Seattle']]) },
    { agent: 'agent_personal', ask: 'what car do I have', kinds: ['vehicle'], ...known([['Honda', 'Civic']]) },
    { agent: 'agent_work', ask: "what's my daughter's name", kinds: ['isolation', 'unknown', 'family'], ...unknown(['Layla']) },
    { agent: 'agent_work', ask: 'am I allergic to anything?', kinds: ['isolation', 'unknown', 'allergy'], ...unknown(['peanut*']) },
    { agent: 'agent_personal', ask: 'where do I work', kinds: ['isolation', 'unknown', 'employer'], ...unknown(['Google', 'Accenture']) },
    // Forgotten from the personal agent's memory in the UI: gone in the next chat.
    { agent: 'agent_personal', forget: 'Civic' },
    { agent: 'agent_personal', ask: 'what do I drive', kinds: ['forget', 'vehicle'], ...unknown(['Honda', 'Civic']) },
  ],
};
