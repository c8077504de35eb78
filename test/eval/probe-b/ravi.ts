import { known, no, unknown } from '../score';
import type { PersistencePersona } from '../types';
import { CLOSED, ESCALATED } from './expect';

/**
 * A small-business accountant in Pune writing Indian English ("kindly do the needful", "what all
 * I have tried"). His renewed accounting-software licence will not activate, he was charged
 * twice (later reversed), and a crash appears after the reinstall. A second ticket, about an
 * OTP, is solved and closed, and checks nothing leaks.
 */
export const ravi: PersistencePersona = {
  id: 'pb-ravi',
  about: 'LedgerNest Pro licence renewal LN-IN-99812 stuck in trial, ERR-LIC-403, Windows 10 Pro, Rs 4,999 debited twice (later reversed), tried relogin, cache, reinstall; then Reports tab crash; GST due 20th; 2nd ticket OTP to new number, closed',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: 'Hello team, I am having one issue with LedgerNest Pro on my office PC. Yesterday I renewed the yearly licence, order ID LN-IN-99812, but software is still showing trial mode only.' },
    { ticket: 'support_ticket_1', say: "When I click on Activate it is giving error ERR-LIC-403 'licence key not valid for this device'. I am using Windows 10 Pro." },
    { ticket: 'support_ticket_1', say: 'Also amount of Rs 4,999 is debited two times from my HDFC account for the same renewal, I have checked the bank statement.' },
    { ticket: 'support_ticket_1', say: 'Already I have done logout and login, cleared the cache folder as per your FAQ and reinstalled the software fully. Same error is coming.' },
    { ticket: 'support_ticket_1', say: 'Kindly do the needful at the earliest as GST filing is due on 20th and all my clients data is in this software only.' },
    { ticket: 'support_ticket_1', ask: 'What all I have tried till now?', kinds: ['support'], ...known([['logout', 'login', 'log out', 'log in', 'logged', 'sign*'], ['cache'], ['reinstall*']]) },
    { ticket: 'support_ticket_1', ask: 'Can you tell me the exact error code once again?', kinds: ['support'], ...known([['ERR-LIC-403', 'LIC-403', '403']]) },
    { ticket: 'support_ticket_1', ask: 'How much amount was debited extra?', kinds: ['support'], ...known([['4,999', '4999', '4 999']]) },
    { ticket: 'support_ticket_1', ask: 'My order ID is what, please confirm.', kinds: ['support'], ...known([['LN-IN-99812', '99812']]) },
    { ticket: 'support_ticket_1', ask: 'What deadline I told you about?', kinds: ['support'], ...known([['GST'], ['20', 'twentieth']]) },
    { ticket: 'support_ticket_1', ask: 'On which Windows I am running the software?', kinds: ['support'], ...known([['Windows 10', '10 Pro']]) },
    { ticket: 'support_ticket_1', say: 'Update: bank has reversed the second debit of Rs 4,999 today, so that part is sorted. Only licence problem is pending now.' },
    { ticket: 'support_ticket_1', say: 'One more thing, now the software is also crashing whenever I open the Reports tab, this started after the reinstall.' },
    { ticket: 'support_ticket_1', ask: 'Is the double payment issue still open?', kinds: ['support', 'update', 'yes-no'], ...no({ accept: ['reversed', 'sorted', 'resolved', 'refunded', 'closed'] }) },
    { ticket: 'support_ticket_1', ask: 'Please give short summary of pending issues.', kinds: ['support', 'update'], ...known([['licen*', 'activat*', 'ERR-LIC-403', '403', 'trial'], ['crash*', 'Reports']]) },
    { ticket: 'support_ticket_1', ask: 'Is my licence problem fixed now?', kinds: ['support', 'yes-no'], ...no({ accept: ['pending', 'still', 'not yet', 'unresolved'] }) },
    { ticket: 'support_ticket_1', ask: 'Please connect me to senior technical person, I cannot wait more.', kinds: ['support'], ...ESCALATED },
    { ticket: 'support_ticket_2', say: 'Hello, this is different problem. OTP for login is not coming on my new mobile number, I changed the number last month in my profile.' },
    { ticket: 'support_ticket_2', ask: 'What is the error code in this ticket?', kinds: ['isolation', 'unknown'], ...unknown(['ERR-LIC-403', '403']) },
    { ticket: 'support_ticket_2', ask: 'What problem I am facing in this ticket?', kinds: ['support', 'isolation'], must: [['OTP', 'one-time', 'one time', 'verification', 'SMS']], mustNot: ['LIC-403', 'crash*', '4,999'] },
    { ticket: 'support_ticket_2', say: 'OTP came now on the new number after some time, it is working. Thank you.' },
    { ticket: 'support_ticket_2', ask: 'Now you can close this ticket.', kinds: ['support'], ...CLOSED },
  ],
};
