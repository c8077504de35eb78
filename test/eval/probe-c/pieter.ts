import { NOTHING_YET, known, no, unknown } from '../score';
import type { PersistencePersona } from '../types';

/**
 * A South African customer who writes SA English with Afrikaans slang (ja, hey, lekker, ag,
 * eish, now-now, bru, gatvol) about a hybrid inverter failing during load-shedding. The fault
 * changes after a cable swap, he escalates, a technician fixes it and he closes; a billing
 * ticket and an empty one check nothing leaks.
 */
export const pieter: PersistencePersona = {
  id: 'pc-piet',
  about: 'Pieter "Piet" van der Merwe; South African English; Sunvolt Hybrid 5kW inverter + LFP 10 kWh, order SV-882145; F07 → cable swap → F12; escalated; tech Sipho set 253 V; closed; ticket 2 double charge R1,499 SV-882990',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: 'Howzit. Pieter van der Merwe here, but just call me Piet, hey. I bought a Sunvolt Hybrid 5kW inverter from you guys in February, order SV-882145.' },
    { ticket: 'support_ticket_1', say: 'Ag, since Monday it keeps throwing error F07, battery communication fault, and then during load-shedding the house just goes dark. Not lekker at all, my wife is moaning.' },
    { ticket: 'support_ticket_1', say: 'The battery is a Sunvolt LFP 10 kWh, it went in together with the inverter. The display says firmware 1.4.3.' },
    { ticket: 'support_ticket_1', say: "I already switched the whole thing off at the DC isolator, waited five minutes, switched back on. Also checked the comms cable between battery and inverter, ja, it's plugged in properly." },
    { ticket: 'support_ticket_1', ask: 'What must you call me again?', kinds: ['support', 'name'], ...known([['Piet']]) },
    { ticket: 'support_ticket_1', ask: 'Ja, what have I done so far to sort it out?', kinds: ['support'], ...known([['isolator', 'switched off', 'switched it off', 'restart*', 'power cycl*'], ['cable', 'comms']]) },
    { ticket: 'support_ticket_1', ask: 'Which error code is it throwing, hey?', kinds: ['support'], ...known([['F07', 'F-07', 'F 07']]) },
    { ticket: 'support_ticket_1', ask: "What's my order number again, bru?", kinds: ['support'], ...known([['SV-882145', '882145']]) },
    { ticket: 'support_ticket_1', ask: 'How big is the inverter I bought?', kinds: ['support'], ...known([['5', 'five']]) },
    { ticket: 'support_ticket_1', ask: 'And the battery, which one did I say it was?', kinds: ['support'], ...known([['LFP', '10']]) },
    { ticket: 'support_ticket_1', say: 'Update: my electrician came round this morning and swapped the comms cable. F07 is gone now, but now it shows F12, grid over-voltage, like twice a day.' },
    { ticket: 'support_ticket_1', ask: 'Which fault is it showing now-now?', kinds: ['support', 'update'], ...known([['F12', 'F-12', 'F 12']], ['F07', 'F-07']) },
    { ticket: 'support_ticket_1', ask: 'Is the battery comms problem still there?', kinds: ['support', 'update', 'yes-no'], ...no({ accept: ['gone', 'fixed', 'resolved', 'swapped'] }) },
    { ticket: 'support_ticket_1', say: "Eish, I'm gatvol now. Please escalate this to a technician, I need somebody out here now-now, we've got load-shedding stage 4 tonight." },
    { ticket: 'support_ticket_1', ask: 'What did I ask you to do with this one?', kinds: ['support'], ...known([['escalat*', 'technician']]) },
    { ticket: 'support_ticket_1', say: 'OK, your tech Sipho came out and changed the grid voltage setting to 253 V. Working lekker now, you can close the ticket, thanks hey.' },
    { ticket: 'support_ticket_1', ask: 'Who came out to fix it?', kinds: ['support'], ...known([['Sipho']]) },
    { ticket: 'support_ticket_1', ask: 'What setting did the tech change?', kinds: ['support', 'update'], ...known([['voltage', '253']]) },
    { ticket: 'support_ticket_2', say: 'Different thing: you charged my card twice for the Wi-Fi dongle, order SV-882990, R1,499 two times. I want the extra one refunded, ja.' },
    { ticket: 'support_ticket_2', ask: 'How much did you okes charge me twice?', kinds: ['support'], ...known([['1,499', '1499', '1 499']]) },
    { ticket: 'support_ticket_2', ask: 'Which order is this ticket about, hey?', kinds: ['support', 'isolation'], ...known([['SV-882990', '882990']], ['SV-882145', '882145']) },
    { ticket: 'support_ticket_2', ask: 'What do I want from you lot here?', kinds: ['support'], ...known([['refund*']]) },
    { ticket: 'support_ticket_2', ask: 'What error was my inverter giving?', kinds: ['isolation', 'unknown'], ...unknown(['F07', 'F-07', 'F12', 'F-12']) },
    { ticket: 'support_ticket_3', ask: 'So what have I tried on this ticket, bru?', kinds: ['isolation', 'support'], must: [NOTHING_YET], mustNot: ['isolator', 'cable', 'dongle', 'refund*', 'Sipho'] },
  ],
};
