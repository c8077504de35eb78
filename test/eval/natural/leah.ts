import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A 31-year-old data scientist who writes casually, mostly lowercase, with the odd missing
 * apostrophe. Her manager changes, she drops Italian and asks to forget her drink habit.
 */
export const leah: MultiAgentPersona = {
  id: 'n-leah',
  about: '31-year-old data scientist in Toronto, from Halifax; casual lowercase; manager Oren → Renée; quits Italian; forgets sparkling water',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'hi, leah here. i live in toronto but i grew up in halifax, came here for uni and never left' },
    { agent: 'agent_personal', say: "i'm 31 and share an apartment with my partner sam and our two cats, miso and tofu" },
    { agent: 'agent_personal', say: 'allergic to kiwi fruit, found that out the hard way on a first date lol' },
    { agent: 'agent_personal', say: 'im pescatarian, so fish yes, meat no' },
    { agent: 'agent_personal', say: 'i play violin in a community orchestra, rehearsals are tuesday nights at 7' },
    { agent: 'agent_personal', say: 'learning italian before our trip to rome in the fall' },
    { agent: 'agent_personal', say: 'big fan of thai food, but i really dont like mushrooms, the texture is just wrong' },
    { agent: 'agent_personal', say: 'i bike everywhere, dont own a car and dont want one' },
    { agent: 'agent_personal', say: 'i drink way too much sparkling water, like 4 cans a day' },
    { agent: 'agent_work', say: "i'm a data scientist at maplecrest bank, been there about 3 years" },
    { agent: 'agent_work', say: 'currently building a customer churn prediction model, the model review is due november 21' },
    { agent: 'agent_work', say: 'my manager is oren blake and we have our 1:1 on thursdays at 3pm' },
    { agent: 'agent_work', say: 'our stack is python, snowflake and dbt, code reviews happen in github' },
    { agent: 'agent_work', say: 'to do this week: clean up the feature pipeline and write up the validation results' },
    { agent: 'agent_personal', ask: 'what city do i call home these days', kinds: ['home'], ...known([['Toronto']]) },
    { agent: 'agent_personal', ask: 'which city was i raised in', kinds: ['hometown'], ...known([['Halifax']]) },
    { agent: 'agent_personal', ask: 'whats my age again', kinds: ['age', 'compound'], ...known([['31', 'thirty-one', 'thirty one']]) },
    { agent: 'agent_personal', ask: 'who do i live with', kinds: ['family', 'compound'], ...known([['Sam']]) },
    { agent: 'agent_personal', ask: 'what did we name the cats', kinds: ['pet', 'compound'], ...known([['Miso'], ['Tofu']]) },
    { agent: 'agent_personal', ask: 'which fruit do i need to stay away from', kinds: ['allergy'], ...known([['kiwi*']]) },
    { agent: 'agent_personal', ask: 'can i have chicken', kinds: ['diet', 'yes-no'], ...no({ accept: ['pescatarian', 'pescetarian'] }) },
    { agent: 'agent_personal', ask: 'when is orchestra practice', kinds: ['routine', 'hobby'], ...known([['Tuesday*'], ['7', 'seven']]) },
    { agent: 'agent_personal', ask: 'what do i play in the orchestra', kinds: ['instrument'], ...known([['violin']]) },
    { agent: 'agent_personal', ask: 'what language am i picking up', kinds: ['language'], ...known([['Italian']]) },
    { agent: 'agent_personal', ask: 'which food do i dislike', kinds: ['dislikes'], ...known([['mushroom*']]) },
    { agent: 'agent_personal', ask: 'what cuisine do i love', kinds: ['likes', 'favourite'], ...known([['Thai']]) },
    { agent: 'agent_personal', ask: 'do i drive anywhere', kinds: ['vehicle', 'yes-no'], ...no({ accept: ['bike*', 'cycl*', 'bicycle'] }) },
    { agent: 'agent_work', ask: 'which company do i work for rn', kinds: ['employer'], ...known([['Maplecrest']]) },
    { agent: 'agent_work', ask: 'what model am i building', kinds: ['work'], ...known([['churn']]) },
    { agent: 'agent_work', ask: 'when is my model review due', kinds: ['work'], ...known([['Nov*'], ['21', '21st']]) },
    { agent: 'agent_work', ask: 'who is my boss', kinds: ['work'], ...known([['Oren']]) },
    { agent: 'agent_work', ask: 'which data warehouse do we use', kinds: ['work'], ...known([['Snowflake']]) },
    { agent: 'agent_work', ask: 'what tasks have i got this week', kinds: ['work'], ...known([['pipeline', 'validation']]) },
    // Later.
    { agent: 'agent_work', say: 'so oren left the company, my new manager is renee dubois', chat: 'chat-2' },
    { agent: 'agent_work', ask: 'who am i reporting to now', kinds: ['work', 'update'], ...known([['Renee', 'Renée', 'Dubois']], ['Oren']) },
    { agent: 'agent_personal', say: "rome trip is cancelled so i'm not learning italian anymore", chat: 'chat-2' },
    { agent: 'agent_personal', ask: 'am i still studying italian', kinds: ['language', 'retraction', 'yes-no'], ...no({ accept: ['stopped', 'cancel*', 'quit'] }) },
    { agent: 'agent_personal', forget: 'sparkling' },
    { agent: 'agent_personal', ask: 'what do i drink loads of', kinds: ['forget', 'drink'], ...unknown(['sparkling']) },
    { agent: 'agent_work', ask: 'whats my employee id', kinds: ['unknown', 'work'], ...unknown() },
    { agent: 'agent_personal', ask: 'what does sam do for work', kinds: ['unknown', 'family'], ...unknown(['data scientist', 'Maplecrest']) },
  ],
};
