/** The in-memory `ToolRecords` against the shared contract, and the tools' guard without records. */
import { describe, expect, it } from 'vitest';
import { runTool } from '../tool';
import { demoTools } from './index';
import { describeToolRecordsContract } from './records-contract';
import { InMemoryToolRecords } from './records';

// One map per user of one space, as the Redis store keys them.
const spaces = new Map<string, Map<string, InMemoryToolRecords>>();
let next = 0;
describeToolRecordsContract('in memory', {
  space: () => {
    const id = `s${next++}`;
    spaces.set(id, new Map());
    return id;
  },
  create: (space, userId) => {
    const users = spaces.get(space)!;
    if (!users.has(userId)) users.set(userId, new InMemoryToolRecords());
    return users.get(userId)!;
  },
});

describe('tools that keep data per user', () => {
  it('fail with a clear message when run without the user\'s records', async () => {
    for (const [name, args] of [
      ['get_ticket_status', { ticketId: '1' }],
      ['open_ticket', { subject: 'x' }],
      ['escalate_ticket', { ticketId: '1', reason: 'x' }],
      ['close_ticket', { ticketId: '1' }],
      ['add_calendar_event', { title: 'x', date: 'tomorrow' }],
    ] as const) {
      const run = await runTool(demoTools[name], args);
      expect(run).toMatchObject({ isError: true, result: { error: { code: 'tool_failed' } } });
      expect(JSON.stringify(run.result)).toContain(`tool \\"${name}\\" keeps its data per user`);
    }
  });
});
