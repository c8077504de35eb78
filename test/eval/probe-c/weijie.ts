import { NOTHING_YET, known, no, unknown } from '../score';
import type { PersistencePersona } from '../types';

/**
 * A Singaporean customer who writes Singlish (lah, ah, can or not, already, one, aiyo) about a
 * robot mop that keeps stopping. The error changes after a firmware update, he escalates, gets
 * an RMA and closes; a ticket about undelivered filters and an empty one check nothing leaks.
 */
export const weiJie: PersistencePersona = {
  id: 'pc-wj',
  about: 'Tan Wei Jie "WJ"; Singlish; Zephyr RoboMop S7, order ZP-30418-SG; E14 brush → firmware 2.1.8 → 2.2.0 → E31 wheel; escalated, RMA-7781, closed; ticket 2 filters ZP-30977-SG stuck in Jurong',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: "Hi, I'm Tan Wei Jie lah, can just call me WJ. My Zephyr RoboMop S7, bought from your online store last month, order number ZP-30418-SG." },
    { ticket: 'support_ticket_1', say: 'Since Saturday it keep stopping halfway and beeping, then the app show error E14, say main brush cannot turn.' },
    { ticket: 'support_ticket_1', say: "I already take out the main brush and clean all the hair, got a lot of hair one, my wife's hair very long. Still the same leh." },
    { ticket: 'support_ticket_1', say: 'Then I hold the power button 10 seconds to reset it, also cannot. App is version 4.6, robot firmware 2.1.8.' },
    { ticket: 'support_ticket_1', ask: 'What name I told you to call me ah?', kinds: ['support', 'name'], ...known([['WJ', 'Wei Jie']]) },
    { ticket: 'support_ticket_1', ask: 'So far I tried what already, can remind me?', kinds: ['support'], ...known([['brush', 'clean*', 'hair'], ['reset', 'power button']]) },
    { ticket: 'support_ticket_1', ask: 'The app showing what error ah?', kinds: ['support'], ...known([['E14']]) },
    { ticket: 'support_ticket_1', ask: 'My order number is what ah, I forgot already', kinds: ['support'], ...known([['ZP-30418-SG', '30418']]) },
    { ticket: 'support_ticket_1', ask: 'Robot firmware is which version?', kinds: ['support'], ...known([['2.1.8']]) },
    { ticket: 'support_ticket_1', ask: 'Which model I bought from you all?', kinds: ['support'], ...known([['S7', 'RoboMop']]) },
    { ticket: 'support_ticket_1', say: 'Eh update: I updated the firmware to 2.2.0 through the app, now E14 gone already but got new error E31, say wheel stuck.' },
    { ticket: 'support_ticket_1', ask: 'Now the error code is what?', kinds: ['support', 'update'], ...known([['E31']], ['E14']) },
    { ticket: 'support_ticket_1', ask: 'Firmware still 2.1.8 or not?', kinds: ['support', 'update', 'yes-no'], ...no({ accept: ['2.2.0', 'updated'] }) },
    { ticket: 'support_ticket_1', say: 'Aiyo, this one really cannot make it. Can escalate to your technical team or not? I want a replacement unit.' },
    { ticket: 'support_ticket_1', ask: 'Wait ah, what I requested just now?', kinds: ['support'], ...known([['escalat*', 'replac*', 'technical team']]) },
    { ticket: 'support_ticket_1', say: 'OK your technician say they will send a new unit, RMA number RMA-7781. Can close this ticket already, thank you ah.' },
    { ticket: 'support_ticket_1', ask: 'The RMA number is what ah?', kinds: ['support'], ...known([['RMA-7781', '7781']]) },
    { ticket: 'support_ticket_1', ask: 'So this ticket can close already or not?', kinds: ['support', 'update'], ...known([['clos*', 'resolved']]) },
    { ticket: 'support_ticket_2', say: 'Hi, different thing. I ordered two spare HEPA filters, order ZP-30977-SG, until now never arrive. Tracking say stuck in Jurong since Tuesday.' },
    { ticket: 'support_ticket_2', ask: 'This ticket is for which order ah?', kinds: ['support', 'isolation'], ...known([['ZP-30977-SG', '30977']], ['ZP-30418-SG', '30418']) },
    { ticket: 'support_ticket_2', ask: 'My parcel stuck where?', kinds: ['support'], ...known([['Jurong']]) },
    { ticket: 'support_ticket_2', ask: 'My robot showing what error code ah?', kinds: ['isolation', 'unknown'], ...unknown(['E14', 'E31']) },
    { ticket: 'support_ticket_3', ask: 'For this one I tried anything already or not?', kinds: ['isolation', 'support'], must: [NOTHING_YET], mustNot: ['brush', 'reset', 'firmware', 'filter*', 'Jurong'] },
  ],
};
