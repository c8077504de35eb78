import { NOTHING_YET, known, unknown } from '../score';
import type { PersistencePersona } from '../types';
import { ASKS_FOR_NUMBER, CLOSED_DONE, ESCALATED_DONE } from './checks';

/**
 * A methodical smart-thermostat owner: full sentences, numbered lists of what he tried, exact
 * versions, and he gives his ticket number up front (so the agent must not ask for it again); he corrects the error code. A second ticket about a delivery address must not know
 * the thermostat.
 */
export const teodor: PersistencePersona = {
  id: 'h-teodor',
  about: 'smart thermostat shows an error after a firmware update; methodical, numbered lists; corrects E42 → E24; second ticket about a delivery address',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_30561', say: "Hello, my name is Teodor Ionescu, this is about ticket 30561. My ThermoLink T3 thermostat shows error E42 and the heating won't switch on." },
    { ticket: 'support_ticket_30561', say: 'It started after the automatic firmware update on Saturday; the firmware is now version 2.4.1.' },
    { ticket: 'support_ticket_30561', say: 'What I have done so far: 1) replaced the batteries, 2) did a factory reset, 3) paired it with the app again.' },
    { ticket: 'support_ticket_30561', say: 'The ThermoLink app is version 5.2, on an iPhone 13 running iOS 17.4.' },
    { ticket: 'support_ticket_30561', ask: 'Could you recap the problem for me?', kinds: ['support'], ...known([['thermostat', 'ThermoLink', 'heating'], ['E42', 'error']]) },
    { ticket: 'support_ticket_30561', ask: "Please list the steps I've taken already.", kinds: ['support', 'compound'], ...known([['batter*'], ['factory reset', 'reset'], ['pair*', 're-pair*']]) },
    { ticket: 'support_ticket_30561', ask: 'Which firmware version is it on?', kinds: ['support'], ...known([['2.4.1']]) },
    { ticket: 'support_ticket_30561', ask: 'What phone am I running the app on?', kinds: ['support', 'compound'], ...known([['iPhone 13']]) },
    { ticket: 'support_ticket_30561', ask: 'And the app version?', kinds: ['support', 'compound'], ...known([['5.2']]) },
    { ticket: 'support_ticket_30561', ask: 'When did the trouble begin?', kinds: ['support'], ...known([['Saturday', 'firmware update', 'update']]) },
    { ticket: 'support_ticket_30561', say: 'Apologies, I misread the display: the code is E24, not E42.' },
    { ticket: 'support_ticket_30561', ask: 'Which error code does the thermostat display?', kinds: ['support', 'update'], ...known([['E24']]) },
    { ticket: 'support_ticket_30561', ask: 'I would like to speak to a human technician, please.', kinds: ['support'], ...known([ESCALATED_DONE], ASKS_FOR_NUMBER) },
    { ticket: 'support_ticket_30561', ask: 'The installer came by and it works again, so you can mark this as resolved.', kinds: ['support'], ...known([CLOSED_DONE], ASKS_FOR_NUMBER) },
    // A new ticket, a new thread: nothing from the thermostat ticket.
    { ticket: 'support_ticket_30598', say: "Another matter: I'd like to change the delivery address for order 5521-B, I have moved to Strada Lipscani 12." },
    { ticket: 'support_ticket_30598', ask: 'Have I tried anything for this one yet?', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['batter*', 'factory reset', 'pair*'] },
    { ticket: 'support_ticket_30598', ask: 'Remind me what I asked for in this ticket.', kinds: ['support', 'isolation'], ...known([['address', 'deliver*']], ['E24', 'E42', 'thermostat']) },
    { ticket: 'support_ticket_30598', ask: 'Which thermostat model do I own?', kinds: ['support', 'isolation', 'unknown'], ...unknown(['ThermoLink', 'T3']) },
  ],
};
