import { known, no, unknown, yes } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A software engineer from Madurai living in Bengaluru who writes Indian English ("myself
 * Ravi", "no egg also", "I am having"). His project deadline slips, he changes car, and he
 * moves from Kestrel Systems to Nimbus Analytics as an engineering manager.
 */
export const ravi: MultiAgentPersona = {
  id: 'pa-ravi',
  about: 'Senior SWE at Kestrel → Engineering Manager at Nimbus; Bengaluru, native Madurai; Indian English; Tidewater deadline 30 June → 15 July; Swift → Creta',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Hello, myself Ravi Shankar Iyer. Friends and all call me Ravi only, office people call me RSI which I am not liking much.' },
    { agent: 'agent_personal', say: 'I am 34 years, staying in Bengaluru since 2015, Whitefield side. Native place is Madurai, my parents are still there only.' },
    { agent: 'agent_personal', say: 'I am pure vegetarian, no egg also. Filter coffee I will take, strong, two times a day, that is my fuel.' },
    { agent: 'agent_personal', say: 'Currently I am driving one white Maruti Swift, it is 6 years old but running fine.' },
    { agent: 'agent_work', say: "Coming to office matters. I am working as Senior Software Engineer at Kestrel Systems, it's a product company, I joined there in 2019." },
    { agent: 'agent_work', say: 'Present project is Tidewater, we are migrating the billing system of our client Pelican Insurance from old mainframe to AWS. Deadline is 30th June, very tight.' },
    { agent: 'agent_work', say: 'My reporting manager is Sunita Rao, she is very good but very strict about timelines. Total we are 8 people in the team including me.' },
    { agent: 'agent_work', say: 'We are using Jira for tickets, GitLab for code and Slack for chatting. Sprint is two weeks, sprint planning will happen every alternate Monday 11 AM.' },
    { agent: 'agent_work', say: 'This week I am on-call till Sunday night, and generally it is hybrid, I go to office Tuesday and Thursday, rest of the days WFH.' },
    { agent: 'agent_personal', ask: "what's my full name", kinds: ['name'], ...known([['Ravi'], ['Iyer']]) },
    { agent: 'agent_personal', ask: 'how old am I ya', kinds: ['age'], ...known([['34', 'thirty-four', 'thirty four']]) },
    { agent: 'agent_personal', ask: 'tell me where I grew up and where I am staying now', kinds: ['hometown', 'home', 'compound'], ...known([['Madurai'], ['Bengaluru', 'Bangalore', 'Whitefield']]) },
    { agent: 'agent_personal', ask: 'can I eat an omelette or not', kinds: ['diet', 'yes-no'], ...no({ accept: ['vegetarian', 'egg*'] }) },
    { agent: 'agent_work', ask: 'Tidewater project is for which client', kinds: ['work'], ...known([['Pelican']]) },
    { agent: 'agent_work', ask: 'what is the deadline for Tidewater', kinds: ['work'], ...known([['30', '30th', 'thirtieth'], ['June', 'Jun']]) },
    { agent: 'agent_work', ask: 'my reporting manager is who', kinds: ['work'], ...known([['Sunita', 'Rao']]) },
    { agent: 'agent_work', ask: 'team strength is how much', kinds: ['work'], ...known([['8', 'eight']]) },
    { agent: 'agent_work', ask: 'sprint planning is on which day and what time', kinds: ['work', 'routine', 'compound'], ...known([['Monday*'], ['11']]) },
    { agent: 'agent_work', ask: 'am I on call this week', kinds: ['work', 'yes-no'], ...yes() },
    { agent: 'agent_work', ask: 'which days I have to go to office', kinds: ['work', 'routine'], ...known([['Tuesday*'], ['Thursday*']]) },
    { agent: 'agent_work', ask: 'do we use Jenkins for CI', kinds: ['work', 'unknown', 'yes-no'], ...unknown(['yes']) },
    // Later.
    { agent: 'agent_work', say: 'Update: Pelican side UAT got delayed so Tidewater deadline is shifted to 15th July now.', chat: 'chat-2' },
    { agent: 'agent_personal', say: 'Sold the Swift finally! Now I am having a Hyundai Creta, grey colour, diesel.', chat: 'chat-2' },
    { agent: 'agent_work', ask: 'tidewater go-live date is when now', kinds: ['work', 'update'], ...known([['15', '15th', 'fifteenth'], ['July', 'Jul']], ['June']) },
    { agent: 'agent_personal', ask: 'remind me which vehicle I am having', kinds: ['vehicle', 'update'], ...known([['Creta', 'Hyundai']], ['Swift', 'Maruti']) },
    { agent: 'agent_work', say: 'Big news, I resigned from Kestrel. From 1st of this month I have joined Nimbus Analytics as Engineering Manager. Very excited and little scared also.', chat: 'chat-3' },
    { agent: 'agent_work', ask: 'which company I am working for at present and what is my designation', kinds: ['employer', 'job', 'job-change', 'update', 'compound'], ...known([['Nimbus'], ['Engineering Manager']], ['Kestrel', 'Senior Software Engineer']) },
    { agent: 'agent_work', ask: 'do I still work at Kestrel', kinds: ['employer', 'job-change', 'yes-no'], ...no({ accept: ['Nimbus', 'left', 'resigned', 'moved'] }) },
  ],
};
