import { NOTHING_YET, known, unknown } from '../score';
import type { PersistencePersona } from '../types';
import { CLOSED, ESCALATED } from './checks';

/**
 * An e-bike owner: cheerful, "!!", "pls", "thx", "u", emoji; she mixes up her bike with her
 * husband's. A second ticket about the newsletter must not know the bike.
 */
export const fatima: PersistencePersona = {
  id: 'h-fatima',
  about: "e-bike battery won't charge; cheerful shorthand and emoji; corrects VoltRide 700 → 500; second ticket about a newsletter",
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_62207', say: "hi there!! Fatima here, my VoltRide 700 e-bike battery won't charge, the light on the charger just blinks red 🔴" },
    { ticket: 'support_ticket_62207', say: 'bought it 14 months ago in ur Rotterdam store' },
    { ticket: 'support_ticket_62207', say: 'tried another socket, cleaned the contacts with a dry cloth and left it plugged in all night. nothing!!' },
    { ticket: 'support_ticket_62207', say: "also tested it with my friend's charger, same red blinking" },
    { ticket: 'support_ticket_62207', say: 'the display on the handlebar says 0% even after charging' },
    { ticket: 'support_ticket_62207', ask: "pls sum up what's wrong", kinds: ['support'], ...known([['battery'], ['charg*']]) },
    { ticket: 'support_ticket_62207', ask: 'which things have i tested so far?', kinds: ['support', 'compound'], ...known([['socket', 'outlet'], ['contact*', 'clean*'], ['overnight', 'all night', 'night'], ['friend*']]) },
    { ticket: 'support_ticket_62207', ask: 'what colour is the light blinking', kinds: ['support'], ...known([['red']]) },
    { ticket: 'support_ticket_62207', ask: 'what does the handlebar display show', kinds: ['support'], ...known([['0%', '0 %', 'zero', '0 percent']]) },
    { ticket: 'support_ticket_62207', say: "oops, it's the VoltRide 500 not the 700, the 700 is my husband's 🙈" },
    { ticket: 'support_ticket_62207', ask: 'which model do i own?', kinds: ['support', 'update'], ...known([['VoltRide 500', '500']], ['VoltRide 700']) },
    { ticket: 'support_ticket_62207', ask: 'how long ago did i buy it', kinds: ['support'], ...known([['14 months', 'fourteen months']]) },
    { ticket: 'support_ticket_62207', ask: 'which store did i get it from', kinds: ['support'], ...known([['Rotterdam']]) },
    { ticket: 'support_ticket_62207', ask: 'can u get a manager to look at this pls', kinds: ['support'], ...known([ESCALATED]) },
    { ticket: 'support_ticket_62207', ask: 'new battery arrived & it works!! thx, u can close this one', kinds: ['support'], ...known([CLOSED]) },
    // A new ticket, a new thread: nothing from the battery ticket.
    { ticket: 'support_ticket_62251', say: "diff thing: can't unsubscribe from ur newsletter, the link in the email gives a 404 error" },
    { ticket: 'support_ticket_62251', ask: 'what have i done about this one so far', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['socket', 'contact*', 'charger'] },
    { ticket: 'support_ticket_62251', ask: 'whats this ticket for', kinds: ['support', 'isolation'], ...known([['newsletter', 'unsubscrib*']], ['battery', 'VoltRide']) },
    { ticket: 'support_ticket_62251', ask: 'which e-bike do i have', kinds: ['support', 'isolation', 'unknown'], ...unknown(['VoltRide', '500', '700']) },
  ],
};
