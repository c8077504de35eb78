/** The offline model on support details read from the conversation about a ticket. */
import { describe, expect, it } from 'vitest';
import { say } from './offline-chat-test-kit';

describe('OfflineChatModel: support details from the ticket', () => {
  const ticket = [
    { role: 'user' as const, text: 'The dishwasher is a Bosch SMS6 and it shows error E24 after every cycle' },
    { role: 'assistant' as const, text: 'Sorry to hear that.' },
    { role: 'user' as const, text: 'When it stops, the water stays at the bottom and the panel light blinks red' },
    { role: 'assistant' as const, text: 'Thanks.' },
  ];

  it('answers a code with the code, and reads a time clause as a statement', async () => {
    expect(await say({ user: 'what code does it show?', history: ticket })).toContain('E24');
    expect(await say({ user: 'what colour does the light blink?', history: ticket })).toContain('red');
  });

  it('says "pending" is not fixed', async () => {
    const history = [...ticket, { role: 'user' as const, text: 'The drain problem is still pending' }, { role: 'assistant' as const, text: 'Noted.' }];
    expect(await say({ user: 'is the drain problem fixed now?', history })).toMatch(/^No/);
  });
});
