import { known, unknown } from '../score';
import type { PersistencePersona } from '../types';
import { ESCALATED, yesOr } from './expect';

/**
 * A retired, very polite British gentleman who writes in full, formal sentences. His fibre
 * broadband drops every evening with a PPP 691 error; the wireless then vanishes and comes back
 * after a channel change, and he gives a new address for the engineer. A second ticket about a
 * double charge checks nothing leaks.
 */
export const gerald: PersistencePersona = {
  id: 'pb-gerald',
  about: 'Halberd Hub 5 on Fibre 150, account HB-6620-418, evening drops, orange Broadband light, PPP 691; tried restart, new cable, test socket; wifi gone then fixed by channel; address 14 Larch Close → 3 Mill Lane; 2nd ticket £32.50 charged twice',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: 'Good afternoon. I should be grateful for some assistance with my broadband service, which has become most unreliable over the past fortnight.' },
    { ticket: 'support_ticket_1', say: 'My account number is HB-6620-418. I am on the Fibre 150 package, and the router is the Halberd Hub 5 which your engineer installed in September.' },
    { ticket: 'support_ticket_1', say: 'The connection drops almost every evening, generally between eight o\'clock and half past nine, and stays down for perhaps twenty minutes at a time.' },
    { ticket: 'support_ticket_1', say: "When this happens, the light marked 'Broadband' on the front of the router flashes orange, and the status page reports 'PPP authentication failed (691)'." },
    { ticket: 'support_ticket_1', say: 'I have restarted the router on numerous occasions, replaced the grey cable into the wall socket with a new one, and tried the test socket behind the faceplate, all to no avail.' },
    { ticket: 'support_ticket_1', ask: 'Would you kindly remind me which steps I have already taken?', kinds: ['support'], ...known([['restart*', 'reboot*'], ['cable'], ['test socket', 'faceplate']]) },
    { ticket: 'support_ticket_1', ask: "What error did the router's status page report?", kinds: ['support'], ...known([['691', 'PPP', 'authentication']]) },
    { ticket: 'support_ticket_1', ask: 'At roughly what time of day do the dropouts tend to occur?', kinds: ['support'], ...known([['evening*', 'eight', '8', '20:00', 'nine', '9', '21:30']]) },
    { ticket: 'support_ticket_1', ask: 'Which broadband package am I on?', kinds: ['support'], ...known([['Fibre 150', 'Fiber 150', '150']]) },
    { ticket: 'support_ticket_1', ask: 'Might I have my account number read back to me?', kinds: ['support'], ...known([['HB-6620-418', '6620-418', '6620']]) },
    { ticket: 'support_ticket_1', ask: 'What colour was the light that flashes?', kinds: ['support'], ...known([['orange', 'amber']]) },
    { ticket: 'support_ticket_1', ask: 'And which router have I got, for the record?', kinds: ['support'], ...known([['Halberd', 'Hub 5']]) },
    { ticket: 'support_ticket_1', say: 'I ought to mention that since this morning the wireless network has stopped appearing on my laptop altogether, although the wired desktop still connects whenever the line is up.' },
    { ticket: 'support_ticket_1', say: 'Furthermore, I am moving house on the 28th. Any engineer visit ought to be to my new address, 3 Mill Lane, Frome, BA11 2QT, rather than 14 Larch Close.' },
    { ticket: 'support_ticket_1', ask: 'Please summarise the fault as it now stands.', kinds: ['support', 'update'], ...known([['drop*', 'disconnect*', '691', 'PPP', 'orange'], ['wireless', 'wifi', 'wi-fi', 'wi fi', 'laptop']]) },
    { ticket: 'support_ticket_1', ask: 'To which address should the engineer be sent?', kinds: ['support', 'update'], ...known([['Mill Lane', 'BA11']], ['Larch']) },
    { ticket: 'support_ticket_1', ask: 'I think it best that this be passed to someone more senior; could you arrange that?', kinds: ['support'], ...ESCALATED },
    { ticket: 'support_ticket_1', say: 'Thank you. I should add that a friend suggested changing the wireless channel; I did so, and the wireless network has reappeared on the laptop.' },
    { ticket: 'support_ticket_1', ask: 'Is the wireless problem resolved, then?', kinds: ['support', 'update', 'yes-no'], ...yesOr(['resolved', 'fixed', 'reappeared', 'back', 'appears', 'sounds like it']) },
    { ticket: 'support_ticket_2', say: 'A separate matter, if I may: my March bill shows a charge of £32.50 taken twice on the 4th, and I should like one of them refunded.' },
    { ticket: 'support_ticket_2', ask: 'How much was I charged twice?', kinds: ['support'], ...known([['32.50', '32.5']]) },
    { ticket: 'support_ticket_2', ask: 'What router did I tell you I use?', kinds: ['isolation', 'unknown'], ...unknown(['Halberd', 'Hub 5']) },
  ],
};
