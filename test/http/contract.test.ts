/**
 * Every HTTP route on a real workshop, each answer checked with its schema in
 * `server/src/contracts/http.ts`: it parses, and parsing changes nothing (no field outside the
 * contract). Error answers are checked against the envelope.
 */
import type { Response } from 'express';
import { describe, expect, it } from 'vitest';
import { ZodError, type z } from 'zod';
import * as http from '../../server/src/contracts/http';
import type { ApiErrorCode } from '../../server/src/contracts/error-codes';
import { toErrorAnswer } from '../../server/src/devui/errors';
import { send } from '../../server/src/devui/wire';
import { testRedisUrl } from '../redis';
import { useWorkshopServer } from '../use-workshop-server';
import { Attendee, type JsonResponse } from './attendee';

const server = useWorkshopServer({ redisUrl: testRedisUrl() });

/** The answer has `status` and is exactly what its contract schema makes of it. */
function expectAnswer<S extends z.ZodType>(res: JsonResponse, schema: S, status = 200): z.infer<S> {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const parsed = schema.parse(res.body);
  expect(parsed).toStrictEqual(res.body);
  return parsed;
}

/** The answer is the error envelope with `status` and `code`. */
function expectError(res: JsonResponse, status: number, code: ApiErrorCode): void {
  expect(res.status).toBe(status);
  expect(http.apiErrorSchema.parse(res.body).error.code).toBe(code);
}

describe('the HTTP contract, route by route', () => {
  it('health, demo (one agent, per-thread, multi-agent) and me', async () => {
    const ada = new Attendee(server.url('preferences'));
    expectAnswer(await ada.get('/api/health'), http.healthSchema);
    for (const port of ['preferences', 'persistence', 2, 3] as const) expectAnswer(await ada.on(server.url(port)).get('/api/demo'), http.demoInfoSchema);
    expectAnswer(await ada.get('/api/me'), http.meSchema);
    expect(expectAnswer(await ada.patch('/api/me', { displayName: ' Ada ' }), http.meSchema).displayName).toBe('Ada');
    expectError(await ada.patch('/api/me', { displayName: '' }), 400, 'invalid_request');
    expectError(await ada.get('/api/nothing-here'), 404, 'route_not_found');
    expectError(await ada.request('POST', '/api/threads', undefined, { rawBody: '{' }), 400, 'bad_json');
  });

  it('threads: list, create, read, a turn, delete', async () => {
    const ada = new Attendee(server.url('persistence'));
    expectAnswer(await ada.get('/api/threads'), http.threadListSchema);
    expectAnswer(await ada.post('/api/threads', { id: 'support_ticket_1', title: 'Locked out' }), http.createThreadAnswerSchema, 201);
    expectAnswer(await ada.post('/api/threads', { id: 'support_ticket_1' }), http.createThreadAnswerSchema, 200);
    expectAnswer(await ada.get('/api/threads/support_ticket_1'), http.threadDetailSchema);
    const turn = expectAnswer(await ada.post('/api/threads/support_ticket_12345/messages', { text: 'What is the status of ticket 12345?' }), http.turnAnswerSchema);
    expect(turn.toolCalls.length).toBeGreaterThan(0);
    const detail = expectAnswer(await ada.get('/api/threads/support_ticket_12345'), http.threadDetailSchema);
    expect(detail.messages.some((m) => m.toolCalls?.length)).toBe(true);
    expect(expectAnswer(await ada.get('/api/threads'), http.threadListSchema).threads).toHaveLength(2);
    expectError(await ada.get('/api/threads/nope'), 404, 'not_found');
    expectError(await ada.get('/api/threads/bad%20id'), 400, 'invalid_argument');
    expectError(await ada.get('/api/threads/support_ticket_1?agentId=someone_else'), 404, 'not_found');
    expectError(await ada.post('/api/threads/t/messages', {}), 400, 'invalid_request');
    expectError(await ada.post('/api/threads/t/messages', { text: 'x'.repeat(8001) }), 413, 'message_too_long');
    const gone = await ada.delete('/api/threads/support_ticket_1');
    expect(gone.status).toBe(204);
    expect(http.noContentSchema.parse(gone.body)).toBeUndefined();
    expectError(await ada.delete('/api/threads/support_ticket_1'), 404, 'not_found');
  });

  it('memories: list, search, edit, forget one, forget all; the Redis view', async () => {
    const ada = new Attendee(server.url('preferences'));
    const turn = expectAnswer(await ada.post('/api/threads/mine/messages', { text: 'I am vegetarian and I live in Lisbon.' }), http.turnAnswerSchema);
    expect(turn.memoriesUsed).toEqual([]);
    const recall = expectAnswer(await ada.post('/api/threads/other/messages', { text: 'What should I eat tonight?' }), http.turnAnswerSchema);
    expect(recall.memoriesUsed.length).toBeGreaterThan(0);
    const listed = await ada.get('/api/memories');
    const list = expectAnswer(listed, http.memoryListSchema);
    expectAnswer(await ada.get('/api/memories?q=Lisbon'), http.memoryListSchema);
    expectError(await ada.get('/api/memories?limit=0'), 400, 'invalid_request');
    // The answer keeps the order in which the route wrote the fields.
    expect(Object.keys(listed.body.items[0]).slice(0, 6)).toEqual(['id', 'kind', 'text', 'agentId', 'userId', 'createdAt']);
    const [first, second] = list.items;
    expectAnswer(await ada.patch(`/api/memories/${first.id}`, { text: 'User is vegan.' }), http.memoryAnswerSchema);
    expectError(await ada.patch('/api/memories/nope', { text: 'x' }), 404, 'not_found');
    expectError(await ada.patch(`/api/memories/${first.id}`, {}), 400, 'invalid_request');
    expectAnswer(await ada.get('/api/redis'), http.redisInfoSchema);
    const forgot = await ada.delete(`/api/memories/${second.id}`);
    expect(forgot.status).toBe(204);
    expect(http.noContentSchema.parse(forgot.body)).toBeUndefined();
    expectError(await ada.delete(`/api/memories/${second.id}`), 404, 'not_found');
    expect(expectAnswer(await ada.delete('/api/memories'), http.deletedMemoriesSchema).deleted).toBeGreaterThan(0);
  });

  it('facilitator: overview, one attendee, reset', async () => {
    const ada = new Attendee(server.url('multi-agent'));
    expectAnswer(await ada.post('/api/threads/t1/messages', { text: 'My dentist appointment is on Friday.' }), http.turnAnswerSchema);
    const { userId } = expectAnswer(await ada.get('/api/me'), http.meSchema);
    const admin = { headers: { authorization: `Bearer ${server.adminToken}` } };
    expectError(await ada.get('/api/admin/overview'), 401, 'unauthorized');
    expectAnswer(await ada.request('GET', '/api/admin/overview', undefined, admin), http.adminOverviewSchema);
    const detail = expectAnswer(await ada.request('GET', `/api/admin/attendees/${userId}`, undefined, admin), http.attendeeDetailSchema);
    expect(detail.demos.flatMap((d) => d.agents.flatMap((a) => a.threads.map((t) => t.id)))).toEqual(['t1']);
    expectError(await ada.request('GET', '/api/admin/attendees/u_0000000000000000', undefined, admin), 404, 'not_found');
    expectError(await ada.request('POST', '/api/admin/reset', { confirm: 'nope' }, admin), 400, 'confirmation_required');
    expect(expectAnswer(await ada.request('POST', '/api/admin/reset', { confirm: 'multi-agent' }, admin), http.resetAnswerSchema).deletedThreads).toBe(1);
  });
});

describe('send', () => {
  function fakeResponse() {
    const written: { status?: number; body?: unknown } = {};
    const res = {
      status(code: number) {
        written.status = code;
        return res;
      },
      json(body: unknown) {
        written.body = body;
        return res;
      },
    };
    return { res: res as unknown as Response, written };
  }

  it('writes what the schema keeps, in the order the route gave it', () => {
    const { res, written } = fakeResponse();
    send(res, http.meSchema, { displayName: 'Ada', userId: 'u_1', extra: true, apiKey: 'wk_x' } as z.input<typeof http.meSchema>, 201);
    expect(written.status).toBe(201);
    expect(JSON.stringify(written.body)).toBe('{"displayName":"Ada","userId":"u_1","apiKey":"wk_x"}');
  });

  it('fails an answer off the contract as a server bug (500), not as a bad request', () => {
    const { res, written } = fakeResponse();
    let thrown: unknown;
    try {
      send(res, http.meSchema, { userId: 'u_1' } as z.input<typeof http.meSchema>);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(ZodError);
    expect((thrown as Error).message).toContain('displayName');
    expect(toErrorAnswer(thrown).status).toBe(500);
    expect(written.body).toBeUndefined();
  });
});
