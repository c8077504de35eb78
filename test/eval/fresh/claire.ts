import { NOTHING_YET, known, no, unknown } from '../score';
import type { PersistencePersona } from '../types';
import { ASKS_FOR_NUMBER, CLOSED_DONE, ESCALATED_DONE } from '../action-checks';

/**
 * A Canadian nurse practitioner who writes tickets like chart notes ("Issue:", "Device:",
 * "Tried so far:") and apologises a lot. She corrects her iPadOS version; a second ticket about
 * a missing export button must not know the iPad.
 */
export const claire: PersistencePersona = {
  id: 'f-claire',
  about: 'nurse practitioner in Winnipeg; telehealth video freezes on her iPad; chart-note labels, polite Canadian; corrects iPadOS 17.2 → 17.3; gives her ticket number, so escalating and closing must not ask for it; second ticket about a missing PDF export',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_55120', say: 'Hi there, sorry to bother you. Re: ticket 55120. Claire Tremblay, NP at a family clinic in Winnipeg. Issue: video freezes about two minutes into every telehealth visit in the CareBridge app; the audio keeps going.' },
    { ticket: 'support_ticket_55120', say: 'Device: iPad Air 5th gen, iPadOS 17.2, CareBridge app version 8.3.0.' },
    { ticket: 'support_ticket_55120', say: 'Onset: Monday morning, right after the clinic switched internet providers.' },
    { ticket: 'support_ticket_55120', say: 'Tried so far: restarted the iPad, switched from the clinic wifi to my LTE hotspot, turned off Low Power Mode.' },
    { ticket: 'support_ticket_55120', say: 'Also logged out and back in, eh. No change.' },
    { ticket: 'support_ticket_55120', ask: 'Can you give me a quick rundown of the issue?', kinds: ['support'], ...known([['video', 'picture', 'image'], ['freez*', 'froze', 'frozen', 'stall*', 'hang*']]) },
    { ticket: 'support_ticket_55120', ask: 'What troubleshooting have I done?', kinds: ['support', 'compound'], ...known([['restart*', 'reboot*'], ['LTE', 'hotspot'], ['low power'], ['log* out', 'logged', 'sign* out', 'signed']]) },
    { ticket: 'support_ticket_55120', ask: 'Which iPad model am I on?', kinds: ['support', 'compound'], ...known([['iPad Air']]) },
    { ticket: 'support_ticket_55120', ask: 'What version of the app do I have?', kinds: ['support', 'compound'], ...known([['8.3.0']]) },
    { ticket: 'support_ticket_55120', ask: 'Does the sound drop out as well?', kinds: ['support', 'yes-no'], ...no({ accept: ['audio keeps', 'audio continues', 'audio still', 'audio works', 'sound keeps', 'only the video'] }) },
    { ticket: 'support_ticket_55120', ask: 'When did this start happening?', kinds: ['support'], ...known([['Monday', 'internet provider*', 'provider*']]) },
    { ticket: 'support_ticket_55120', say: 'Sorry, correction: it is actually iPadOS 17.3, not 17.2. I misremembered.' },
    { ticket: 'support_ticket_55120', ask: 'Which iPadOS version am I running?', kinds: ['support', 'update'], ...known([['17.3']], ['17.2']) },
    { ticket: 'support_ticket_55120', ask: "What's my name, for your records?", kinds: ['name', 'support'], ...known([['Claire', 'Tremblay']]) },
    { ticket: 'support_ticket_55120', ask: 'Could you bump this up to your tier 2 team? I have patients waiting.', kinds: ['support'], ...known([ESCALATED_DONE], ASKS_FOR_NUMBER) },
    { ticket: 'support_ticket_55120', ask: 'It is working again after the 8.3.1 update, thanks so much. You can close this one out.', kinds: ['support'], ...known([CLOSED_DONE], ASKS_FOR_NUMBER) },
    // A new ticket, a new thread: nothing from the video ticket.
    { ticket: 'support_ticket_55163', say: "Different question: the 'Export visit notes to PDF' button has disappeared from the patient chart screen." },
    { ticket: 'support_ticket_55163', ask: 'Anything tried on this ticket so far?', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['restart*', 'LTE', 'hotspot', 'low power'] },
    { ticket: 'support_ticket_55163', ask: 'What is this ticket regarding?', kinds: ['support', 'isolation'], ...known([['export*', 'PDF']], ['freez*', '17.3', '8.3.0', '55120']) },
    { ticket: 'support_ticket_55163', ask: 'Which iPad do I use?', kinds: ['support', 'isolation', 'unknown'], ...unknown(['iPad Air', '17.3', '17.2']) },
  ],
};
