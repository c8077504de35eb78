import { NOTHING_YET, known } from '../score';
import type { PersistencePersona } from '../types';

/** A frustrated app user: lowercase, no apostrophes, "u" for you; corrects the phone model; opens a login ticket. */
export const dee: PersistencePersona = {
  id: 'dee',
  about: 'app crashes on photo upload; lowercase, frustrated; corrects phone model; second ticket about login',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_90017', say: 'app keeps crashing when i try to upload a photo, been like this for 3 days now super annoying' },
    { ticket: 'support_ticket_90017', say: 'im on a pixel 7 android 14' },
    { ticket: 'support_ticket_90017', say: 'tried clearing the cache didnt work' },
    { ticket: 'support_ticket_90017', say: 'reinstalled the app too, same thing' },
    { ticket: 'support_ticket_90017', say: 'oh and i tried a smaller photo like 1mb still crashes' },
    { ticket: 'support_ticket_90017', ask: 'ok what have i tried so far', kinds: ['support'], ...known([['cache'], ['reinstall*'], ['smaller', '1mb', '1 mb']]) },
    { ticket: 'support_ticket_90017', ask: 'which phone am i using', kinds: ['support'], ...known([['Pixel 7']]) },
    { ticket: 'support_ticket_90017', say: 'wait sorry its a pixel 8 not 7, my old phone was the 7' },
    { ticket: 'support_ticket_90017', ask: 'what phone do i have', kinds: ['support', 'update'], ...known([['Pixel 8']], ['Pixel 7']) },
    { ticket: 'support_ticket_90017', ask: 'summarize the problem for me', kinds: ['support'], ...known([['crash*'], ['photo*', 'upload*']], ['Pixel 7']) },
    { ticket: 'support_ticket_90017', ask: 'what android version am i on', kinds: ['support'], ...known([['14']]) },
    { ticket: 'support_ticket_90017', ask: 'can u escalate it', kinds: ['support'], ...known([['escalat*']]) },
    { ticket: 'support_ticket_90017', ask: 'how long has this been going on', kinds: ['support'], ...known([['3 days', 'three days']]) },
    { ticket: 'support_ticket_90017', ask: 'ok close it, works now after the update', kinds: ['support'], ...known([['close*', 'closing']]) },
    { ticket: 'support_ticket_90044', say: 'different problem, cant log in after password reset' },
    { ticket: 'support_ticket_90044', ask: 'what have i tried so far', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['cache', 'reinstall*'] },
    { ticket: 'support_ticket_90044', ask: 'summarize my issue', kinds: ['support', 'isolation'], ...known([['log in', 'login', 'logging in', 'sign in', 'signing in'], ['password']], ['crash*']) },
  ],
};
