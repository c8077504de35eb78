/**
 * One attendee cannot take the room down: past their limits they get a clear refusal with
 * `Retry-After` (HTTP) or `retryAfterSeconds` (WebSocket), never a fake Redis outage; a flood of
 * turns or sockets from one cookie leaves another attendee's turns working and `/api/health`
 * never says Redis is down.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { Attendee, type FrameSocket } from './attendee';

const server = useWorkshopServer({ redisUrl: testRedisUrl(), demos: ['preferences'], env: { WORKSHOP_TURNS_PER_MINUTE: '6' } });

function openSocket(baseUrl: string, cookie: string): Promise<{ status: number; ws: WebSocket; retryAfter?: string; code?: string }> {
  const ws = new WebSocket(baseUrl.replace(/^http/, 'ws') + '/ws', { headers: { cookie } });
  return new Promise((resolve) => {
    ws.on('open', () => resolve({ status: 101, ws }));
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ws, retryAfter: res.headers['retry-after'], code: JSON.parse(text).error?.code }));
    });
    ws.on('error', () => undefined);
  });
}

describe('per-attendee turn limits', () => {
  it('refuses turns past the per-minute limit with 429 and Retry-After; another attendee is not affected', async () => {
    const ada = new Attendee(server.url('preferences'));
    const bo = new Attendee(server.url('preferences'));
    const texts = ['I have a cat called Mochi.', 'I work as a nurse.', 'What is my cat called?', 'I enjoy rowing.', 'Do I have pets?', 'Where do I work?'];
    for (const text of texts) expect((await ada.post('/api/threads/limited/messages', { text })).status).toBe(200);
    const refused = await ada.post('/api/threads/limited/messages', { text: 'One more thing: I drink green tea.' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Refused before anything was stored.
    expect((await ada.get('/api/threads/limited')).body.messages.filter((m: { role: string }) => m.role === 'user')).toHaveLength(6);

    expect((await bo.post('/api/threads/other/messages', { text: 'My name is Bo.' })).status).toBe(200);

    const socket = await ada.socket();
    socket.send({ type: 'turn.start', requestId: 'late', threadId: 'limited', text: 'Still there?' });
    const error = await socket.next('error', (f) => f.requestId === 'late');
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    socket.close();
  });
});

describe('a flood from one cookie', () => {
  it('200 concurrent turns: the excess is refused as a limit (429), none as a Redis outage; others chat on; health stays up', async () => {
    const flood = new Attendee(server.url('preferences'));
    await flood.get('/api/me');
    const calm = new Attendee(server.url('preferences'));
    const healthStatuses: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const health = await calm.get('/api/health');
        healthStatuses.push(`${health.status} ${health.body.status} ${health.body.redis.connected}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => flood.post(`/api/threads/flood_${i % 7}/messages`, { text: `Flood message ${i} about my garden.` })));
    const calmAnswer = await calm.post('/api/threads/calm/messages', { text: 'I still want to talk about my bicycle.' });
    watching = false;
    await watcher;

    const codes = new Map<string, number>();
    for (const a of answers) {
      const key = a.status === 200 ? '200' : `${a.status} ${a.body.error.code}`;
      codes.set(key, (codes.get(key) ?? 0) + 1);
    }
    expect([...codes.keys()].every((k) => k === '200' || k.startsWith('429 ')), JSON.stringify([...codes])).toBe(true);
    expect(codes.get('200') ?? 0).toBeLessThanOrEqual(6);
    for (const a of answers.filter((x) => x.status === 429)) expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(calmAnswer.status).toBe(200);
    expect(healthStatuses.length).toBeGreaterThan(0);
    expect(healthStatuses.every((s) => s.startsWith('200 ') && s.endsWith(' true')), healthStatuses.join(', ')).toBe(true);
  });

  it('sockets past the per-attendee limit are refused at the handshake (429); closing one makes room', async () => {
    const greedy = new Attendee(server.url('preferences'));
    await greedy.get('/api/me');
    const opened: WebSocket[] = [];
    let refused: Awaited<ReturnType<typeof openSocket>> | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const attempt = await openSocket(greedy.baseUrl, greedy.cookie!);
      if (attempt.status === 101) opened.push(attempt.ws);
      else refused = attempt;
    }
    expect(opened.length).toBe(16);
    expect(refused).toMatchObject({ status: 429, code: 'too_many_connections' });
    expect(Number(refused?.retryAfter)).toBeGreaterThan(0);

    // Someone else connects and chats as usual.
    const other = new Attendee(server.url('preferences'));
    const tab: FrameSocket = await other.socket();
    tab.send({ type: 'turn.start', requestId: 'x', threadId: 'fine', text: 'Hello, I am Cleo.' });
    await tab.next('turn.finished');
    tab.close();

    opened[0].close();
    await new Promise((r) => setTimeout(r, 100));
    const again = await openSocket(greedy.baseUrl, greedy.cookie!);
    expect(again.status).toBe(101);
    again.ws.close();
    for (const ws of opened) ws.close();
  });
});
