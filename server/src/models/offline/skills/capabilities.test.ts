/** Which skills an agent has, chosen by its tools, and the honest fallback for what it cannot do. */
import { describe, expect, it } from 'vitest';
import { demoTools, type DemoToolName } from '../../../agents/tools';
import { domainsOf, fallbackFor, helpFor } from './index';
import { callOf, chat, model, PERSONAL, replyOf, request, skill, SUPPORT, view, WORK } from './skill-test-kit';

describe('domains and the honest fallback', () => {
  it('chooses skills by the tools offered', () => {
    expect(domainsOf(view({ user: 'x', tools: SUPPORT }))).toEqual({ support: true, work: false, personal: false });
    expect(domainsOf(view({ user: 'x', tools: WORK }))).toEqual({ support: false, work: true, personal: false });
    expect(domainsOf(view({ user: 'x', tools: ['get_calendar'] }))).toEqual({ support: false, work: true, personal: false });
    expect(domainsOf(view({ user: 'x', tools: PERSONAL }))).toEqual({ support: false, work: false, personal: true });
    expect(domainsOf(view({ user: 'x', tools: [] }))).toEqual({ support: false, work: false, personal: true });
  });

  it('the support agent never suggests restaurants and lists its ticket skills', () => {
    const text = fallbackFor(view({ user: 'x', tools: SUPPORT }));
    expect(text).toMatch(/^I'm the built-in offline model, so I only understand a few kinds of requests\./);
    expect(text).not.toMatch(/restaurant|cook|weather|Paris/i);
    expect(text).toMatch(/ticket's status/);
    expect(text).toMatch(/tried/);
    expect(text).toMatch(/escalate/);
    expect(text).toMatch(/close/);
  });

  it("the personal assistant doesn't offer ticket actions; the work agent offers meetings and tasks, not restaurants", () => {
    const personal = fallbackFor(view({ user: 'x', tools: PERSONAL }));
    expect(personal).toMatch(/restaurant/);
    expect(personal).toMatch(/weather/);
    expect(personal).not.toMatch(/ticket|escalat|meeting|task/i);
    const work = fallbackFor(view({ user: 'x', tools: WORK }));
    expect(work).toMatch(/book a meeting/);
    expect(work).toMatch(/add a task/);
    expect(work).toMatch(/manager/);
    expect(work).not.toMatch(/restaurant|weather|ticket/i);
  });

  it('offers only the tools that are there', () => {
    const statusOnly = fallbackFor(view({ user: 'x', tools: ['get_ticket_status'] }));
    expect(statusOnly).not.toMatch(/escalate|close/);
    expect(helpFor(view({ user: 'x', tools: [] }))).not.toMatch(/weather|calendar|demo/);
  });

  it('stays short with every tool offered', () => {
    const all = Object.keys(demoTools) as DemoToolName[];
    const text = fallbackFor(view({ user: 'x', tools: all }));
    expect(text.length).toBeLessThan(400);
    expect(text).toMatch(/weather/);
  });

  it('greets, helps and says goodbye like the agent it is (through the model)', () => {
    const hi = model.respond(request({ user: 'hello', tools: SUPPORT })).text;
    expect(hi).toMatch(/^Hi! .*built-in offline model.*ticket number/);
    const help = model.respond(request({ user: 'what can you do?', tools: SUPPORT })).text;
    expect(help).not.toMatch(/restaurant/);
    expect(help).toMatch(/escalate/);
    const fallback = model.respond(request({ user: 'Explain quantum chromodynamics', tools: SUPPORT })).text;
    expect(fallback).not.toMatch(/restaurant/);
  });
});

describe('personal assistant: no support or work skills it cannot back', () => {
  it('"I tried sushi yesterday" is not troubleshooting, and support questions are not answered as such', () => {
    const history = chat('I tried sushi yesterday', 'I restarted my workout routine');
    expect(skill({ user: 'what have I tried so far?', tools: PERSONAL, history })).toBeUndefined();
    expect(skill({ user: 'I tried sushi yesterday', tools: PERSONAL })).toBeUndefined();
    expect(skill({ user: 'summarize my issue', tools: PERSONAL })).toBeUndefined();
  });

  it('declines actions it has no tool for', () => {
    expect(replyOf({ user: 'remind me to buy milk', tools: PERSONAL })).toMatch(/^I can't set reminders or add tasks in this chat/);
    expect(replyOf({ user: 'schedule a dentist appointment on friday', tools: PERSONAL })).toMatch(/^I can read your calendar here, but I can't book anything on it/);
    expect(replyOf({ user: 'can you escalate ticket 12345?', tools: PERSONAL })).toMatch(/^I can't escalate anything in this chat/);
    expect(replyOf({ user: 'I want to talk to a human', tools: PERSONAL })).toMatch(/^There's no person behind this chat/);
    expect(replyOf({ user: 'close the ticket', tools: PERSONAL })).toMatch(/^I can't close tickets in this chat/);
    expect(replyOf({ user: 'can I speak to a real person?', tools: WORK })).toMatch(/^There's no person behind this chat/);
    // A colleague is not a support escalation.
    expect(skill({ user: 'I need to talk to the manager about my raise', tools: WORK })).toBeUndefined();
  });

  it('reads the calendar for "what\'s on my plate?" and leaves everyday talk alone', () => {
    expect(callOf({ user: "what's on my plate today?", tools: PERSONAL })).toEqual({ name: 'get_calendar', arguments: { date: 'today' } });
    for (const user of ['make time for the kids', 'I want to meet new people', "what's my favourite food?", 'it works now']) expect(skill({ user, tools: PERSONAL })).toBeUndefined();
  });
});
