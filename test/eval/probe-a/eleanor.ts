import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A formal British compliance head who writes full, punctuated sentences with semicolons and
 * courtesies. Her regulatory deadline is extended, she gives up caffeine, and she leaves
 * Marlow & Finch to become General Counsel at Saltmarsh Holdings.
 */
export const eleanor: MultiAgentPersona = {
  id: 'pa-eleanor',
  about: 'Head of Compliance at Marlow & Finch → General Counsel at Saltmarsh Holdings; "Nell"; 56; Bath, from Harrogate; formal British; FCA return 12 May → 2 June; Earl Grey → rooibos',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Good afternoon. My name is Eleanor Whitcombe-Hart. In correspondence I am Dr Whitcombe-Hart; my friends, however, call me Nell, and I should like you to do the same.' },
    { agent: 'agent_personal', say: 'I am fifty-six, and I reside in Bath, although I was born and raised in Harrogate, in North Yorkshire.' },
    { agent: 'agent_personal', say: 'I take my tea black (Earl Grey, no milk, no sugar), and I have a mild allergy to shellfish, so prawns are quite out of the question.' },
    { agent: 'agent_work', say: 'Professionally, I am Head of Compliance at Marlow & Finch, an investment management firm in the City. I travel up to London on Tuesdays and Wednesdays; for the remainder of the week I work from home.' },
    { agent: 'agent_work', say: 'I have a team of three analysts, and I report to the Chief Operating Officer, Mr Rupert Asquith.' },
    { agent: 'agent_work', say: 'The principal matter on my desk at present is the annual regulatory return to the FCA, which must be filed by 12 May.' },
    { agent: 'agent_work', say: 'The Risk Committee meets on the first Thursday of each month at ten o\'clock, and I present the compliance report to it.' },
    { agent: 'agent_work', say: 'Our documents are managed in iManage, and, regrettably, a great deal still happens by email.' },
    { agent: 'agent_personal', ask: 'By what name would I prefer to be addressed?', kinds: ['name'], ...known([['Nell']]) },
    { agent: 'agent_personal', ask: 'Would you remind me of my age?', kinds: ['age'], ...known([['56', 'fifty-six', 'fifty six']]) },
    { agent: 'agent_personal', ask: 'In which town was I raised, as I told you?', kinds: ['hometown'], ...known([['Harrogate']]) },
    { agent: 'agent_personal', ask: 'And where is home for me these days?', kinds: ['home'], ...known([['Bath']]) },
    { agent: 'agent_personal', ask: 'Might I take milk in my tea?', kinds: ['drink', 'yes-no'], ...no({ accept: ['black'] }) },
    { agent: 'agent_personal', ask: 'Would a prawn cocktail be a sensible starter for me?', kinds: ['allergy', 'yes-no'], ...no({ accept: ['shellfish', 'allerg*'] }) },
    { agent: 'agent_work', ask: 'To whom do I report?', kinds: ['work'], ...known([['Rupert', 'Asquith', 'Chief Operating Officer', 'COO']]) },
    { agent: 'agent_work', ask: 'How large is my team, if you recall?', kinds: ['work'], ...known([['3', 'three']]) },
    { agent: 'agent_work', ask: 'By when must the FCA return be filed?', kinds: ['work'], ...known([['12', '12th', 'twelfth'], ['May']]) },
    { agent: 'agent_work', ask: 'When does the Risk Committee sit?', kinds: ['work', 'routine', 'compound'], ...known([['Thursday'], ['10', 'ten']]) },
    { agent: 'agent_work', ask: 'On which days am I expected in London?', kinds: ['work', 'routine'], ...known([['Tuesday*'], ['Wednesday*']]) },
    // Later.
    { agent: 'agent_work', say: 'The FCA have granted us an extension: the regulatory return is now due on 2 June rather than in May.', chat: 'chat-2' },
    { agent: 'agent_personal', say: 'A small change of habit: my doctor has persuaded me to give up caffeine, so it is rooibos for me now instead of Earl Grey.', chat: 'chat-2' },
    { agent: 'agent_work', ask: 'What is the deadline for the regulatory return now?', kinds: ['work', 'update'], ...known([['2', '2nd', 'second'], ['June']], ['12 May', 'May 12', '12th May', '12th of May']) },
    { agent: 'agent_personal', ask: 'Which tea am I drinking these days?', kinds: ['drink', 'update'], ...known([['rooibos', 'redbush']], ['Earl Grey']) },
    { agent: 'agent_work', say: 'I have some news. I have now left Marlow & Finch and taken up the post of General Counsel at Saltmarsh Holdings; my first week has been rather a whirlwind.', chat: 'chat-3' },
    { agent: 'agent_work', ask: 'Which firm am I at these days?', kinds: ['employer', 'job-change', 'update'], ...known([['Saltmarsh']], ['Marlow', 'Finch']) },
    { agent: 'agent_work', ask: 'What is my present title?', kinds: ['job', 'job-change', 'update'], ...known([['General Counsel']], ['Head of Compliance']) },
    { agent: 'agent_work', ask: 'Am I still with Marlow & Finch?', kinds: ['employer', 'job-change', 'yes-no'], ...no({ accept: ['Saltmarsh', 'left'] }) },
    { agent: 'agent_personal', ask: 'What make of car do I drive?', kinds: ['unknown', 'vehicle'], ...unknown() },
  ],
};
