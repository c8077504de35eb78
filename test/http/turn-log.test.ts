/** The turn log: one structured line per turn with timings, and never the message text. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer, type WorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

let server: WorkshopServer | undefined;
afterAll(async () => {
  await server?.stop();
});

describe('turn log', () => {
  it('writes one line per turn with step timings, engine, user and thread, without the text', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], logger: pino({ level: 'info' }, sink), adminToken: 'facilitator-secret-token' });
    const me = new Attendee(server.url('preferences'));
    const { userId } = (await me.get('/api/me')).body;
    await me.post('/api/threads/logged/messages', { text: 'My secret name is Rumpelstiltskin.' });
    await new Promise((r) => setTimeout(r, 50));
    const turns = lines.map((l) => JSON.parse(l)).filter((l) => l.event === 'turn');
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({ demo: 'preferences', agentId: 'personal_assistant', userId, threadId: 'logged', engine: 'fallback', via: 'http' });
    for (const step of ['memorySearch', 'model', 'tools', 'historyWrite', 'memoryWrite', 'total']) expect(typeof turns[0].timings[step]).toBe('number');
    const all = lines.join('\n');
    expect(all).not.toContain('Rumpelstiltskin');
    expect(all).not.toContain('facilitator-secret-token');
  });
});
