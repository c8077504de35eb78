/** The workshop as a child process (as `npm start` runs it): a real stop and start keeps the conversation and the identity. */
import { afterAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let server: WorkshopServer | undefined;

afterAll(async () => {
  await server?.stop();
});

describe('child process restart', () => {
  it('serves the same thread and the same user after Ctrl+C (SIGTERM) and a new start', { timeout: 90_000 }, async () => {
    server = await startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', demos: ['persistence'] });
    const { namespace, portBase } = server;
    const me = new Attendee(server.url('persistence'));
    const { userId } = (await me.get('/api/me')).body;
    const sent = await me.post('/api/threads/support_ticket_12345/messages', { text: 'My router keeps rebooting.' });
    expect(sent.status).toBe(200);
    // Only the persistence port is served.
    await expect(fetch(server.url('preferences') + '/api/health')).rejects.toThrow();

    await server.stop();
    expect(server.child?.exitCode).toBe(0);
    await expect(fetch(server.url('persistence') + '/api/health')).rejects.toThrow();

    server = await startWorkshopServer({ redisUrl: testRedisUrl(), mode: 'child', demos: ['persistence'], namespace, portBase });
    expect((await me.get('/api/me')).body.userId).toBe(userId);
    const thread = await me.get('/api/threads/support_ticket_12345');
    expect(thread.status).toBe(200);
    expect(thread.body.messages.map((m: { text: string }) => m.text)).toEqual(['My router keeps rebooting.', sent.body.reply.text]);
    expect(server.output()).toContain('Press Ctrl+C');
  });
});
