import { known, no, unknown, yes } from '../score';
import type { PersistencePersona } from '../types';
import { ESCALATED } from './expect';

/**
 * A Lagos customer writing Nigerian English ("abeg", "since 2 weeks", "wahala"), urgent and a
 * little exasperated. Her phone shows delivered but never came; she changes the address, it
 * finally arrives, and then the screen has a line and it heats up. A second ticket, about
 * earbuds, checks the address does not leak.
 */
export const chidinma: PersistencePersona = {
  id: 'pb-chidinma',
  about: 'Novaro A54 256GB black, order NV-NG-3381-0927, tracking says delivered but not received, paid 289,500 naira, called rider + asked estate security; address Adeola Odeku VI → 45 Allen Avenue Ikeja; arrives, then green line + heating; 2nd ticket earbuds NV-NG-3402-1133',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: 'Good evening please I need urgent help. I ordered Novaro A54 phone, 256GB, black colour, order number NV-NG-3381-0927 since 2 weeks and it has not reached me till now' },
    { ticket: 'support_ticket_1', say: "The tracking is showing 'delivered' since Monday but I did not receive anything o. Nobody called me at all" },
    { ticket: 'support_ticket_1', say: 'The address I put is 12 Adeola Odeku Street, Victoria Island, Lagos' },
    { ticket: 'support_ticket_1', say: 'I have called the dispatch rider number on the tracking page three times, it is switched off. I even asked our estate security and they said no parcel came' },
    { ticket: 'support_ticket_1', say: 'I paid 289,500 naira already with my card, this is not small money at all' },
    { ticket: 'support_ticket_1', ask: 'Please what is my order number, I have misplaced the email', kinds: ['support'], ...known([['NV-NG-3381-0927', '3381-0927', '3381']]) },
    { ticket: 'support_ticket_1', ask: 'What did I do already to find the parcel?', kinds: ['support'], ...known([['rider', 'dispatch', 'call*'], ['security', 'estate']]) },
    { ticket: 'support_ticket_1', ask: 'What is the tracking status saying?', kinds: ['support'], ...known([['delivered']]) },
    { ticket: 'support_ticket_1', ask: 'Which phone did I order and which colour?', kinds: ['support'], ...known([['A54', 'Novaro'], ['black']]) },
    { ticket: 'support_ticket_1', ask: 'how much i paid for it?', kinds: ['support'], ...known([['289,500', '289500', '289 500', '289.5']]) },
    { ticket: 'support_ticket_1', say: 'Please I want to change the delivery address. I have moved to my sister place, send it to 45 Allen Avenue, Ikeja, Lagos instead' },
    { ticket: 'support_ticket_1', ask: 'Which address you have for the delivery now?', kinds: ['support', 'update'], ...known([['Allen']], ['Adeola', 'Victoria Island']) },
    { ticket: 'support_ticket_1', ask: 'Abeg I want to talk to a human being, not robot. Escalate this matter', kinds: ['support'], ...ESCALATED },
    { ticket: 'support_ticket_1', say: 'Ok the rider has now called me. The parcel was sitting at Ikeja hub, he brought it this afternoon. I have received it, thank God' },
    { ticket: 'support_ticket_1', say: 'But wahala again, the phone screen has one green line on the right side from top to bottom, and it is getting very hot when charging' },
    { ticket: 'support_ticket_1', ask: 'Has my phone been delivered now?', kinds: ['support', 'update', 'yes-no'], ...yes() },
    { ticket: 'support_ticket_1', ask: 'What is wrong with the phone now, summarise it for me', kinds: ['support', 'update'], ...known([['line'], ['hot', 'heat*', 'overheat*', 'temperature']]) },
    { ticket: 'support_ticket_1', ask: 'Is the screen problem fixed?', kinds: ['support', 'yes-no'], ...no({ accept: ['not yet', 'still', 'pending'] }) },
    { ticket: 'support_ticket_1', ask: 'How much storage did I order again?', kinds: ['support'], ...known([['256']]) },
    { ticket: 'support_ticket_2', say: 'Good afternoon, I want to return one pair of earbuds, order NV-NG-3402-1133, the right side is not charging since I bought it' },
    { ticket: 'support_ticket_2', ask: 'What order number is this one about?', kinds: ['support', 'isolation'], ...known([['NV-NG-3402-1133', '3402-1133', '3402']], ['3381']) },
    { ticket: 'support_ticket_2', ask: 'Which address did I give you for delivery?', kinds: ['isolation', 'unknown'], ...unknown(['Allen', 'Adeola', 'Victoria Island']) },
  ],
};
