/**
 * Fact extraction with the compromise NLP library: its match syntax reads contractions ("I'm",
 * "don't") as their full forms and its tags tell names, places and job titles apart, so each
 * rule is one readable pattern instead of a brittle regular expression.
 *
 * Only the user's own statements count: every rule starts from "I", "my" or "call me", so
 * "my friend is vegan" or "Bob likes tea" yield nothing, and questions ("do I like sushi?") and
 * suppositions ("if I lived in Paris") are skipped clause by clause.
 *
 * This file walks the sentences and clauses and runs the rules, one file per kind of fact:
 * `name-rule.ts`, `location-rule.ts`, `diet-rule.ts`, `allergy-rule.ts`, `favourite-rule.ts`,
 * `likes-rule.ts`, `employer-rule.ts`, `job-rule.ts`; what none of them reads is kept in the
 * user's own words by `statement-rule.ts`, and "remember that …" requests by `note-request.ts`.
 */
import { LRUCache } from 'lru-cache';
import nlp from '../compromise';
import { isChatter } from '../informative';
import { normalizeChat } from '../normalize';
import { allergyRule } from './allergy-rule';
import { groups, type Rule } from './clause-rule';
import { sentences, type View } from './clauses';
import { Collector } from './collector';
import { dietRule } from './diet-rule';
import { employerRule } from './employer-rule';
import { LOCATION_ORIGIN, makeFact } from './fact-text';
import { favouriteRule } from './favourite-rule';
import { introduction } from './introduction';
import { jobRule } from './job-rule';
import { settleEmployer } from './job-change';
import { isJob, isTitle } from './job-title';
import { likesRule } from './likes-rule';
import { locationRule, PLACE_VALUE } from './location-rule';
import { nameRule } from './name-rule';
import { settleNickname } from './nickname';
import { noteContent } from './note-request';
import { withReferents } from './referent';
import { statementRule, withdrawSetAside } from './statement-rule';
import type { FactExtractor, FactUpdate } from './types';
import { valueOf } from './value';
import { withSubject } from './with-subject';

/** Longest message read; facts come from what people type in a chat box, not documents. */
const MAX_INPUT_CHARS = 4000;

/** Order matters: diet before job ("I'm a vegetarian" is not a job), name last ("I'm Alice"). */
const RULES: Rule[] = [dietRule, allergyRule, favouriteRule, likesRule, locationRule, employerRule, jobRule, nameRule];

/** "My friend thinks I'm vegan": someone else's claim about the user, not the user's statement. */
function reportedByOthers(clause: View): boolean {
  return !clause.has('^i') && clause.has('(thinks|thought|says|said|believes|believed|claims|claimed|assumes|assumed|guesses|guessed|heard|hears|told me|tells me|wishes) (that)? i');
}

const extracted = new LRUCache<string, FactUpdate>({ max: 5000 });

/** Extracts facts from the user's own sentences with compromise; see the file comment for the rules. */
export class NlpFactExtractor implements FactExtractor {
  extract(userText: string): FactUpdate {
    // The provider and the offline model read the same message, and every turn re-reads the
    // history: one cache for all instances (an update is a pure function of the text; callers
    // never mutate it).
    let update = extracted.get(userText);
    if (!update) {
      const out = new Collector();
      const text = withReferents(normalizeChat(userText.slice(0, MAX_INPUT_CHARS)));
      this.collect(text, out, true);
      settleEmployer(text, out, (title) => isJob(nlp(title)) || isTitle(nlp(title)));
      settleNickname(text, out);
      update = out.result();
      extracted.set(userText, update);
    }
    return update;
  }

  /** A clause that states a job may also state where: "I'm a teacher from Porto", "I work as a nurse at St Mary's". */
  private alsoJobAndPlace(doc: View, out: Collector, sentenceDoc: View): void {
    // "I'm a 31-year-old accountant": the age said on the way to the job.
    const aged = doc.text().match(/^I(?:['’]m| am) (?:a |an )?(\d{1,3})[- ]years?[- ]old\b/i);
    if (aged) {
      const age = makeFact('about', `User is ${aged[1]}`);
      if (age) out.add(age);
    }
    // "I'm a teacher from Porto": a job (or a name) and where the user is from, in one clause.
    if ((doc.has('^i am (a|an) #Noun') || doc.has('^i am (a|an) #Value') || doc.has('^my name is')) && !doc.has('(because|since|want|would|will|going to|plan)')) {
      const origin = groups(doc, 'from [<v>#ProperNoun+]');
      if (origin) out.add(makeFact('location', valueOf(origin.v, PLACE_VALUE), LOCATION_ORIGIN));
      const home = groups(doc, 'in [<v>#Place+]');
      if (home) out.add(makeFact('location', valueOf(home.v, PLACE_VALUE)));
      // "QA engineer in Infosys": "in" a name that is not a place is where the user works.
      const firm = !home && !out.get('employer') && doc.has('^i am (a|an) #Noun+ in') ? groups(doc, 'in [<v>#ProperNoun+]') ?? groups(doc, 'in [<v>.+]') : undefined;
      const firmName = firm ? valueOf(firm.v, { capitalize: 'proper', stopAtComma: true, stopWords: ['since', 'for', 'as', 'and', 'but', 'where'] }) : '';
      if (firmName && /^[A-Z]/.test(firmName) && !nlp(firmName).has('#Place')) out.add(makeFact('employer', firmName));
    }
    // "I work as a data engineer at Contoso" (or "at Contoso as a data engineer") states the job and the employer.
    // "working as nurse in Salford Royal hospital": a named workplace after the job.
    if (doc.has('(work|working) as .+ (in|at) #ProperNoun') && !out.get('employer')) {
      const place = groups(doc, '(work|working) as .+? (in|at) [<v>#ProperNoun+ .*]');
      const name = place ? valueOf(place.v, { capitalize: 'proper', stopAtComma: true, stopWords: ['since', 'for', 'and', 'but', 'now', 'because'] }) : '';
      if (name && !nlp(name).has('^#Place+$')) out.add(makeFact('employer', name));
    }
    if (doc.has('(work|working|hired|recruited|employed) as') || doc.has('(work|working|job|position|role|started|joined) (at|for|with)? .+ as') || doc.has('^i am (now|currently|also|actually)? (a|an) .+ (at|for)')) {
      jobRule(doc, out, sentenceDoc);
      employerRule(doc, out, sentenceDoc);
    }
  }

  private collect(text: string, out: Collector, notesAllowed: boolean): void {
    for (const sentence of sentences(text)) {
      const sentenceDoc = nlp(sentence.text);
      // "On weekends I paint and I surf": the time that opens the sentence holds for each clause.
      const lead = sentenceDoc.match('^(on|at|in|every|during|most|after|before)? (the)? [<t>#Date+] (i|we)').groups('t') as View | undefined;
      const leadText = lead?.found ? `${sentenceDoc.match('^(on|at|in|every|during|most|after|before)').text()} ${lead.text()}`.trim() : '';
      for (const [index, clause] of sentence.clauses.entries()) {
        if (notesAllowed) {
          const note = noteContent(sentence.text.slice(clause.start));
          if (note) {
            // "Remember that I'm allergic to peanuts" is a fact; anything else is kept as a note.
            const inner = new Collector();
            this.collect(note, inner, false);
            if (inner.size > 0) out.merge(inner);
            else out.add(makeFact('note', note));
            break;
          }
        }
        if (!clause.statement || isChatter(clause.text)) continue;
        for (const part of introduction(withSubject(clause.text))) {
          const doc = nlp(index > 0 && leadText && /^(?:i|we)\b/i.test(part) && !/[.!?]$/.test(part) ? `${part} ${leadText}` : part);
          if (reportedByOthers(doc)) continue;
          if (!RULES.some((rule) => rule(doc, out, sentenceDoc))) statementRule(doc, out);
          withdrawSetAside(part, out);
          this.alsoJobAndPlace(doc, out, sentenceDoc);
        }
        continue;
      }
    }
  }
}
