import { NOTHING_YET, known } from '../score';
import type { PersistencePersona } from '../types';

/**
 * A home-internet customer who explains his problem and what he tried, step by step, then opens
 * a second ticket about something else. The support agent's memory is per thread, so questions
 * are asked inside the ticket they are about, and the second ticket must not know the first.
 */
export const carlos: PersistencePersona = {
  id: 'carlos',
  about: 'internet keeps dropping; plain, polite; corrects the interval; second ticket about an invoice',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_48213', say: "Hi, I'm Carlos. My internet keeps dropping every 20 minutes or so since Monday." },
    { ticket: 'support_ticket_48213', say: 'The router is a Netgear Nighthawk R7000, the lights go orange when it drops.' },
    { ticket: 'support_ticket_48213', say: 'I already restarted the router a bunch of times.' },
    { ticket: 'support_ticket_48213', say: "I also tried a different ethernet cable, didn't help." },
    { ticket: 'support_ticket_48213', say: 'And I updated the firmware last night, still the same.' },
    { ticket: 'support_ticket_48213', ask: 'What have I tried so far?', kinds: ['support'], ...known([['restart*', 'reboot*'], ['cable'], ['firmware']]) },
    { ticket: 'support_ticket_48213', ask: 'Which router do I have again?', kinds: ['support'], ...known([['Nighthawk', 'R7000', 'Netgear']]) },
    { ticket: 'support_ticket_48213', ask: 'Can you summarize my issue?', kinds: ['support'], ...known([['drop*', 'disconnect*', 'cuts out', 'goes down']]) },
    { ticket: 'support_ticket_48213', ask: "What's my name?", kinds: ['name', 'support'], ...known([['Carlos']]) },
    { ticket: 'support_ticket_48213', say: "Oh sorry, it's every 10 minutes now, it's getting worse." },
    { ticket: 'support_ticket_48213', ask: 'How often does my connection drop?', kinds: ['support', 'update'], ...known([['10', 'ten']], ['20', 'twenty']) },
    { ticket: 'support_ticket_48213', ask: 'Can you escalate this?', kinds: ['support'], ...known([['escalat*']]) },
    { ticket: 'support_ticket_48213', ask: 'Please close the ticket.', kinds: ['support'], ...known([['close*', 'closing']]) },
    // A new ticket is a new thread with its own memory: nothing from the router ticket.
    { ticket: 'support_ticket_48290', say: 'New issue: my invoice for March shows the wrong amount, 59 euros instead of 39.' },
    { ticket: 'support_ticket_48290', ask: 'What have I tried so far?', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['router', 'firmware', 'cable', 'restart*'] },
    { ticket: 'support_ticket_48290', ask: 'summarize my problem', kinds: ['support'], ...known([['invoice', 'billing', 'bill'], ['59']], ['router', 'firmware']) },
  ],
};
