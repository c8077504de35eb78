import { NOTHING_YET, known, unknown } from '../score';
import type { PersistencePersona } from '../types';
import { ASKS_FOR_NUMBER, CLOSED_DONE, ESCALATED_DONE, yesOr } from '../action-checks';

/**
 * A Chilean climber who writes half in Spanish, half in English, switching mid-sentence. Her GPS
 * watch will not sync outdoor routes before an expedition; she gives her ticket number, corrects
 * the firmware version, and opens a second ticket about distance units that must not know the
 * watch.
 */
export const valentina: PersistencePersona = {
  id: 'b-valentina',
  about: 'climber in Santiago de Chile; Altix Summit 2 watch will not sync outdoor routes (SYNC-112); Spanglish; gives her ticket number; corrects firmware 3.8.2 → 3.9.1; second ticket about miles vs kilometres',
  demo: 'persistence',
  steps: [
    { ticket: 'support_ticket_84316', say: 'Hola! Soy Valentina Rojas, from Santiago de Chile, this is ticket 84316. Mi reloj Altix Summit 2 no sincroniza my climbs con la app, sale el error SYNC-112 every single time, super frustrante.' },
    { ticket: 'support_ticket_84316', say: 'El teléfono es un Samsung Galaxy A54 con Android 13, y la app AltixTrail is version 5.0.7.' },
    { ticket: 'support_ticket_84316', say: 'Empezó right after the last firmware update, el firmware es 3.8.2 creo.' },
    { ticket: 'support_ticket_84316', say: 'Ya probé: turned el bluetooth off and on, unpaired y re-paired el reloj, and did a hard reset holding both buttons. Nada.' },
    { ticket: 'support_ticket_84316', say: 'Lo raro es que las indoor sessions del climbing gym sí se sincronizan, solo fallan las outdoor GPS routes.' },
    { ticket: 'support_ticket_84316', say: 'Y es urgente porque me voy al Aconcagua el 20 de enero y necesito las rutas GPS en el reloj, sin eso no voy.' },
    { ticket: 'support_ticket_84316', ask: 'me puedes resumir el problema?', kinds: ['support'], ...known([['sync*', 'sincroniz*']]) },
    { ticket: 'support_ticket_84316', ask: 'qué error code me sale?', kinds: ['support'], ...known([['SYNC-112', '112']]) },
    { ticket: 'support_ticket_84316', ask: 'recap de todo lo que ya probé, porfa', kinds: ['support', 'compound'], ...known([['bluetooth'], ['pair*', 'unpair*', 'vincul*'], ['reset*']]) },
    { ticket: 'support_ticket_84316', ask: 'cuál teléfono tengo?', kinds: ['support', 'compound'], ...known([['A54', 'Galaxy']]) },
    { ticket: 'support_ticket_84316', ask: 'which versión of the app am I on?', kinds: ['support', 'compound'], ...known([['5.0.7']]) },
    {
      ticket: 'support_ticket_84316',
      ask: 'las gym sessions, do they sync ok?',
      kinds: ['support', 'yes-no'],
      ...yesOr(['they sync', 'they do', 'gym sessions sync', 'indoor sessions sync', 'only the outdoor', 'only outdoor', 'only the GPS', 'sí', 'sincronizan']),
    },
    { ticket: 'support_ticket_84316', ask: 'por qué es urgente for me?', kinds: ['support'], ...known([['Aconcagua', 'expedition', 'enero', 'January', '20']]) },
    { ticket: 'support_ticket_84316', say: 'Perdón, me equivoqué: el firmware es 3.9.1, no 3.8.2, lo acabo de revisar en settings.' },
    { ticket: 'support_ticket_84316', ask: 'qué firmware tiene el reloj?', kinds: ['support', 'update'], ...known([['3.9.1']], ['3.8.2']) },
    { ticket: 'support_ticket_84316', ask: 'cómo me llamo, por si acaso?', kinds: ['name', 'support'], ...known([['Valentina', 'Rojas']]) },
    { ticket: 'support_ticket_84316', ask: 'porfa pásale esto a alguien del equipo técnico, no tengo tiempo', kinds: ['support'], ...known([ESCALATED_DONE], ASKS_FOR_NUMBER) },
    { ticket: 'support_ticket_84316', ask: 'ya funciona!! the 3.9.2 update lo arregló, puedes cerrar el ticket nomás', kinds: ['support'], ...known([CLOSED_DONE], ASKS_FOR_NUMBER) },
    // A new ticket, a new thread: nothing from the sync ticket.
    { ticket: 'support_ticket_84371', say: 'Otra cosa distinta: la app AltixTrail me muestra todo en millas y no encuentro dónde cambiarlo a kilómetros.' },
    { ticket: 'support_ticket_84371', ask: 'qué he probado en este ticket?', kinds: ['support', 'isolation'], must: [NOTHING_YET], mustNot: ['bluetooth', 'pair*', 'reset*'] },
    { ticket: 'support_ticket_84371', ask: 'de qué se trata este ticket?', kinds: ['support', 'isolation'], ...known([['mile*', 'milla*', 'kilomet*', 'kilómetro*', 'unit*', 'km']], ['SYNC-112', 'Aconcagua', '3.9.1', '84316']) },
    { ticket: 'support_ticket_84371', ask: 'qué reloj tengo?', kinds: ['support', 'isolation', 'unknown'], ...unknown(['Summit', 'A54']) },
    { ticket: 'support_ticket_84371', ask: 'cuándo me voy de expedición?', kinds: ['support', 'isolation', 'unknown'], ...unknown(['Aconcagua', 'January', 'enero', '20']) },
  ],
};
