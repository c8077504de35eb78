/**
 * WebSocket frames a hostile or careless client can send (binary, invalid UTF-8, floods, turns
 * at once, a socket closed mid-turn): the server answers or cuts that socket off, and lives on.
 * Setup and shared checks: robustness-harness.ts.
 */
import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_FRAME_BYTES } from '../../server/src/contracts/ws';
import { MAX_FRAMES_PER_10S } from '../../server/src/devui/ws-server';
import { useRobustnessServer } from './robustness-harness';

const probe = useRobustnessServer();
const { preferences, connect, expectAlive, logLines } = probe;

describe('WebSocket: nothing a frame does takes the server down', () => {
  it('binary frames, invalid UTF-8, odd JSON, huge frames', async () => {
    const me = preferences();
    const socket = await connect(me);
    socket.ws.send(Buffer.from([0, 1, 2, 255]), { binary: true });
    expect((await socket.next('error', (f) => f.code === 'bad_frame')).message).toMatch(/binary/);
    for (const text of ['', 'null', '42', '"x"', '[]', '{}', '{"type":null}', '{"type":"turn.stop"}', '{"type":"ping","__proto__":{"x":1}}']) {
      socket.frames.length = 0;
      socket.send(text);
      if (text.includes('ping')) await socket.next('pong');
      else await socket.next('error');
    }
    socket.frames.length = 0;
    socket.send({ type: 'ping', padding: 'x'.repeat(MAX_CLIENT_FRAME_BYTES) });
    expect((await socket.next('error')).code).toBe('frame_too_large');
    socket.send({ type: 'ping' });
    await socket.next('pong');

    // Invalid UTF-8 in a text frame: ws closes that socket (1007); the server lives on.
    const bad = await connect(me);
    const closed = new Promise<number>((resolve) => bad.ws.on('close', (code) => resolve(code)));
    // A final text frame, masked with a zero key, whose payload C3 28 is not UTF-8.
    (bad.ws as unknown as { _socket: { write: (b: Buffer) => void } })._socket.write(Buffer.from([0x81, 0x82, 0, 0, 0, 0, 0xc3, 0x28]));
    expect(await closed).toBe(1007);

    // A 1 MB frame: refused without reading it all (1009); the server lives on.
    const big = await connect(me);
    const bigClosed = new Promise<number>((resolve) => big.ws.on('close', (code) => resolve(code)));
    big.ws.on('error', () => undefined);
    big.send({ type: 'turn.start', requestId: 'big', threadId: 'big', text: 'a'.repeat(1_000_000) });
    expect(await bigClosed).toBe(1009);

    await expectAlive();
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('a flood of frames closes that socket (1008); the attendee reconnects and chats on', async () => {
    const me = preferences();
    const flooded = await connect(me);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => flooded.ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    for (let i = 0; i < 2000; i++) flooded.send(i % 2 ? 'garbage' : { type: 'ping' });
    expect(await closed).toEqual({ code: 1008, reason: `more than ${MAX_FRAMES_PER_10S} frames in 10 s` });
    // Answered until the budget ran out, never more.
    expect(flooded.frames.filter((f) => f.type === 'pong').length).toBeLessThanOrEqual(MAX_FRAMES_PER_10S / 2);
    const socket = await connect(me);
    // A flood of turn.start on many threads (within the frame budget): at most a few run at once, the rest are refused.
    for (let i = 0; i < 50; i++) socket.send({ type: 'turn.start', requestId: `flood${i}`, threadId: `flood_${i}`, text: 'Hello there' });
    await expect.poll(() => socket.frames.filter((f) => f.type === 'turn.finished' || (f.type === 'error' && f.requestId?.startsWith('flood'))).length, { timeout: 15_000 }).toBe(50);
    const refused = socket.frames.filter((f) => f.type === 'error' && f.code === 'too_many_turns');
    expect(refused.length).toBeGreaterThan(0);
    socket.send({ type: 'turn.start', requestId: 'after', threadId: 'after_flood', text: 'Hello' });
    await socket.next('turn.finished', (f) => f.threadId === 'after_flood');
    await expectAlive();
  });

  it('a client that floods frames without reading the answers is cut off, not buffered for', async () => {
    const socket = await connect(preferences());
    const closed = new Promise<number>((resolve) => socket.ws.on('close', (code) => resolve(code)));
    const tcp = (socket.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    tcp.pause();
    // Each 1-byte frame earns a ~75-byte error frame: ~30 MB of answers nobody reads.
    for (let i = 0; i < 400_000; i++) socket.ws.send('x');
    await new Promise((r) => setTimeout(r, 1500));
    tcp.resume();
    expect(await closed).toBe(1008);
    await expectAlive();
  });

  it('turn.stop for unknown turns, and two turns at once on one thread', async () => {
    const me = preferences();
    const socket = await connect(me);
    socket.send({ type: 'turn.stop', turnId: 'no-such-turn' });
    socket.send({ type: 'turn.stop', turnId: '' });
    socket.send({ type: 'ping' });
    await socket.next('pong');
    socket.send({ type: 'turn.start', requestId: 'a', threadId: 'twice', text: 'Tell me what you know about me.' });
    socket.send({ type: 'turn.start', requestId: 'b', threadId: 'twice', text: 'And again.' });
    expect((await socket.next('error', (f) => f.requestId === 'b')).code).toBe('turn_in_progress');
    // A second tab of the same attendee on the same thread, and the HTTP API, at the same time.
    const other = await connect(me);
    other.send({ type: 'turn.start', requestId: 'c', threadId: 'twice', text: 'Hello from tab two.' });
    const http = me.post('/api/threads/twice/messages', { text: 'Hello from HTTP.' });
    const otherDone = Promise.race([other.next('turn.finished'), other.next('error', (f) => f.requestId === 'c')]);
    await socket.next('turn.finished');
    await otherDone;
    expect((await http).status).toBeLessThan(500);
    const thread = (await me.get('/api/threads/twice')).body;
    // Every stored message is whole JSON with a role.
    for (const m of thread.messages) expect(['user', 'assistant', 'tool', 'system']).toContain(m.role);
    await expectAlive();
  });

  it('a socket closed mid-turn stops its turn; what was said so far is kept', async () => {
    const me = preferences();
    const socket = await connect(me);
    socket.send({ type: 'turn.start', requestId: 'gone', threadId: 'closed_mid_turn', text: 'What do you know about me? Tell me everything you can, please.' });
    await socket.next('text.delta');
    socket.ws.terminate();
    await expect
      .poll(async () => ((await me.get('/api/threads/closed_mid_turn')).body.messages ?? []).length, { timeout: 5000 })
      .toBeGreaterThanOrEqual(1);
    // The turn was aborted, not run on for nobody: the log line says "stopped".
    await expect.poll(() => logLines.some((l) => l.includes('"event":"turn"') && l.includes('"threadId":"closed_mid_turn"')), { timeout: 5000 }).toBe(true);
    const line = JSON.parse(logLines.find((l) => l.includes('"event":"turn"') && l.includes('"threadId":"closed_mid_turn"'))!);
    expect(line.stopped).toBe(true);
    await expectAlive();
  });
});
