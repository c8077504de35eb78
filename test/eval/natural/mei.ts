import { known, no, unknown } from '../score';
import type { PersistencePersona } from '../types';

/**
 * A customer who types in lowercase run-on messages with typos ("everytime", "tho", "u")
 * about a photo app that crashes on export; a second ticket about a double charge checks
 * nothing from the first leaks.
 */
export const mei: PersistencePersona = {
  id: 'n-mei',
  about: 'PixelNest app 5.2.1 crashing on export on iPhone 13 / iOS 17.4, error PN-403; order A-90418; reinstalled, logged out, restore purchases; updates to 5.3.0; second ticket: double charge',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: 'hi so the pixelnest app keeps crashing on my iphone 13 everytime i try to export a photo, it just closes and dumps me back on the home screen' },
    { ticket: 'support_ticket_1', say: 'im on ios 17.4 and the app says version 5.2.1 in settings' },
    { ticket: 'support_ticket_1', say: 'sometimes right before it crashes i get this popup "Error PN-403: license could not be verified" even tho i paid for pro' },
    { ticket: 'support_ticket_1', say: 'i bought the annual pro plan on march 3rd, the receipt says order #A-90418' },
    { ticket: 'support_ticket_1', say: 'ive deleted and reinstalled the app twice and also logged out and back in, didnt change anything' },
    { ticket: 'support_ticket_1', say: 'oh and i tried restore purchases too, it spun for ages then said no purchases found which is kind of alarming' },
    { ticket: 'support_ticket_1', ask: 'can u recap whats going on with my app', kinds: ['support'], ...known([['crash*'], ['export*', 'PixelNest', 'license', 'PN-403']]) },
    { ticket: 'support_ticket_1', ask: 'what phone am i using', kinds: ['support'], ...known([['iPhone 13']]) },
    { ticket: 'support_ticket_1', ask: 'which ios version did i say', kinds: ['support'], ...known([['17.4']]) },
    { ticket: 'support_ticket_1', ask: 'whats the app version again', kinds: ['support'], ...known([['5.2.1']]) },
    { ticket: 'support_ticket_1', ask: 'what was the error code i kept getting', kinds: ['support'], ...known([['PN-403', '403']]) },
    { ticket: 'support_ticket_1', ask: 'what did i already try', kinds: ['support'], ...known([['reinstall*', 'delet*'], ['restore*', 'log*']]) },
    { ticket: 'support_ticket_1', ask: 'whats on my receipt for the order number', kinds: ['support'], ...known([['A-90418', '90418']]) },
    { ticket: 'support_ticket_1', ask: 'which plan did i pay for', kinds: ['support'], ...known([['annual', 'pro', 'yearly']]) },
    { ticket: 'support_ticket_1', say: 'ok so i updated to app version 5.3.0 this morning, it still crashes on export but the license popup is gone now' },
    { ticket: 'support_ticket_1', ask: 'what version of the app am i on now', kinds: ['support', 'update'], ...known([['5.3.0', '5.3']], ['5.2.1']) },
    { ticket: 'support_ticket_1', ask: 'am i still seeing the license error', kinds: ['support', 'update', 'yes-no'], ...no({ accept: ['gone', 'disappeared'] }) },
    { ticket: 'support_ticket_1', ask: 'does it still crash when i export', kinds: ['support', 'update', 'yes-no'], first: [['yes', 'yeah', 'still', 'it does']], mustNot: ["don't know", 'no record'] },
    { ticket: 'support_ticket_2', say: 'diff thing, my card got charged twice for pro, two charges of 39.99 both on march 3' },
    { ticket: 'support_ticket_2', say: 'the card is a visa ending 4471 if that helps, i just want one of them refunded' },
    { ticket: 'support_ticket_2', ask: 'how much was each charge', kinds: ['support'], ...known([['39.99']]) },
    { ticket: 'support_ticket_2', ask: 'what are the last digits of my card', kinds: ['support'], ...known([['4471']]) },
    { ticket: 'support_ticket_2', ask: 'which error popup did i see', kinds: ['isolation', 'unknown'], ...unknown(['PN-403', '403']) },
    { ticket: 'support_ticket_2', ask: 'which phone do i have', kinds: ['isolation', 'unknown'], ...unknown(['iPhone 13']) },
  ],
};
