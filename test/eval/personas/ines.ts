import { NOTHING_YET, known } from '../score';
import type { PersistencePersona } from '../types';

/** A formal British customer charged twice; she corrects her order number, then opens a second, unrelated ticket. */
export const ines: PersistencePersona = {
  id: 'ines',
  about: 'double charge on an order; formal British English; corrects the order number; second ticket about e-mail',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_71502', say: 'Good afternoon. I was charged twice for order #88231 on the 3rd of May: £74.99 both times.' },
    { ticket: 'support_ticket_71502', say: "I've already contacted my bank; they said the second payment is not pending, it has gone through." },
    { ticket: 'support_ticket_71502', say: 'I have also checked my account page and it only shows the one order.' },
    { ticket: 'support_ticket_71502', say: "I'd like the duplicate charge refunded to my Visa ending 4417, please." },
    { ticket: 'support_ticket_71502', ask: 'Could you summarise my issue?', kinds: ['support'], ...known([['twice', 'double', 'duplicate'], ['88231']]) },
    { ticket: 'support_ticket_71502', ask: 'What have I done so far to sort this out?', kinds: ['support'], ...known([['bank'], ['account']]) },
    { ticket: 'support_ticket_71502', ask: 'Which card did I want the refund on?', kinds: ['support'], ...known([['4417']]) },
    { ticket: 'support_ticket_71502', say: 'Correction: the order number is 88213, I misread it. Apologies.' },
    { ticket: 'support_ticket_71502', ask: "What's my order number?", kinds: ['support', 'update'], ...known([['88213']], ['88231']) },
    // After the correction, quoting the old order number back to her is wrong, whatever the question.
    { ticket: 'support_ticket_71502', ask: 'How much was I charged each time?', kinds: ['support'], ...known([['74.99']], ['88231']) },
    { ticket: 'support_ticket_71502', ask: 'Please escalate this to your billing team.', kinds: ['support'], ...known([['escalat*']], ['88231']) },
    { ticket: 'support_ticket_71502', ask: 'Thank you, you can close the ticket now.', kinds: ['support'], ...known([['close*', 'closing']], ['88231']) },
    { ticket: 'support_ticket_71533', say: "Separate matter: I can't change the email address on my account, the save button is greyed out." },
    { ticket: 'support_ticket_71533', ask: 'What is this ticket about?', kinds: ['support', 'isolation'], ...known([['email', 'e-mail']], ['88213', '88231', '74.99']) },
    { ticket: 'support_ticket_71533', ask: 'What have I tried so far?', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['bank', '4417'] },
  ],
};
