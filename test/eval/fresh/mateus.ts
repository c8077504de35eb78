import { NOTHING_YET, known, unknown } from '../score';
import type { PersistencePersona } from '../types';
import { ASKS_FOR_NUMBER, CLOSED_DONE, ESCALATED_DONE } from '../action-checks';

/**
 * A Brazilian wedding photographer: non-native English with dropped articles, wrong tenses,
 * typos and CAPS when stressed. His editing licence will not activate on a new laptop; he
 * corrects his plan; a second ticket about a renewal charge must not know the laptop.
 */
export const mateus: PersistencePersona = {
  id: 'f-mateus',
  about: 'wedding photographer in Curitiba; LumaEdit licence will not activate (ACT-409); non-native English, typos, CAPS; gives his ticket number; corrects plan Pro → Studio; second ticket about a renewal charge',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_77402', say: 'hello, I am Mateus Oliveira, photographer from Curitiba. my LumaEdit licence DONT activate on the new macbook, it say error ACT-409 every time' },
    { ticket: 'support_ticket_77402', say: 'ticket number is 77402. is a MacBook Pro M3, macOS Sonoma 14.4, and LumaEdit version 6.1' },
    { ticket: 'support_ticket_77402', say: 'I have wedding on saturday and need to edit 2000 photos, is URGENT!!' },
    { ticket: 'support_ticket_77402', say: 'i try already: sign out and sign in again, deactivate the old laptop in my account page, and turn off the VPN' },
    { ticket: 'support_ticket_77402', say: 'also i install again the app from zero, same error. my plan is the Pro plan btw' },
    { ticket: 'support_ticket_77402', ask: 'what is the error i get?', kinds: ['support'], ...known([['ACT-409', '409']]) },
    { ticket: 'support_ticket_77402', ask: 'tell me again what i try until now', kinds: ['support', 'compound'], ...known([['sign*', 'log*'], ['deactivat*', 'old laptop'], ['VPN'], ['reinstall*', 'install*']]) },
    { ticket: 'support_ticket_77402', ask: 'wich mac i have?', kinds: ['support', 'compound'], ...known([['MacBook Pro', 'M3']]) },
    { ticket: 'support_ticket_77402', ask: 'why is this urgent for me?', kinds: ['support'], ...known([['wedding', 'Saturday', '2000', '2,000']]) },
    { ticket: 'support_ticket_77402', ask: 'what version of macos i am on?', kinds: ['support', 'compound'], ...known([['14.4', 'Sonoma']]) },
    { ticket: 'support_ticket_77402', say: 'ah sorry, my plan is Studio, not Pro. i confuse with the macbook name haha' },
    { ticket: 'support_ticket_77402', ask: 'which plan i am on?', kinds: ['support', 'update'], ...known([['Studio']], ['Pro plan']) },
    { ticket: 'support_ticket_77402', ask: 'please pass this to someone senior, i cannot wait more', kinds: ['support'], ...known([ESCALATED_DONE], ASKS_FOR_NUMBER) },
    { ticket: 'support_ticket_77402', ask: 'ok is working now!! you can close it, obrigado', kinds: ['support'], ...known([CLOSED_DONE], ASKS_FOR_NUMBER) },
    // A new ticket, a new thread: nothing from the activation ticket.
    { ticket: 'support_ticket_77455', say: 'other problem: you charge my card 239 dollars for auto renew of the annual plan but i cancel it in january' },
    { ticket: 'support_ticket_77455', ask: 'what i tried for this one?', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['VPN', 'sign out', 'reinstall*', 'deactivat*'] },
    { ticket: 'support_ticket_77455', ask: 'how much you charged me?', kinds: ['support'], ...known([['239']]) },
    { ticket: 'support_ticket_77455', ask: 'what is the problem in this ticket?', kinds: ['support', 'isolation'], ...known([['charg*', 'renew*', 'refund*', 'billing', 'bill*']], ['ACT-409', 'MacBook', '77402']) },
    { ticket: 'support_ticket_77455', ask: 'which macbook i use?', kinds: ['support', 'isolation', 'unknown'], ...unknown(['MacBook Pro', 'M3']) },
  ],
};
