/** The work agent's skills: the plate, tasks, meetings, and work facts from what the user said. */
import { describe, expect, it } from 'vitest';
import { runTool } from '../../../agents/tool';
import { demoTools } from '../../../agents/tools';
import type { ModelMessage } from '../../types';
import { WORK_ASKS } from './index';
import { callOf, chat, memory, replyOf, skill, turn, WORK } from './skill-test-kit';

describe('work: plate, tasks and meetings', () => {
  const plate: Array<[string, Record<string, unknown>]> = [
    ["what's on my plate today?", { date: 'today' }],
    ['whats on my plate tmrw', { date: 'tomorrow' }],
    ['what do I have on friday?', { date: 'friday' }],
    ['what does my day look like?', {}],
    ['how is my tuesday looking', { date: 'tuesday' }],
  ];
  it.each(plate)('%s → get_calendar', (user, args) => {
    expect(callOf({ user, tools: WORK })).toEqual({ name: 'get_calendar', arguments: args });
  });

  const tasks: Array<[string, Record<string, unknown>]> = [
    ['remind me to send the report by Thursday', { title: 'Send the report', due: 'thursday' }],
    ['Remind me tomorrow to call Sam', { title: 'Call Sam', due: 'tomorrow' }],
    ["don't let me forget to email Dana", { title: 'Email Dana' }],
    ['add review PR 42 to my to-do list', { title: 'Review PR 42' }],
    ['create a task: update the roadmap', { title: 'Update the roadmap' }],
    ['new reminder to renew the SSL certificate on monday', { title: 'Renew the SSL certificate', due: 'monday' }],
  ];
  it.each(tasks)('%s → create_task', (user, args) => {
    expect(callOf({ user, tools: WORK })).toEqual({ name: 'create_task', arguments: args });
  });

  const meetings: Array<[string, Record<string, unknown>]> = [
    ['book a meeting with Sam on Friday at 3pm', { title: 'Meeting with Sam', date: 'friday', time: '15:00', attendees: ['Sam'] }],
    ['schedule a quick call with the design team tomorrow about the Q3 budget', { title: 'Call with the design team about the Q3 budget', date: 'tomorrow', attendees: ['the design team'] }],
    ['set up a 1:1 with Priya next monday at 10:30 for 45 minutes', { title: '1:1 with Priya', date: 'next monday', time: '10:30', durationMinutes: 45, attendees: ['Priya'] }],
    ['can u book a meting with sam and priya on firday at 2', { title: 'Meeting with sam and priya', date: 'friday', time: '14:00', attendees: ['sam', 'priya'] }],
    ['block an hour for the report on friday', { title: 'Focus time: the report', date: 'friday', durationMinutes: 60 }],
    ['put the quarterly review on my calendar for wednesday at noon', { title: 'Quarterly review', date: 'wednesday', time: '12:00' }],
  ];
  it.each(meetings)('%s → add_calendar_event', (user, args) => {
    expect(callOf({ user, tools: WORK })).toEqual({ name: 'add_calendar_event', arguments: args });
  });

  it('asks for the day of a meeting, then books it', () => {
    const asked = replyOf({ user: 'book a meeting with Sam', tools: WORK });
    expect(asked).toContain(WORK_ASKS.meetingDay);
    const history: ModelMessage[] = [{ role: 'user', text: 'book a meeting with Sam' }, { role: 'assistant', text: asked }];
    expect(callOf({ user: 'thursday at 11am', tools: WORK, history })).toEqual({ name: 'add_calendar_event', arguments: { title: 'Meeting with Sam', date: 'thursday', time: '11:00', attendees: ['Sam'] } });
  });

  it('asks what a bare reminder should say, then adds it', () => {
    const asked = replyOf({ user: 'remind me', tools: WORK });
    expect(asked).toContain(WORK_ASKS.taskTitle);
    const history: ModelMessage[] = [{ role: 'user', text: 'remind me' }, { role: 'assistant', text: asked }];
    expect(callOf({ user: 'submit my expenses on friday', tools: WORK, history })).toEqual({ name: 'create_task', arguments: { title: 'Submit my expenses', due: 'friday' } });
  });

  it('answers a task and a booking from the tool results, as demo data', async () => {
    const task = await turn({ user: 'remind me to send the report by friday', tools: WORK });
    expect(task.text).toMatch(/^Added to your work tasks: \*\*Send the report\*\* — due Friday \d{4}-\d{2}-\d{2} \(TASK-\d{4}\)\. _\(Demo data — not saved to a real task list\.\)_$/);
    const meeting = await turn({ user: 'book a meeting with Sam on monday at 9:00', tools: WORK });
    expect(meeting.text).toMatch(/^Booked \*\*Meeting with Sam\*\* on Monday \d{4}-\d{2}-\d{2} at 09:00 \(30 min\) — EVT-\d{5}\./);
    expect(meeting.text).toMatch(/_\(Demo data — saved to your demo calendar, not a real one\.\)_$/);
  });

  it('lists the tasks added earlier (from tool memories) and shows them with the calendar', async () => {
    const report = (await runTool(demoTools.create_task, { title: 'Send the report', due: 'today' })).result;
    const call = (await runTool(demoTools.create_task, { title: 'Call Sam' })).result;
    const memories = [memory(`create_task result: ${JSON.stringify(report)}`, 'tool'), memory(`create_task result: ${JSON.stringify(call)}`, 'tool')];
    for (const user of ['what are my tasks?', "what's on my todo list", 'show me my reminders']) {
      const text = replyOf({ user, tools: WORK, memories });
      expect(text).toMatch(/^Tasks you asked me to add:\n- Send the report — due \w+ \d{4}-\d{2}-\d{2} \(TASK-\d{4}\)\n- Call Sam \(TASK-\d{4}\)\n/);
    }
    expect(replyOf({ user: 'what are my tasks?', tools: WORK })).toMatch(/^You haven't asked me to add any tasks yet/);
    const plate = await turn({ user: "what's on my plate today?", tools: WORK, memories });
    expect(plate.text).toMatch(/^(Your calendar for today|Nothing on your calendar for today)/);
    expect(plate.text).toContain('Tasks you asked me to add:\n- Send the report (due that day)\n- Call Sam\n');
  });
});

describe('work: manager, project and team from what the user said', () => {
  const said = chat('My manager is Sam Lee and I am working on Project Phoenix.', "I'm on the payments team");
  const questions: Array<[string, string]> = [
    ["who's my manager?", 'You told me your manager is Sam Lee.'],
    ['whos my manger', 'You told me your manager is Sam Lee.'],
    ["what's my manager's name?", 'You told me your manager is Sam Lee.'],
    ['what project am I on?', "You told me you're working on Project Phoenix."],
    ['what am i working on', "You told me you're working on Project Phoenix."],
    ['which team am I on?', "You told me you're on the payments team."],
  ];
  it.each(questions)('%s', (user, answer) => {
    expect(replyOf({ user, tools: WORK, history: said })).toBe(answer);
  });

  it('reads message memories and notes, the latest statement winning', () => {
    const memories = [memory('I report to Dana Kim'), memory('User asked to remember: my manager is now Omar Haddad', 'fact')];
    expect(replyOf({ user: 'who do I report to?', tools: WORK, memories })).toBe('You told me your manager is Omar Haddad.');
  });

  it('finds the manager named in passing, and the latest deadline of the project asked about', () => {
    const lena = chat('My team standup is every day at 9:15 and I have a 1:1 with my manager Petra on Thursdays.', 'Currently I am leading the MRI scheduling app project, the deadline is end of March.');
    expect(replyOf({ user: 'Who is my manager?', tools: WORK, history: lena })).toBe('You told me your manager is Petra.');
    expect(replyOf({ user: 'Which project am I leading?', tools: WORK, history: lena })).toBe("You told me you're leading the MRI scheduling app project.");
    expect(replyOf({ user: "what's the deadline?", tools: WORK, history: lena })).toBe('You told me the deadline is end of March.');
    const memories = [memory('Quick update: the deadline for the MRI project moved to mid April.'), memory('The deadline for the website was pushed back to June')];
    expect(replyOf({ user: 'When is the MRI project deadline?', tools: WORK, history: lena, memories })).toBe('You told me the deadline for the MRI project is now mid April.');
  });

  it("says plainly what it wasn't told", () => {
    expect(replyOf({ user: "who's my boss?", tools: WORK })).toMatch(/^You haven't told me who your manager is\./);
    expect(replyOf({ user: 'when is my deadline?', tools: WORK })).toMatch(/^You haven't told me about a deadline\./);
  });

  it('acknowledges work statements, and leaves other talk to the model', () => {
    expect(replyOf({ user: 'My manager is now Dana Kim', tools: WORK })).toBe("Got it — your manager is Dana Kim. I'll remember that.");
    for (const user of ['I work at Contoso as a data engineer', "what's my name?", 'do I have any meetings next friday?', 'hello']) expect(skill({ user, tools: WORK })).toBeUndefined();
  });
});
