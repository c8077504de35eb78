import { known, no, unknown } from '../score';
import type { MultiAgentPersona } from '../types';

/**
 * A German product manager with slightly formal, non-native English. She keeps her weekends with
 * the personal agent and her job with the work agent; each must not know what she told the other.
 */
export const lena: MultiAgentPersona = {
  id: 'lena',
  about: 'PM at Siemens Healthineers; painter and surfer; formal non-native English; checks agent isolation',
  demo: 'multi-agent',
  steps: [
    { agent: 'agent_personal', say: 'Hi, I am Lena. On weekends I paint and I surf, if the weather lets me.' },
    { agent: 'agent_personal', say: 'My partner Jonas and I have a little boy, Emil, he is 3.' },
    { agent: 'agent_personal', say: 'I am learning Portuguese because we want to surf in Portugal next year.' },
    { agent: 'agent_personal', say: "I absolutely love spicy food but I can't stand mushrooms." },
    { agent: 'agent_work', say: "Hello, I'm Lena, I work as a product manager at Siemens Healthineers in Erlangen." },
    { agent: 'agent_work', say: 'My team standup is every day at 9:15 and I have a 1:1 with my manager Petra on Thursdays.' },
    { agent: 'agent_work', say: 'Currently I am leading the MRI scheduling app project, the deadline is end of March.' },
    { agent: 'agent_personal', ask: 'What do I do on the weekends?', kinds: ['hobby'], ...known([['paint', 'painting', 'paints'], ['surf', 'surfing', 'surfs']]) },
    { agent: 'agent_personal', ask: "What is my son's name?", kinds: ['family'], ...known([['Emil']]) },
    { agent: 'agent_personal', ask: 'How old is Emil?', kinds: ['family', 'age'], ...known([['3', 'three']]) },
    { agent: 'agent_personal', ask: 'Which language am I picking up?', kinds: ['language'], ...known([['Portuguese']]) },
    { agent: 'agent_personal', ask: 'Do I like mushrooms?', kinds: ['dislikes', 'yes-no'], ...no() },
    { agent: 'agent_personal', ask: 'What kind of food do I love?', kinds: ['likes'], ...known([['spicy']]) },
    { agent: 'agent_work', ask: 'What is my role?', kinds: ['job'], ...known([['product manager', 'PM']]) },
    { agent: 'agent_work', ask: 'Who is my manager?', kinds: ['work'], ...known([['Petra']]) },
    { agent: 'agent_work', ask: 'When is my standup?', kinds: ['routine', 'work'], ...known([['9:15', '9.15', 'quarter past nine']]) },
    { agent: 'agent_work', ask: 'Which project am I leading?', kinds: ['work'], ...known([['MRI']]) },
    { agent: 'agent_work', ask: 'What is my name?', kinds: ['name'], ...known([['Lena']]) },
    // Isolation: the same user, but the other agent was never told.
    { agent: 'agent_work', ask: 'What do I like doing on weekends?', kinds: ['isolation', 'unknown', 'hobby'], ...unknown(['paint*', 'surf*']) },
    { agent: 'agent_work', ask: 'What is my son called?', kinds: ['isolation', 'unknown', 'family'], ...unknown(['Emil', 'Jonas']) },
    { agent: 'agent_personal', ask: 'Where do I work?', kinds: ['isolation', 'unknown', 'employer'], ...unknown(['Siemens', 'Healthineers']) },
    { agent: 'agent_personal', ask: "Who's my manager?", kinds: ['isolation', 'unknown', 'work'], ...unknown(['Petra']) },
    { agent: 'agent_personal', ask: 'Which city do I live in?', kinds: ['isolation', 'unknown', 'home'], ...unknown(['Erlangen']) },
    { agent: 'agent_work', chat: 'chat-2', say: 'Quick update: the deadline for the MRI project moved to mid April.' },
    { agent: 'agent_work', ask: 'When is the MRI project deadline?', kinds: ['work', 'update'], ...known([['April']], ['March']) },
  ],
};
