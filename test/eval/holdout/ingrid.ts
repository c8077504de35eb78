import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A Norwegian architect: short plain sentences, Norwegian letters (ø), "Hei". Family, allergies
 * and winters to the personal agent; her firm, project and boss to the work agent; she gets
 * promoted and stops drinking coffee.
 */
export const ingrid: MultiAgentPersona = {
  id: 'h-ingrid',
  about: 'architect at Snøhetta in Oslo, from Tromsø; plain short sentences; promoted to project lead; cat allergy; coffee → none',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Hei! Ingrid here. I live in Oslo, but I am from Tromsø, far up north.' },
    { agent: 'agent_personal', say: 'I am allergic to cats. Sad, because my daughter Solveig wants one so badly.' },
    { agent: 'agent_personal', say: 'Solveig is 10 and my son Anders is 12.' },
    { agent: 'agent_personal', say: 'In winter I go cross-country skiing every Sunday morning.' },
    { agent: 'agent_personal', say: 'I sing alto in a choir. We practise on Mondays.' },
    { agent: 'agent_personal', say: 'I take my coffee black. Far too many cups.' },
    { agent: 'agent_personal', say: 'I do not eat pork.' },
    { agent: 'agent_personal', say: 'No car for us. I ride an electric cargo bike everywhere.' },
    { agent: 'agent_work', say: 'I am an architect at Snøhetta. Mostly public buildings.' },
    { agent: 'agent_work', say: 'Right now I am designing a new public library for Bergen. The competition deadline is 15 June.' },
    { agent: 'agent_work', say: 'We model in Revit, but honestly I like Rhino better, it is much more flexible.' },
    { agent: 'agent_work', say: 'My boss is Kjetil. We have a check-in every Wednesday at 10.' },
    { agent: 'agent_personal', ask: 'Do you remember my name?', kinds: ['name'], ...known([['Ingrid']], ['Hei']) },
    { agent: 'agent_personal', ask: 'Where do I live at the moment?', kinds: ['home', 'compound'], ...known([['Oslo']]) },
    { agent: 'agent_personal', ask: 'Where up north do I come from?', kinds: ['hometown', 'compound'], ...known([['Tromsø', 'Tromso']]) },
    { agent: 'agent_personal', ask: 'Which animal am I allergic to?', kinds: ['allergy', 'compound'], ...known([['cat', 'cats']]) },
    { agent: 'agent_personal', ask: 'Tell me the names of my children.', kinds: ['family'], ...known([['Solveig'], ['Anders']]) },
    { agent: 'agent_personal', ask: 'How old is Anders?', kinds: ['family', 'age', 'compound'], ...known([['12', 'twelve']]) },
    { agent: 'agent_personal', ask: 'What do I do on Sunday mornings in winter?', kinds: ['hobby', 'routine'], ...known([['ski*']]) },
    { agent: 'agent_personal', ask: 'Which voice do I sing in the choir?', kinds: ['hobby'], ...known([['alto']]) },
    { agent: 'agent_personal', ask: 'How do I drink my coffee?', kinds: ['drink'], ...known([['black']]) },
    { agent: 'agent_personal', ask: 'Is pork something I eat?', kinds: ['diet', 'yes-no'], ...no() },
    { agent: 'agent_personal', ask: 'Do I own a car?', kinds: ['vehicle', 'yes-no'], ...no({ accept: ['cargo bike', 'bike'] }) },
    { agent: 'agent_work', ask: 'Which firm am I with?', kinds: ['employer'], ...known([['Snøhetta', 'Snohetta']]) },
    { agent: 'agent_work', ask: 'What building am I designing at the moment?', kinds: ['work'], ...known([['library']]) },
    { agent: 'agent_work', ask: 'When is the competition deadline?', kinds: ['work', 'compound'], ...known([['15 June', 'June 15', '15th of June', 'June 15th', '15.06']]) },
    { agent: 'agent_work', ask: 'Do I like Revit better than Rhino?', kinds: ['likes', 'yes-no'], ...no({ accept: ['prefer Rhino', 'like Rhino better', 'Rhino better'] }) },
    { agent: 'agent_work', ask: "Who's my boss?", kinds: ['work'], ...known([['Kjetil']]) },
    { agent: 'agent_work', ask: 'On which day do I have my check-in?', kinds: ['work', 'routine', 'compound'], ...known([['Wednesday*']]) },
    // Isolation: the same user, but each agent only knows its own side.
    { agent: 'agent_work', ask: 'What are my children called?', kinds: ['isolation', 'unknown', 'family'], ...unknown(['Solveig', 'Anders']) },
    { agent: 'agent_work', ask: 'Do I have any allergies?', kinds: ['isolation', 'unknown', 'allergy'], ...unknown(['cat', 'cats']) },
    { agent: 'agent_personal', ask: 'What is the name of my boss?', kinds: ['isolation', 'unknown', 'work'], ...unknown(['Kjetil']) },
    { agent: 'agent_personal', ask: 'Which architecture firm employs me?', kinds: ['isolation', 'unknown', 'employer'], ...unknown(['Snøhetta', 'Snohetta']) },
    { agent: 'agent_work', chat: 'chat-2', say: 'Good news. I got promoted. I am now project lead for the Bergen library.' },
    { agent: 'agent_work', ask: "What's my position since the promotion?", kinds: ['job', 'job-change', 'update'], ...known([['project lead', 'lead']]) },
    { agent: 'agent_personal', chat: 'chat-2', say: 'I gave up coffee after all. Doctor said my heart does not like it.' },
    { agent: 'agent_personal', ask: 'Do I still drink coffee?', kinds: ['drink', 'retraction', 'yes-no'], ...no({ accept: ['gave up', 'given up'] }) },
  ],
};
