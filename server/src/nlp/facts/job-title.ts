/** Whether words name a job: the word lists and the tests the job, employer and name readers share. */
import { tokens, type View } from './clauses';
import { DIETS } from './diets';
import { valueOf, type ValueOptions } from './value';

/** Words that make "I'm a …" something other than a job. */
const NOT_JOBS = new Set([
  'intolerant', 'tolerant', 'vacant', 'pregnant', 'reluctant', 'hesitant', 'relevant', 'important', 'different', 'patient', 'student-ish',
  'fan', 'bit', 'lot', 'little', 'person', 'people', 'mother', 'father', 'parent', 'mom', 'mum', 'dad', 'wife',
  'husband', 'son', 'daughter', 'brother', 'sister', 'friend', 'member', 'lover', 'beginner', 'newcomer',
  'foreigner', 'stranger', 'named', 'called', 'regular', 'guest', 'visitor', 'client', 'believer', 'customer', 'user', 'human', 'man', 'woman', 'guy', 'girl', 'boy', 'kid',
  'adult', 'fast', 'slow', 'native', 'speaker', 'twin', 'sucker', 'fool', 'mess', 'nerd', 'geek', 'enthusiast',
  'addict', 'buff', 'grandmother', 'grandfather', 'grandparent', 'veteran', 'patient', 'resident', 'citizen',
  ...DIETS,
]);
/** Common jobs compromise does not tag as `#Actor`. */
export const JOB_WORDS = new Set(['lead', 'head', 'supervisor', 'coordinator', 'associate', 'specialist', 'owner', 'principal', 'apprentice', 'trainee', 'midwife', 'translator', 'interpreter', 'tester', 'nurse practitioner', 'nurse', 'student', 'pilot', 'chef', 'cook', 'barista', 'clerk', 'judge', 'architect', 'scientist', 'dentist', 'pharmacist', 'paramedic', 'mechanic', 'plumber', 'electrician', 'carpenter', 'firefighter', 'surgeon', 'intern', 'consultant', 'analyst', 'engineer', 'developer', 'programmer', 'designer', 'writer', 'journalist', 'editor', 'artist', 'musician', 'photographer', 'accountant', 'lawyer', 'attorney', 'doctor', 'physician', 'therapist', 'psychologist', 'professor', 'lecturer', 'researcher', 'teacher', 'tutor', 'librarian', 'manager', 'director', 'founder', 'ceo', 'cto', 'cfo', 'salesperson', 'marketer', 'recruiter', 'farmer', 'baker', 'butcher', 'waiter', 'waitress', 'bartender', 'cashier', 'driver', 'soldier', 'officer', 'veterinarian', 'vet', 'dj', 'entrepreneur', 'freelancer', 'contractor', 'technician', 'administrator', 'admin']);
const JOB_SUFFIX = /(?:er|or|ist|ian|eer|ant|ent|ect|ive|ess)$/;

/** How a job title is cut from the words after "I'm a" or "I work as". */
export const JOB_VALUE: ValueOptions = { stopWords: ['at', 'for', 'in', 'with', 'from', 'i', 'my', 'and', 'who', 'on', 'left', 'this'], stopAtAnd: true, stopAtComma: true };

/** Whether a noun phrase names a job ("data engineer", "nurse"), not a diet, a relative or a fan. */
export function isJob(view: View): boolean {
  const toks = tokens(view).filter((t) => t.text !== '');
  const words = valueOf(view, JOB_VALUE).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  const head = words[words.length - 1];
  if (NOT_JOBS.has(head) || words.some((w) => NOT_JOBS.has(w))) return false;
  const headTok = toks.find((t) => t.normal === head);
  if (headTok?.tags.some((tag) => tag === 'Demonym' || tag === 'Place')) return false;
  return JOB_WORDS.has(head) || Boolean(headTok?.tags.includes('Actor')) || (JOB_SUFFIX.test(head) && Boolean(headTok?.tags.includes('Noun')));
}

/** A job title of words nobody listed ("gear rental tech"): nouns only, none that is no job. */
export function isTitle(view: View): boolean {
  const words = valueOf(view, JOB_VALUE).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4 || words.some((w) => NOT_JOBS.has(w))) return false;
  const toks = tokens(view).filter((t) => words.includes(t.normal));
  return toks.length > 0 && toks.every((t) => t.tags.includes('Noun') || t.tags.includes('Adjective')) && toks.at(-1)!.tags.includes('Noun');
}
