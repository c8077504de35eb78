/**
 * A client that sends a chat message the way the web UI does and does not give up: each message
 * has its own client-chosen `messageId`, and whenever the answer is lost (the connection drops,
 * the server is down, or it says "retry") the very same message — same id, same text — is sent
 * again until a reply arrives. Over the WebSocket (`turn.start`, as the page sends it) or over
 * HTTP (`POST /api/threads/:id/messages`).
 */
import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import { isRetryable, type ApiErrorCode } from '../../server/src/contracts/error-codes';
import type { ServerFrame, WireMessage } from '../../server/src/contracts/ws';
import type { Attendee } from './attendee';

/** One message to send until it is answered. */
export interface OutgoingMessage {
  threadId: string;
  messageId: string;
  text: string;
  transport: 'ws' | 'http';
}

/** How one attempt ended. */
export type AttemptOutcome =
  | { kind: 'answered'; reply: WireMessage }
  /** The connection failed or dropped before an answer; `deltas` text deltas had arrived (WebSocket). */
  | { kind: 'lost'; deltas: number; reason: string }
  /** The server answered an error that says trying again can help. */
  | { kind: 'retryable'; code: string };

/** What sending one message took. */
export interface Delivery {
  reply: WireMessage;
  attempts: AttemptOutcome[];
}

/** Hooks for a test that wants to act at a moment of an attempt (e.g. kill the server mid-reply). */
export interface DeliveryHooks {
  /** Called for every text delta of a WebSocket attempt, with the count so far in that attempt. */
  onDelta?(count: number): void;
  /** Called when an attempt has been sent. */
  onSent?(attempt: number): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `message` until it is answered, or throws after `deadlineMs` or on an error that retrying cannot fix. */
export async function sendUntilAnswered(attendee: Attendee, message: OutgoingMessage, hooks: DeliveryHooks = {}, deadlineMs = 60_000): Promise<Delivery> {
  const attempts: AttemptOutcome[] = [];
  const deadline = Date.now() + deadlineMs;
  for (let attempt = 1; ; attempt++) {
    const outcome = message.transport === 'ws' ? await overSocket(attendee, message, hooks, attempt) : await overHttp(attendee, message, hooks, attempt);
    attempts.push(outcome);
    if (outcome.kind === 'answered') return { reply: outcome.reply, attempts };
    if (Date.now() > deadline) {
      throw new Error(`message ${message.messageId} got no answer within ${deadlineMs} ms; attempts: ${JSON.stringify(attempts)}`);
    }
    // The page's socket retries within a few hundred milliseconds of the server answering again.
    await sleep(150);
  }
}

function refused(code: string, message: string): never {
  throw new Error(`the server refused the message with ${code}, which retrying cannot fix: ${message}`);
}

async function overHttp(attendee: Attendee, message: OutgoingMessage, hooks: DeliveryHooks, attempt: number): Promise<AttemptOutcome> {
  let answer;
  try {
    const sent = attendee.post(`/api/threads/${encodeURIComponent(message.threadId)}/messages`, { text: message.text, messageId: message.messageId });
    hooks.onSent?.(attempt);
    answer = await sent;
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return { kind: 'lost', deltas: 0, reason: cause?.code ?? (err as Error).message };
  }
  if (answer.status === 200) return { kind: 'answered', reply: answer.body.reply as WireMessage };
  const code = answer.body?.error?.code as ApiErrorCode | undefined;
  if (code && isRetryable(code)) return { kind: 'retryable', code };
  return refused(code ?? String(answer.status), JSON.stringify(answer.body));
}

async function overSocket(attendee: Attendee, message: OutgoingMessage, hooks: DeliveryHooks, attempt: number): Promise<AttemptOutcome> {
  if (!attendee.cookie) {
    try {
      await attendee.get('/api/me');
    } catch (err) {
      return { kind: 'lost', deltas: 0, reason: (err as Error).message };
    }
  }
  const ws = new WebSocket(attendee.baseUrl.replace(/^http/, 'ws') + '/ws', { headers: { cookie: attendee.cookie! } });
  const requestId = randomUUID();
  let deltas = 0;
  return new Promise<AttemptOutcome>((resolve, reject) => {
    const settle = (outcome: AttemptOutcome) => {
      ws.removeAllListeners();
      ws.on('error', () => undefined);
      ws.terminate();
      resolve(outcome);
    };
    ws.on('open', () => {
      ws.send(JSON.stringify({ type: 'turn.start', requestId, threadId: message.threadId, messageId: message.messageId, text: message.text }));
      hooks.onSent?.(attempt);
    });
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      if (frame.type === 'text.delta') hooks.onDelta?.(++deltas);
      else if (frame.type === 'turn.finished' && frame.threadId === message.threadId) settle({ kind: 'answered', reply: frame.reply });
      else if (frame.type === 'error' && (frame.requestId === requestId || frame.requestId === undefined)) {
        if (isRetryable(frame.code)) settle({ kind: 'retryable', code: frame.code });
        else {
          ws.terminate();
          reject(new Error(`the server refused the message with ${frame.code}, which retrying cannot fix: ${frame.message}`));
        }
      }
    });
    ws.on('error', (err) => settle({ kind: 'lost', deltas, reason: err.message }));
    ws.on('close', (code) => settle({ kind: 'lost', deltas, reason: `closed (${code})` }));
  });
}
