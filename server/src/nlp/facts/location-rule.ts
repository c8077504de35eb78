/**
 * The location rule: one `location` slot holds where the user lives. "I live in / I moved to /
 * I'm based in X" fill it as `User lives in X.`; "I'm from X" fills the same slot as
 * `User is from X.` (the newest statement wins, and the wording keeps what was actually said).
 */
import { first, groups, type Rule } from './clause-rule';
import { LOCATION_ORIGIN, makeFact } from './fact-text';
import { valueOf, type ValueOptions } from './value';

/** How a place is cut from the words after "in" or "from". */
export const PLACE_VALUE: ValueOptions = { capitalize: 'proper', stopAtComma: 'unless-proper', stopWords: ['with', 'for', 'because', 'since', 'i', 'my', 'we', 'at', 'moved', 'came', 'went', 'grew', 'born', 'lived', 'living', 'where', 'then', 'but', 'originally', 'right', 'from', 'a', 'about', 'last', 'recently', 'ago', 'few', 'couple', 'two', 'three', 'this', 'years', 'months', 'weeks'] };

/** "I live in Paris", "I moved to Lyon", "I'm from Porto": where the user lives or is from. */
export const locationRule: Rule = (c, out) => {
  // "moved to the States when I was 12", "lived in Rome as a kid": the past, not where the user lives.
  // "Moved to Lisbon two years ago" still holds; "lived in Rome years ago" does not.
  if (c.has('(when i was|as a (kid|child|teenager|student)|back then|growing up)') || c.has('(lived|used to live|was living) .+ ago')) return false;
  if (c.has('i (do not|no longer|never) (live|reside) in') || c.has('i (moved|have moved) (away|out) (from|of)')) {
    out.drop('location');
    return true;
  }
  const lives = first(c, [
    'i (currently|now|still|actually|presently)? (live|reside|stay|am living|am based|am located|am staying|am renting|have lived|have been living) in [<v>.+]',
    'i (just|recently|finally|have|actually)? (moved|relocated) (back|up|down|over|out)? to [<v>.+]',
    'my (home|home base) is (now)? [<v>#ProperNoun+]',
    '^[<v>#ProperNoun+] is (my|our)? home',
    'i am (now|currently|still)? (in|over in|down in|up in) [<v>#Place+]',
    'i (just|recently|finally|have|actually)? moved in with .+? (in|to) [<v>.+]',
    'i (now|currently)? live with .+? in [<v>.+]',
    'my (home|house|flat|apartment) is in [<v>.+]',
    'i work (remote|remotely|from home) (from|in|out of) [<v>.+]',
  ]);
  if (lives) {
    out.add(makeFact('location', valueOf(lives.v, PLACE_VALUE)));
    // "moved up to Dublin from Cork": where the move started is where the user is from.
    const origin = groups(c, '(moved|relocated) .+? from [<v>#ProperNoun+]');
    if (origin) out.add(makeFact('location', valueOf(origin.v, PLACE_VALUE), LOCATION_ORIGIN));
    return true;
  }
  const from = first(c, [
    'i am (originally)? from [<v>.+]',
    'i (originally)? come from [<v>.+]',
    'my (hometown|home town|native place|native town|native city|birthplace|birth place) is [<v>.+]',
    // "I am born in 1988 in Debrecen" (learners' English): the place after the year.
    'i (was|got|am)? (born|raised) (in|on) #Date+ in [<v>.+]',
    'i (was|got|am)? (born|raised|brought up|born and raised|born and bred) (and raised)? in [<v>.+]',
    'i grew up in [<v>.+]',
    'i (hail|hailed) from [<v>.+]',
    'i (spent|passed) my (whole|entire)? (childhood|youth|early years) in [<v>.+]',
    'i am (a|an) [<v>#ProperNoun+] (native|local|lad|lass|girl|boy)',
    '^[<v>#ProperNoun+] (born|born and bred|born and raised|native)',
    '^[<v>#ProperNoun+] (is|was) where i (grew up|was born|was raised|come from)',
    'i am originally [<v>#ProperNoun+]',
    'i (moved|came) (here|over|to .+?)? from [<v>#ProperNoun+]',
  ]);
  if (from) {
    out.add(makeFact('location', valueOf(from.v, PLACE_VALUE), LOCATION_ORIGIN));
    // "born in 1988 in Debrecen": the year is kept too ("which year was I born?").
    const year = c.text().match(/\bborn\b[^.]*?\b((?:19|20)\d{2})\b/i)?.[1];
    if (year) out.add(makeFact('about', `User was born in ${year}`));
    // "a Cork native living in Dublin": where the user lives, in the same breath.
    const now = groups(c, '(living|based|settled|live) in [<v>#ProperNoun+]');
    if (now) out.add(makeFact('location', valueOf(now.v, PLACE_VALUE)));
    return true;
  }
  return false;
};
