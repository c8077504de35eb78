import { known, no, unknown } from '../score';
import type { PreferencesPersona } from '../types';

const CAR_BRANDS = ['Toyota', 'Honda', 'Tesla', 'BMW', 'Ford', 'Volkswagen', 'VW', 'Audi', 'Subaru'];

/** A backend engineer who types all lowercase with no punctuation, in run-on sentences, and changes jobs. */
export const kwame: PreferencesPersona = {
  id: 'kwame',
  about: 'engineer in Dublin from Accra; all lowercase, no punctuation, run-ons; Stripe → Shopify',
  demo: 'preferences',
  steps: [
    { say: 'hey im kwame software engineer at stripe been there like 3 years mostly backend stuff' },
    { say: 'i live in dublin but im from accra originally came here for uni and never left lol' },
    { say: 'im vegan for about 5 years now so keep that in mind for food stuff' },
    { say: 'my older brother kofi is 34 and my little sister ama is 19' },
    { say: 'i play guitar mostly blues and some highlife' },
    { say: 'i usually go to bed around 11 and wake up at 7 for the gym' },
    { ask: 'whats my name', kinds: ['name'], ...known([['Kwame']]) },
    { ask: 'who do i work for', kinds: ['employer'], ...known([['Stripe']]) },
    { ask: 'which city do i live in', kinds: ['home'], ...known([['Dublin']]) },
    { ask: 'where am i from originally', kinds: ['hometown'], ...known([['Accra']]) },
    { ask: 'how old is my brother', kinds: ['family', 'age'], ...known([['34', 'thirty-four', 'thirty four']]) },
    { ask: 'whats my sisters name', kinds: ['family'], ...known([['Ama']]) },
    { ask: 'what instrument do i play', kinds: ['instrument'], ...known([['guitar']]) },
    { ask: 'what time do i go to bed', kinds: ['routine'], ...known([['11', 'eleven']]) },
    { ask: 'do i eat meat', kinds: ['diet', 'yes-no'], ...no({ accept: ['vegan', 'plant-based', 'plant based'] }) },
    { ask: 'recommend me a place for dinner', kinds: ['diet', 'recommend'], ...known([['vegan', 'plant-based', 'plant based']], ['steakhouse', 'steak', 'burger joint', 'bbq', 'barbecue']) },
    { say: 'big news i left stripe last week and started at shopify as a staff engineer', chat: 'chat-2' },
    { ask: 'where do i work now', kinds: ['employer', 'job-change', 'update'], ...known([['Shopify']], ['Stripe']) },
    { ask: 'whats my job title', kinds: ['job', 'job-change'], ...known([['staff engineer', 'staff software engineer']], ['Stripe']) },
    { ask: 'whats my dogs name', kinds: ['unknown', 'pet'], ...unknown(['Kofi', 'Ama']) },
    { ask: 'what car do i drive', kinds: ['unknown', 'vehicle'], ...unknown(CAR_BRANDS) },
  ],
};
