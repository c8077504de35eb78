/** The offline model on work talk answered from what memory kept. */
import { describe, expect, it } from 'vitest';
import { collect, memory, model, request, say } from './offline-chat-test-kit';

describe('OfflineChatModel: work talk from what memory kept', () => {
  it('finds the project in a fact when the message itself was not retrieved', async () => {
    expect(await say({ user: 'what am I working on?', memories: [memory('User is building the new payments API, due end of March.')] })).toContain('payments API');
  });

  it('meets "1:1" and "one on one", and a day in the plural', async () => {
    expect(await say({ user: 'when is my one on one?', memories: [memory('I have a 1:1 with my manager every Thursday at 2pm', 'message')] })).toContain('Thursday');
    expect(await say({ user: 'which day do I work from home?', memories: [memory("I'm working from home on Fridays", 'message')] })).toContain('Fridays');
  });

  it('answers "when is my safety meeting" from memory rather than the demo calendar', async () => {
    const out = await collect(model, request({ user: 'When is safety meeting', memories: [memory('Safety meeting Mondays 7am.', 'message')] }));
    expect(out.calls).toEqual([]);
    expect(out.text).toContain('Mondays 7am');
  });
});

describe('OfflineChatModel: a date that moved', () => {
  it('reads "got pushed to" as the new due date', async () => {
    const text = await say({ user: 'when is the launch due now?', memories: [memory('originally it was due September 30', 'message', { createdAt: 1 }), memory('the Q3 launch got pushed to October 15', 'message', { createdAt: 2 })] });
    expect(text).toContain('October 15');
    expect(text).not.toContain('September');
  });
});
