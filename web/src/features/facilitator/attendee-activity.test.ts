import type { AdminThread, AttendeeDetail, WireMemory, WireMessage } from '@protocol';
import { describe, expect, it } from 'vitest';
import { activityView, describeCounts, matchesTerm, plainTitle, searchTerm } from './attendee-activity';

const message = (id: string, role: WireMessage['role'], text: string, extra: Partial<WireMessage> = {}): WireMessage => ({ id, role, text, createdAt: 1, ...extra });
const memory = (id: string, kind: WireMemory['kind'], text: string): WireMemory => ({ id, kind, text, agentId: 'a', userId: 'u_1', createdAt: 1 });
const thread = (id: string, messages: WireMessage[], messageCount = messages.length): AdminThread => ({
  id,
  title: id,
  messageCount,
  createdAt: 1,
  updatedAt: 2,
  key: `chat_messages:a:u_1:${id}`,
  messages,
});

/** Ada: chats in the preferences and persistence demos, nothing in multi-agent. */
const detail: AttendeeDetail = {
  userId: 'u_1',
  displayName: 'Ada',
  demos: [
    {
      id: 'preferences',
      title: 'Preferences',
      port: 8000,
      agents: [
        {
          id: 'personal_assistant',
          name: 'Personal Assistant',
          port: 8000,
          threads: [
            thread('one', [message('m1', 'user', 'I love **Sushi** and jazz'), message('m2', 'assistant', 'Noted: you love sushi.')], 250),
            thread('two', [message('m3', 'user', 'What is the weather?'), message('m4', 'assistant', '', { toolCalls: [{ id: 'c1', name: 'get_weather', arguments: { city: 'Lisbon' } }] })]),
          ],
          memories: [memory('f1', 'fact', 'User likes sushi.'), memory('f2', 'fact', 'User lives in Lisbon.'), memory('r1', 'message', 'I love **Sushi** and jazz')],
        },
      ],
    },
    {
      id: 'persistence',
      title: 'Persistence',
      port: 8001,
      agents: [{ id: 'support_agent', name: 'Support Agent', port: 8001, threads: [thread('support_ticket_1', [message('m5', 'user', 'My printer is on fire')])], memories: [] }],
    },
    { id: 'multi-agent', title: 'Multi-agent', port: 8002, agents: [{ id: 'agent_personal', name: 'Personal', port: 8002, threads: [], memories: [] }] },
  ],
};

describe('attendee activity: grouping', () => {
  it('keeps every demo, agent and thread while browsing, with memories grouped by kind and counts per level', () => {
    const view = activityView(detail, '');
    expect(view.term).toBe('');
    expect(view.demos.map((d) => d.demo.id)).toEqual(['preferences', 'persistence', 'multi-agent']);
    const [prefs, support, multi] = view.demos;
    // messageCount counts what the history holds, not only what was sent.
    expect(prefs.counts).toEqual({ threads: 2, messages: 252, memories: 3 });
    expect(support.counts).toEqual({ threads: 1, messages: 1, memories: 0 });
    expect(multi.counts).toEqual({ threads: 0, messages: 0, memories: 0 });
    expect(view.counts).toEqual({ threads: 3, messages: 253, memories: 3 });
    const assistant = prefs.agents[0];
    expect(assistant.threads.map((t) => [t.thread.id, t.messages.length])).toEqual([
      ['one', 2],
      ['two', 2],
    ]);
    // Facts first; kinds without memories are left out.
    expect(assistant.memoryKinds.map((k) => [k.kind, k.total, k.memories.map((m) => m.id)])).toEqual([
      ['fact', 2, ['f1', 'f2']],
      ['message', 1, ['r1']],
    ]);
    expect(view.hits).toBe(0);
  });

  it('shows a title made from a message without its markdown markers', () => {
    expect(plainTitle('My favourite food is **sushi** and `code`, *really*')).toBe('My favourite food is sushi and code, really');
    expect(plainTitle('support_ticket_42')).toBe('support_ticket_42');
    expect(plainTitle('2 * 3 = 6 and 4 * 5 = 20')).toBe('2 * 3 = 6 and 4 * 5 = 20');
  });

  it('says what a group holds in words', () => {
    expect(describeCounts({ threads: 1, messages: 2, memories: 1 })).toBe('1 thread · 2 messages · 1 memory');
    expect(describeCounts({ threads: 0, messages: 0, memories: 3 })).toBe('3 memories');
    expect(describeCounts({ threads: 0, messages: 0, memories: 0 })).toBe('nothing yet');
  });
});

describe('attendee activity: search', () => {
  it('matches case-insensitively, ignoring surrounding and repeated spaces', () => {
    expect(searchTerm('  Love   SUSHI ')).toBe('love sushi');
    expect(matchesTerm('I LOVE sushi', 'love sushi')).toBe(true);
    expect(matchesTerm('lovely', 'sushi')).toBe(false);
    expect(matchesTerm('anything', '')).toBe(true);
  });

  it('keeps only matching messages and memories, drops groups without a match, and counts the matches', () => {
    const view = activityView(detail, 'SUSHI');
    expect(view.hits).toBe(4);
    expect(view.demos.map((d) => d.demo.id)).toEqual(['preferences']);
    const [assistant] = view.demos[0].agents;
    expect(assistant.hits).toBe(4);
    expect(assistant.threads.map((t) => t.thread.id)).toEqual(['one']);
    expect(assistant.threads[0].messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(assistant.threads[0].hits).toBe(2);
    expect(assistant.memoryKinds.map((k) => [k.kind, k.hits, k.total, k.memories.map((m) => m.id)])).toEqual([
      ['fact', 1, 2, ['f1']],
      ['message', 1, 1, ['r1']],
    ]);
    // Counts still say what the groups hold in all.
    expect(view.demos[0].counts.memories).toBe(3);
  });

  it('finds tool calls by the tool name and arguments', () => {
    const view = activityView(detail, 'get_weather');
    expect(view.hits).toBe(1);
    expect(view.demos[0].agents[0].threads[0].messages.map((m) => m.id)).toEqual(['m4']);
    expect(activityView(detail, 'lisbon').hits).toBe(2);
  });

  it('finds matches in another demo, and nothing when nothing matches', () => {
    const fire = activityView(detail, 'printer');
    expect(fire.demos.map((d) => [d.demo.id, d.hits])).toEqual([['persistence', 1]]);
    const none = activityView(detail, 'zebra');
    expect(none.hits).toBe(0);
    expect(none.demos).toEqual([]);
  });
});
