import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A 42-year-old project manager in Leeds who writes long run-on sentences with few full stops,
 * personal life to the personal agent and her insurance job to the work agent. Her manager
 * changes, her deadline slips and she gives up wine.
 */
export const gemma: MultiAgentPersona = {
  id: 's-gemma',
  about: '42-year-old project manager at Northgate Insurance in Leeds, from Cornwall; long run-on sentences; manager Colin → Priya; Atlas deadline 14 March → 2 May; gives up wine',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: "so hi I'm Gemma and I'm 42 and I live in Leeds with my husband Dave and our two kids, Ruby who's eleven and Sam who's seven, and honestly it's chaos most days but the good kind" },
    { agent: 'agent_personal', say: 'I grew up in a tiny village in Cornwall called St Mawes and I still miss the sea every single day even though Leeds has been home for about fifteen years now' },
    { agent: 'agent_personal', say: "I'm allergic to shellfish which is a real pain because Dave loves prawns so we end up doing two separate dinners whenever he cooks them" },
    { agent: 'agent_personal', say: "my big hobby is pottery, I go to a class every Wednesday evening at seven and I'm slowly getting less terrible at throwing bowls" },
    { agent: 'agent_personal', say: "I'm really not a fan of horror films, Dave keeps trying to get me to watch them and I just end up hiding behind a cushion the whole time" },
    { agent: 'agent_personal', say: "we've got a rescue greyhound called Biscuit who is the laziest creature alive and sleeps about twenty hours a day" },
    { agent: 'agent_personal', say: 'I drink far too much peppermint tea during the week and a glass of red wine is my little treat on a Friday night' },
    { agent: 'agent_work', say: "so work wise I'm a project manager at Northgate Insurance, been there about six years now and I mostly look after the claims system side of things" },
    { agent: 'agent_work', say: 'the big thing right now is the Atlas migration which is moving all our old claims data onto the new platform and it has to be live by the 14th of March or everyone will panic' },
    { agent: 'agent_work', say: "my manager is Colin Reeves, he's nice enough but he does love a last-minute change of plan" },
    { agent: 'agent_work', say: 'we have standup every morning at half nine on Teams and then a longer planning meeting on Monday afternoons at 2' },
    { agent: 'agent_work', say: 'my team is five developers and two testers and we track everything in Jira which I have a love hate relationship with' },
    { agent: 'agent_work', say: 'this week I need to finish the risk register and get the budget forecast over to finance by Thursday' },
    { agent: 'agent_personal', ask: 'remind me what my two kids are called', kinds: ['family', 'compound'], ...known([['Ruby'], ['Sam']]) },
    { agent: 'agent_personal', ask: "what's Sam's age?", kinds: ['family', 'age', 'compound'], ...known([['7', 'seven']]) },
    { agent: 'agent_personal', ask: 'whats my husbands name again', kinds: ['family', 'compound'], ...known([['Dave', 'David']]) },
    { agent: 'agent_personal', ask: 'which village do I come from?', kinds: ['hometown'], ...known([['St Mawes', 'Mawes', 'Cornwall']]) },
    { agent: 'agent_personal', ask: 'is there any seafood I have to stay away from?', kinds: ['allergy'], ...known([['shellfish', 'prawn*']]) },
    { agent: 'agent_personal', ask: 'what night is my pottery class on?', kinds: ['hobby', 'routine'], ...known([['Wednesday*']]) },
    { agent: 'agent_personal', ask: 'do I enjoy scary movies?', kinds: ['dislikes', 'yes-no'], ...no() },
    { agent: 'agent_personal', ask: 'what kind of dog is our lazy rescue?', kinds: ['pet'], ...known([['greyhound']]) },
    { agent: 'agent_work', ask: 'which company employs me?', kinds: ['employer'], ...known([['Northgate']]) },
    { agent: 'agent_work', ask: 'when is Atlas supposed to go live?', kinds: ['work'], ...known([['14', '14th', 'fourteenth'], ['March']]) },
    { agent: 'agent_work', ask: 'who is my manager at Northgate?', kinds: ['work'], ...known([['Colin']]) },
    { agent: 'agent_work', ask: 'what time is our daily standup?', kinds: ['work', 'routine'], ...known([['9:30', '9.30', 'half nine', 'half past nine', 'nine thirty']]) },
    { agent: 'agent_work', ask: 'what do we use to track our tickets?', kinds: ['work'], ...known([['Jira']]) },
    { agent: 'agent_work', ask: 'what have I got to send finance this week?', kinds: ['work'], ...known([['budget']]) },
    // Another day.
    { agent: 'agent_work', chat: 'chat-2', say: "quick update, Colin has moved to another department so I now report to Priya Shah, she started on Monday and seems really organised which makes a nice change" },
    { agent: 'agent_work', ask: "who's my line manager now?", kinds: ['work', 'update'], ...known([['Priya']], ['Colin']) },
    { agent: 'agent_work', chat: 'chat-2', say: "oh and the Atlas go-live got pushed back to the 2nd of May because the vendor is behind, so that's a relief honestly" },
    { agent: 'agent_work', ask: "what's the new go-live date for Atlas?", kinds: ['work', 'update'], ...known([['May']], ['14th', 'March']) },
    { agent: 'agent_personal', chat: 'chat-2', say: "I've actually given up red wine for the year, doing a sober challenge so it's alcohol-free beer on Fridays now" },
    { agent: 'agent_personal', ask: 'do I still have a glass of wine at the end of the week?', kinds: ['drink', 'retraction', 'yes-no'], ...no() },
    { agent: 'agent_personal', forget: 'pottery' },
    { agent: 'agent_personal', ask: 'what crafty hobby do I do?', kinds: ['forget', 'hobby'], ...unknown(['pottery']) },
    { agent: 'agent_personal', ask: "what's my mum's name?", kinds: ['unknown', 'family'], ...unknown() },
    { agent: 'agent_work', ask: 'how much budget does Atlas have?', kinds: ['unknown', 'work'], ...unknown() },
  ],
};
