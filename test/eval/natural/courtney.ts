import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A product manager and mother of twins who writes long run-on messages that pack several
 * facts into one breath, with few full stops. Her launch date slips, the family changes car,
 * and she asks to forget her pottery class.
 */
export const courtney: MultiAgentPersona = {
  id: 'n-courtney',
  about: 'PM at Fernhill Health in Columbus, from Savannah; verbose run-on sentences; launch March 14 → April 2; Subaru → Kia; forgets pottery',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: "so hi I'm Courtney and I'm kind of a talker so bear with me, I live in Columbus Ohio now with my husband Marcus and our twins Lily and Owen who just turned four, but I actually grew up in Savannah and only moved up here for grad school like ten years ago" },
    { agent: 'agent_personal', say: "food wise I'm vegan which is honestly easier than people think, and the only real allergy I have is sesame which is so annoying because it's in everything, hummus, tahini, bagels, all of it" },
    { agent: 'agent_personal', say: 'on weekends I do pottery, I have a wheel class every Saturday morning at 10 and I am slowly getting better at bowls although my mugs still come out kind of lopsided' },
    { agent: 'agent_personal', say: "I'm not a fan of horror movies at all, Marcus loves them and I just hide behind a pillow the whole time, give me a rom-com any day" },
    { agent: 'agent_personal', say: 'oh and we adopted a retired racing greyhound called Bolt who is honestly the laziest dog alive, he sleeps like 20 hours a day' },
    { agent: 'agent_personal', say: "I've been learning sign language, ASL, for about a year because my nephew is deaf and I want to be able to actually talk with him" },
    { agent: 'agent_personal', say: 'we drive a blue Subaru Outback because with two car seats and a giant dog nothing else fits' },
    { agent: 'agent_work', say: "ok work stuff, I'm a senior product manager at Fernhill Health and right now I'm leading Project Lantern, which is the redesign of our patient portal, and the launch deadline is March 14 which feels terrifyingly close" },
    { agent: 'agent_work', say: "my manager is Gloria Huang, she's the VP of product, and I have a one on one with her every Wednesday at 11 which is usually the best meeting of my week" },
    { agent: 'agent_work', say: "my team is six people, four engineers plus a designer named Tobias and one QA person, and we do standup every morning at 9:30 which I try hard to keep under fifteen minutes" },
    { agent: 'agent_work', say: 'we track everything in Jira and do all the designs in Figma and the docs live in Confluence, which nobody reads but whatever' },
    { agent: 'agent_work', say: 'this week my main task is writing the PRD for the new appointment reminders feature so engineering can start estimating it' },
    { agent: 'agent_personal', ask: 'how many kids have I got and how old are they', kinds: ['family', 'age', 'compound'], ...known([['two', '2', 'twins'], ['4', 'four']]) },
    { agent: 'agent_personal', ask: 'what are the twins called again', kinds: ['family', 'compound'], ...known([['Lily'], ['Owen']]) },
    { agent: 'agent_personal', ask: 'who is Marcus', kinds: ['family', 'compound'], ...known([['husband', 'spouse', 'partner']]) },
    { agent: 'agent_personal', ask: 'what city am I based in', kinds: ['home', 'compound'], ...known([['Columbus']]) },
    { agent: 'agent_personal', ask: 'where did I spend my childhood years', kinds: ['hometown', 'compound'], ...known([['Savannah']]) },
    { agent: 'agent_personal', ask: 'is tahini safe for me', kinds: ['allergy', 'yes-no'], ...no({ accept: ['sesame', 'allerg*'] }) },
    { agent: 'agent_personal', ask: 'how would you describe the way I eat', kinds: ['diet'], ...known([['vegan']]) },
    { agent: 'agent_personal', ask: 'what kind of films do I avoid', kinds: ['dislikes'], ...known([['horror']]) },
    { agent: 'agent_personal', ask: 'what breed is our dog', kinds: ['pet'], ...known([['greyhound']]) },
    { agent: 'agent_personal', ask: "what's the dog's name", kinds: ['pet'], ...known([['Bolt']]) },
    { agent: 'agent_personal', ask: 'which language have I been studying', kinds: ['language'], ...known([['ASL', 'sign language', 'American Sign Language']]) },
    { agent: 'agent_work', ask: 'which project am I leading right now', kinds: ['work'], ...known([['Lantern']]) },
    { agent: 'agent_work', ask: 'who do I report to', kinds: ['work'], ...known([['Gloria']]) },
    { agent: 'agent_work', ask: "when's my weekly catch-up with my boss", kinds: ['work', 'routine'], ...known([['Wednesday*'], ['11']]) },
    { agent: 'agent_work', ask: 'how big is my team', kinds: ['work'], ...known([['6', 'six']]) },
    { agent: 'agent_work', ask: 'what time is the daily standup', kinds: ['work', 'routine'], ...known([['9:30', '9.30', 'half past nine']]) },
    { agent: 'agent_work', ask: 'where do we track our tickets', kinds: ['work'], ...known([['Jira']]) },
    { agent: 'agent_work', ask: "what's on my plate this week", kinds: ['work'], ...known([['PRD', 'reminder*', 'requirements']]) },
    // Later.
    { agent: 'agent_work', say: 'ugh so the Lantern launch got pushed because of a security review, the new date is April 2', chat: 'chat-2' },
    { agent: 'agent_work', ask: 'when is Lantern launching now', kinds: ['work', 'update'], ...known([['April'], ['2', 'second', '2nd']], ['March 14']) },
    { agent: 'agent_personal', say: 'also we finally sold the Subaru and got a Kia Carnival minivan, the sliding doors are a game changer with the twins', chat: 'chat-2' },
    { agent: 'agent_personal', ask: 'what car do we have these days', kinds: ['vehicle', 'update'], ...known([['Kia', 'Carnival', 'minivan']], ['Subaru']) },
    { agent: 'agent_personal', forget: 'pottery' },
    { agent: 'agent_personal', ask: 'what do I do on saturday mornings', kinds: ['forget', 'routine', 'hobby'], ...unknown(['pottery', 'wheel']) },
    { agent: 'agent_work', ask: "what's my salary", kinds: ['unknown', 'work'], ...unknown() },
    { agent: 'agent_personal', ask: "what's my mom's name", kinds: ['unknown', 'family'], ...unknown(['Lily', 'Gloria']) },
  ],
};
