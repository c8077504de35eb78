import { NOTHING_YET, known, no, unknown } from '../score';
import type { PersistencePersona } from '../types';

/**
 * A polite, fairly long-winded customer whose new laptop stopped charging after a BIOS update.
 * A second ticket about a wrong-size sleeve, and a third, empty one, check nothing leaks.
 */
export const desmond: PersistencePersona = {
  id: 'n-desmond',
  about: 'Kestrel Aero 14 laptop not charging after BIOS 1.07 on Windows 11 23H2; order KS-558213; tried another charger, battery reset, driver; second ticket about a sleeve',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: 'Hi there, I bought a Kestrel Aero 14 laptop from your website about three weeks ago, order number KS-558213, and since yesterday it simply refuses to charge.' },
    { ticket: 'support_ticket_1', say: 'The battery icon in the corner says "plugged in, not charging" and it has been stuck at 12% all morning.' },
    { ticket: 'support_ticket_1', say: 'As far as I can tell it started right after the BIOS update to version 1.07 that popped up on Tuesday evening.' },
    { ticket: 'support_ticket_1', say: "It's running Windows 11 Home, version 23H2, with all the latest updates installed." },
    { ticket: 'support_ticket_1', say: "So far I've tried a different USB-C charger, the one from my work laptop, and that made no difference at all." },
    { ticket: 'support_ticket_1', say: 'I also did the battery reset with the little pinhole button underneath, and reinstalled the battery driver from Device Manager.' },
    { ticket: 'support_ticket_1', ask: 'Could you give me a quick summary of the problem so far?', kinds: ['support'], ...known([['charg*'], ['Aero', 'laptop', 'Kestrel', 'battery']]) },
    { ticket: 'support_ticket_1', ask: 'Which things have I already done to try to fix it?', kinds: ['support'], ...known([['charger', 'USB-C'], ['reset', 'driver*', 'pinhole']]) },
    { ticket: 'support_ticket_1', ask: 'What BIOS version is the laptop on now?', kinds: ['support'], ...known([['1.07']]) },
    { ticket: 'support_ticket_1', ask: 'Which version of Windows am I running?', kinds: ['support'], ...known([['23H2', 'Windows 11']]) },
    { ticket: 'support_ticket_1', ask: 'Sorry, what was my order number again?', kinds: ['support'], ...known([['KS-558213', '558213']]) },
    { ticket: 'support_ticket_1', ask: 'What exactly does the battery message say?', kinds: ['support'], ...known([['not charging']]) },
    { ticket: 'support_ticket_1', ask: 'What percentage is the battery stuck at?', kinds: ['support'], ...known([['12', 'twelve']]) },
    { ticket: 'support_ticket_1', say: "Quick update: I rolled the BIOS back to 1.05 using your recovery tool and it's charging normally again." },
    { ticket: 'support_ticket_1', ask: 'Which BIOS version have I got installed at the moment?', kinds: ['support', 'update'], ...known([['1.05']], ['1.07']) },
    { ticket: 'support_ticket_1', ask: 'Is the laptop still refusing to charge?', kinds: ['support', 'update', 'yes-no'], ...no({ accept: ['charging normally', 'charging again', 'working'] }) },
    { ticket: 'support_ticket_2', say: 'Separate matter: I ordered a laptop sleeve, order KS-560011, and it arrived in the wrong size, 13 inch instead of 14.' },
    { ticket: 'support_ticket_2', say: "I'd like to swap it rather than get a refund, if that's possible." },
    { ticket: 'support_ticket_2', ask: 'Which order is this ticket about?', kinds: ['support', 'isolation'], ...known([['KS-560011', '560011']], ['KS-558213', '558213']) },
    { ticket: 'support_ticket_2', ask: 'What size turned up?', kinds: ['support'], ...known([['13']]) },
    { ticket: 'support_ticket_2', ask: 'Do I want my money back?', kinds: ['support', 'yes-no'], ...no({ accept: ['swap', 'exchange', 'replacement'] }) },
    { ticket: 'support_ticket_2', ask: 'Which BIOS version did I mention?', kinds: ['isolation', 'unknown'], ...unknown(['1.07', '1.05']) },
    { ticket: 'support_ticket_3', ask: 'What have I attempted so far on this one?', kinds: ['isolation', 'support'], must: [NOTHING_YET], mustNot: ['charger', 'pinhole', 'driver', 'sleeve'] },
  ],
};
