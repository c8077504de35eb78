import { NOTHING_YET, known, unknown, yes } from '../score';
import type { PersistencePersona } from '../types';

/**
 * A customer whose new laptop keeps dropping its Wi-Fi, written in long chatty sentences; a
 * second ticket about damaged headphones checks that nothing from the first ticket leaks.
 */
export const beth: PersistencePersona = {
  id: 's-beth',
  about: 'Dell XPS 13 on Windows 11 23H2 dropping Wi-Fi (order DX-448217); second ticket: headphones arrived cracked (order HP-90233); chatty sentences',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: "hi there, my laptop keeps dropping the wifi every ten minutes or so ever since the last update, it's a Dell XPS 13 running Windows 11 version 23H2" },
    { ticket: 'support_ticket_1', say: 'I bought it from your online store back in September, the order number is DX-448217' },
    { ticket: 'support_ticket_1', say: "whenever it drops I get a little message saying \"No internet, secured\" even though my phone is fine on the same network" },
    { ticket: 'support_ticket_1', say: "so far I've restarted the router, forgotten the network and joined it again, and updated the wifi driver to version 23.40" },
    { ticket: 'support_ticket_1', say: 'the wireless card is an Intel Killer AX1675 if that helps at all' },
    { ticket: 'support_ticket_1', say: "I also switched off power saving for the adapter in Device Manager but that didn't change anything either" },
    { ticket: 'support_ticket_1', ask: "can you sum up the problem I'm having?", kinds: ['support'], ...known([['wifi', 'wi-fi', 'wireless', 'internet', 'network'], ['drop*', 'disconnect*', 'los*', 'cut*']]) },
    { ticket: 'support_ticket_1', ask: 'what have I done to fix it so far?', kinds: ['support'], ...known([['router'], ['driver*']]) },
    { ticket: 'support_ticket_1', ask: 'which build of Windows is it on?', kinds: ['support'], ...known([['23H2']]) },
    { ticket: 'support_ticket_1', ask: 'could you read my order reference back to me?', kinds: ['support'], ...known([['DX-448217', '448217']]) },
    { ticket: 'support_ticket_1', ask: 'what exactly does the error say?', kinds: ['support'], ...known([['No internet']]) },
    { ticket: 'support_ticket_1', ask: 'which laptop model did I say it was?', kinds: ['support'], ...known([['XPS']]) },
    { ticket: 'support_ticket_1', ask: 'what driver version did I put on?', kinds: ['support'], ...known([['23.40']]) },
    { ticket: 'support_ticket_1', ask: 'did I already try the power saving setting?', kinds: ['support', 'yes-no'], ...yes() },
    { ticket: 'support_ticket_2', ask: "what's the order number on this one?", kinds: ['support', 'isolation', 'unknown'], ...unknown(['DX-448217', '448217']) },
    { ticket: 'support_ticket_2', say: 'this is a separate thing: the Sony WH-1000XM5 headphones I ordered arrived with the left ear cup cracked, order HP-90233' },
    { ticket: 'support_ticket_2', ask: 'what order number goes with the headphones?', kinds: ['support', 'isolation'], ...known([['HP-90233', '90233']], ['DX-448217', '448217']) },
    { ticket: 'support_ticket_2', ask: 'which side is damaged?', kinds: ['support'], ...known([['left']]) },
    { ticket: 'support_ticket_2', ask: "what troubleshooting have I done on this ticket?", kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['router', 'driver*', 'power saving'] },
    { ticket: 'support_ticket_2', ask: 'what operating system am I running?', kinds: ['support', 'isolation', 'unknown'], ...unknown(['Windows', '23H2']) },
    { ticket: 'support_ticket_1', ask: 'and which order was the laptop again?', kinds: ['support', 'isolation'], ...known([['DX-448217', '448217']], ['HP-90233', '90233']) },
  ],
};
