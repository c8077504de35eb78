/** What the work requests look like: the patterns for each kind, and the questions the work agent asks back. */
import nlp from '../../../nlp/compromise';

/** A message as compromise reads it. */
export type Doc = ReturnType<typeof nlp>;

/** The questions the work agent asks; a short answer continues the request it came from. */
export const WORK_ASKS = {
  meetingDay: 'Which day should I book it for?',
  taskTitle: 'What should the task say?',
} as const;

/** The kinds of work request a message can make; a `?` marks a question about what the user said. */
export type WorkIntent = 'plate' | 'tasks' | 'task' | 'meeting' | 'manager?' | 'project?' | 'team?' | 'deadline?' | 'statement';

/** "What's on my plate today?": what the user has on for a day. */
export const PLATE = [
  'what is on my plate',
  '(what|anything) (do|have) i (got|have)? (on|going on|planned|scheduled|lined up|coming up|to do|need to do)? (for|on)? (today|tomorrow|tonight|#WeekDay|this morning|this afternoon|next #WeekDay)',
  'what do i (have|need) to do (today|tomorrow|#WeekDay|next #WeekDay)?$',
  'what does my (day|morning|afternoon|week|#WeekDay|tomorrow|today) look like',
  'how (does|is) my (day|morning|afternoon|week|#WeekDay|tomorrow|today) (look|looking)',
  '^what is (next|up next) (for me|today|on my list)?',
];
/** "What are my tasks?": the tasks added so far. */
export const TASKS = [
  '(what|which) (are|is) (my|the) #Adjective? (tasks|todos|todo|todo list|reminders|action items|task list)',
  '(on|in) my (todo|task|tasks) list',
  '(show|list|give|tell|read) (me)? (my|the) #Adjective? (tasks|todos|todo|todo list|reminders|task list)',
  'what did i ask you to (remind me|add)',
  '(what|which|any) (reminders|tasks|todos) (do|have|did) i (have|got|set|add|added)',
  '(do i have|are there) any #Adjective? (tasks|reminders|todos)',
  '^(my)? (tasks|todos|todo list|reminders)$',
];
/** "Remind me to …", "add … to my list": a task to add; the group `x` is its title. */
export const TASK = [
  'remind me (to|that i need to|that i have to|that i should|about) [<x>.+]',
  'remind me [<d>.+] to [<x>.+]',
  'add [<x>.+] to (my|the) (todo|todo list|task list|tasks|list|reminders|todos)',
  '(create|make|add|set|set up|open|log|new|put in) (a|an|another|new|me a)? #Adjective? (task|todo|reminder|action item) (to|for|about|called|named|that says|saying)? [<x>.+]',
  '#Negative let me forget (to|about) [<x>.+]',
  'note to self [<x>.+]',
  '^(todo|task|reminder) [<x>.+]',
];
/** "Remind me", "create a task": a task asked for without a title. */
export const TASK_BARE = ['^remind me #Adverb?$', '(create|make|add|set|new) (a|an|another|new|me a)? (task|todo|reminder)$'];
/** The words for a meeting ("sync", "1:1", "coffee"). */
export const MEETING_NOUN = '(meeting|call|sync|catch-up|catchup|1:1|one-on-one|chat|appointment|review|session|standup|stand-up|lunch|coffee|interview|demo|time|slot|meet|huddle|check-in)';
/** "Book a meeting with Sam", "block an hour": a meeting or time to book. */
export const MEETING = [
  `(book|schedule|set up|setup|arrange|organise|organize|plan|add|create|set|fix|pencil|put|block) (me)? (in)? (a|an|some|another|the|our)? #Adjective? #Noun? ${MEETING_NOUN}`,
  '(need|want|like|have) to meet (with|up with)? #Noun',
  '^(let us|lets|can we|could we|we should) meet',
  '(put|add|pencil) [<x>.+] (on|in|to|into) (my|the) (calendar|schedule|agenda|diary)',
  '(block|reserve|hold) (out|off)? (an|a|some|#Value)? (hour|hours|minutes|mins|time|slot)',
];
/** "Who's my manager?" */
export const MANAGER_Q = ['(who|what) (is|was) my (manager|boss|lead|team lead|line manager|supervisor|skip-level)', 'who do i (report|answer) to', '(name|called) #Preposition? my (manager|boss)'];
/** "What project am I on?" */
export const PROJECT_Q = [
  '(what|which) (project|projects) (am|are|do|was) (i|we) #Adverb? (on|in|working|work|assigned|part)?',
  '(what|which) (am|are) (i|we) #Adverb? working on',
  'what is (my|our) #Adjective? (project|projects)',
];
/** "Which team am I on?" */
export const TEAM_Q = ['(what|which) team (am|do|are|is) (i|we) #Adverb? (on|in|part|belong)?', 'what is (my|our) team', 'who is (on|in) my team', 'who do i work with'];
/** "When is my deadline?"; the group `x` names what is due. */
export const DEADLINE_Q = [
  '(when|what) (is|are) (my|the|our) (deadline|deadlines|due date)',
  // compromise cannot end on a two-word alternative after `.+`: "due date" gets its own pattern.
  '(when|what) (is|are) (my|the|our)? [<x>.+] (deadline|deadlines)',
  '(when|what) (is|are) (my|the|our)? [<x>.+] due date',
  'when is [<x>.+] due',
  'what is due (today|tomorrow|this week|#WeekDay)',
];

/** Whether the message matches any of the patterns. */
export const any = (doc: Doc, patterns: string[]) => patterns.some((p) => doc.has(p));
/** A message that ends in a question mark. */
export const QUESTION = /\?\s*$/;
