import { NOTHING_YET, known, no, unknown } from '../score';
import type { PersistencePersona } from '../types';
import { ESCALATED } from './expect';

/**
 * An angry American mother of three, lowercase with the odd burst of capitals, whose two-week-old
 * front-loading washer stops mid-cycle with E21 and later starts grinding. A second ticket about
 * a dryer that has not shipped, and a third, empty one, check nothing leaks.
 */
export const tanya: PersistencePersona = {
  id: 'pb-tanya',
  about: 'Brandtvold FL-7200 washer, order BV-220914, E21 + standing water, tried pump filter, hose, unplug reset; later grinding on spin; tech after 3pm; 2nd ticket dryer BV-221130 not shipped',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_1', say: 'ok i am SO done. bought your Brandtvold FL-7200 front loader like 2 weeks ago, order BV-220914, and its already broken' },
    { ticket: 'support_ticket_1', say: 'every single cycle it stops halfway thru and flashes E21 and theres like 3 inches of gross water just sitting in the drum' },
    { ticket: 'support_ticket_1', say: 'i already cleaned out the drain pump filter, the little door at the bottom front, and there was literally nothing in it' },
    { ticket: 'support_ticket_1', say: 'also checked the drain hose behind it isnt kinked AND unplugged the whole machine for 10 min to reset it. STILL E21' },
    { ticket: 'support_ticket_1', say: 'i have 3 kids and soccer uniforms, i cannot go a week without a washer, this is ridiculous' },
    { ticket: 'support_ticket_1', ask: 'ok so what have i done already, list it', kinds: ['support'], ...known([['filter', 'pump'], ['hose'], ['unplug*', 'reset*', 'power']]) },
    { ticket: 'support_ticket_1', ask: 'what code does it keep flashing', kinds: ['support'], ...known([['E21']]) },
    { ticket: 'support_ticket_1', ask: 'whats my order # again', kinds: ['support'], ...known([['BV-220914', '220914']]) },
    { ticket: 'support_ticket_1', ask: 'which model did i even buy from you people', kinds: ['support'], ...known([['FL-7200', '7200']]) },
    { ticket: 'support_ticket_1', ask: 'how much water did i say was left sitting in there', kinds: ['support'], ...known([['3 inch*', 'three inch*', '3-inch*', 'three-inch*']]) },
    { ticket: 'support_ticket_1', say: 'and now its making a horrible GRINDING noise when it tries to spin too. great. just great' },
    { ticket: 'support_ticket_1', ask: 'sum up whats wrong with it right now', kinds: ['support', 'update'], ...known([['E21', 'drain*', 'water', 'stops'], ['grind*', 'noise']]) },
    { ticket: 'support_ticket_1', ask: 'i want a real person. escalate this NOW', kinds: ['support'], ...ESCALATED },
    { ticket: 'support_ticket_1', say: 'fine. the tech can come any weekday after 3pm, im home after school pickup' },
    { ticket: 'support_ticket_1', ask: 'when did i say the tech can show up', kinds: ['support'], ...known([['3', 'three', '15:00']]) },
    { ticket: 'support_ticket_1', ask: 'so is it fixed or what', kinds: ['support', 'yes-no'], ...no({ accept: ['not yet', 'still', 'escalat*', 'technician', 'pending'] }) },
    { ticket: 'support_ticket_2', say: 'diff issue. i also ordered the matching dryer, order BV-221130, ten days ago and it STILL says processing. hasnt even shipped' },
    { ticket: 'support_ticket_2', ask: 'what order is this ticket about', kinds: ['support', 'isolation'], ...known([['BV-221130', '221130']], ['BV-220914', '220914']) },
    { ticket: 'support_ticket_2', ask: 'how long ago did i place it', kinds: ['support'], ...known([['10', 'ten']]) },
    { ticket: 'support_ticket_2', ask: 'what error was my washer throwing', kinds: ['isolation', 'unknown'], ...unknown(['E21']) },
    { ticket: 'support_ticket_3', ask: 'what have i tried so far in this one', kinds: ['isolation', 'support'], must: [NOTHING_YET], mustNot: ['filter', 'hose', 'unplug*'] },
  ],
};
