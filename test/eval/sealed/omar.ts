import { NOTHING_YET, known, unknown, yes } from '../score';
import type { PersistencePersona } from '../types';

/**
 * A customer whose smart-thermostat app crashes, typing in lowercase short messages; a second
 * ticket about a double charge checks that the first ticket's details do not leak.
 */
export const omar: PersistencePersona = {
  id: 's-omar',
  about: 'HomeNest app crashing on the schedule screen (iPhone 14 Pro, iOS 17.4.1, app 5.2.0, error E-214, order HN-55102); second ticket: double-billed subscription; lowercase',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: 'the homenest app crashes every single time i open the schedule screen' },
    { ticket: 'support_ticket_1', say: 'phone is an iphone 14 pro on ios 17.4.1, app version 5.2.0' },
    { ticket: 'support_ticket_1', say: 'thermostat is the homenest t3, bought it in march, order #HN-55102' },
    { ticket: 'support_ticket_1', say: "right before it closes a popup says 'Sync failed (code E-214)'" },
    { ticket: 'support_ticket_1', say: 'i already deleted and reinstalled the app, logged out and back in, and rebooted the thermostat' },
    { ticket: 'support_ticket_1', say: 'heating still works fine from the dial on the wall, its only the app thats broken' },
    { ticket: 'support_ticket_1', ask: 'quick recap of my problem pls', kinds: ['support'], ...known([['crash*', 'clos*'], ['schedul*']]) },
    { ticket: 'support_ticket_1', ask: 'what steps have i already taken', kinds: ['support'], ...known([['reinstall*', 'delet*'], ['reboot*', 'restart*']]) },
    { ticket: 'support_ticket_1', ask: 'which version of the app have i got', kinds: ['support'], ...known([['5.2.0']]) },
    { ticket: 'support_ticket_1', ask: 'and what ios am i on', kinds: ['support'], ...known([['17.4.1']]) },
    { ticket: 'support_ticket_1', ask: 'whats the error code it shows', kinds: ['support'], ...known([['E-214', 'E214']]) },
    { ticket: 'support_ticket_1', ask: 'what phone am i using for this', kinds: ['support'], ...known([['iPhone 14', 'iPhone']]) },
    { ticket: 'support_ticket_1', ask: 'which thermostat model do i have', kinds: ['support'], ...known([['T3']]) },
    { ticket: 'support_ticket_1', ask: 'does the heating itself still work', kinds: ['support', 'yes-no'], ...yes() },
    { ticket: 'support_ticket_2', ask: 'what error code did i get', kinds: ['support', 'isolation', 'unknown'], ...unknown(['E-214', 'E214']) },
    { ticket: 'support_ticket_2', say: 'different issue: i got billed twice for my march premium subscription, 4.99 taken both times on the 3rd' },
    { ticket: 'support_ticket_2', ask: 'how much did they take each time', kinds: ['support'], ...known([['4.99']]) },
    { ticket: 'support_ticket_2', ask: 'which month was i double charged for', kinds: ['support'], ...known([['March']]) },
    { ticket: 'support_ticket_2', ask: 'what have i tried so far for this one', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['reinstall*', 'reboot*'] },
    { ticket: 'support_ticket_2', ask: 'what kind of phone am i on, do you know', kinds: ['support', 'isolation', 'unknown'], ...unknown(['iPhone']) },
    { ticket: 'support_ticket_1', ask: 'remind me the order number for the thermostat', kinds: ['support'], ...known([['HN-55102', '55102']]) },
  ],
};
