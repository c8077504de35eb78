import { known, no, unknown, yes } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A backend developer who types terse lowercase one-liners with abbreviations ("mgr", "rn",
 * "2wk"). He quits keto, trades his Civic for a Tacoma, his task slips, and he changes job.
 */
export const tyler: MultiAgentPersona = {
  id: 'pa-tyler',
  about: 'Backend dev at Quillbyte → senior backend engineer at Ferrous Labs; Denver, from Omaha; 27; terse lowercase; keto → quit; Civic → Tacoma; rate limiter due Fri → Wed',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'tyler. ty works' },
    { agent: 'agent_personal', say: '27. live in denver, from omaha originally' },
    { agent: 'agent_personal', say: 'doing keto rn' },
    { agent: 'agent_personal', say: 'drive a 2011 civic' },
    { agent: 'agent_work', say: 'backend dev @ quillbyte' },
    { agent: 'agent_work', say: 'mgr is priyanka. team of 4 incl me' },
    { agent: 'agent_work', say: 'stack: go, postgres, datadog. tickets in linear' },
    { agent: 'agent_work', say: '2wk sprints, current one ends thurs. standup 10:15 every day' },
    { agent: 'agent_work', say: 'oncall rotation: me next week, mon-sun' },
    { agent: 'agent_work', say: 'current task: rate limiter for the public api, due fri' },
    { agent: 'agent_personal', ask: 'what do ppl call me', kinds: ['name'], ...known([['Ty', 'Tyler']]) },
    { agent: 'agent_personal', ask: 'my age?', kinds: ['age'], ...known([['27', 'twenty-seven', 'twenty seven']]) },
    { agent: 'agent_personal', ask: 'where do i live and where am i from', kinds: ['home', 'hometown', 'compound'], ...known([['Denver'], ['Omaha']]) },
    { agent: 'agent_work', ask: 'who do i report to rn', kinds: ['work'], ...known([['Priyanka']]) },
    { agent: 'agent_work', ask: "how big's my team", kinds: ['work'], ...known([['4', 'four']]) },
    { agent: 'agent_work', ask: 'whens standup', kinds: ['work', 'routine'], ...known([['10:15', '10.15', 'quarter past ten']]) },
    { agent: 'agent_work', ask: 'sprint ends what day', kinds: ['work'], ...known([['Thursday', 'Thurs', 'Thu']]) },
    { agent: 'agent_work', ask: 'what am i working on', kinds: ['work'], ...known([['rate limit*']]) },
    { agent: 'agent_work', ask: 'am i on call next week', kinds: ['work', 'yes-no'], ...yes() },
    { agent: 'agent_work', ask: 'do we use jira', kinds: ['work', 'yes-no'], ...no({ accept: ['Linear'] }) },
    // Later.
    { agent: 'agent_personal', say: 'update: quit keto, eating carbs again lol. also sold the civic, got a tacoma', chat: 'chat-2' },
    { agent: 'agent_work', say: 'rate limiter slipped. due next wed now', chat: 'chat-2' },
    { agent: 'agent_personal', ask: 'am i still on keto', kinds: ['diet', 'update', 'yes-no'], ...no({ accept: ['carbs'] }) },
    { agent: 'agent_personal', ask: 'remind me what i drive', kinds: ['vehicle', 'update'], ...known([['Tacoma', 'Toyota']], ['Civic']) },
    { agent: 'agent_work', ask: "when's the rate limiter due", kinds: ['work', 'update'], ...known([['Wednesday', 'Wed']], ['Friday', 'Fri']) },
    { agent: 'agent_work', say: 'left quillbyte. started at ferrous labs last monday, senior backend engineer', chat: 'chat-3' },
    { agent: 'agent_work', ask: "where'm i working now and what's my title", kinds: ['employer', 'job', 'job-change', 'update', 'compound'], ...known([['Ferrous'], ['senior']], ['Quillbyte']) },
    { agent: 'agent_personal', ask: "what's my gf's name", kinds: ['unknown', 'family'], ...unknown() },
  ],
};
