/**
 * Live events over Redis pub/sub: one channel, each event tagged with the user, agent and
 * (for thread events) thread it belongs to. Every server process subscribes once and hands the
 * events to its sockets, so a message stored by one process shows up in the tabs of another.
 */
import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../redis/connection';
import { duplicateForSubscriber } from '../redis/connection';
import { liveEventsChannel } from '../redis/keys';
import { serverFrameSchema, type ServerFrame } from '../contracts/ws';

/** One event on the channel. */
export interface LiveEvent {
  userId: string;
  agentId: string;
  /** Set for thread events (`message.stored`): only tabs watching it get them. */
  threadId?: string;
  /** The socket that caused the event (`{processId}:{socketId}`) already has it and is skipped. */
  origin?: string;
  frame: ServerFrame;
}

/** Told about each event another socket or process published. */
export type LiveListener = (event: LiveEvent) => void;

/** Publishes and receives live events over one Redis pub/sub channel shared by every server process. */
export class LiveEvents {
  /** Identifies this process in `origin` tags. */
  readonly processId = randomUUID();
  private readonly client: RedisClient;
  private readonly subscriber: RedisClient;
  private readonly channel: string;
  private readonly listeners = new Set<LiveListener>();
  private readonly onError: (err: unknown) => void;

  private constructor(client: RedisClient, subscriber: RedisClient, channel: string, onError: (err: unknown) => void) {
    this.client = client;
    this.subscriber = subscriber;
    this.channel = channel;
    this.onError = onError;
  }

  /** Subscribes a second connection (a subscribed connection can run nothing else). */
  static async start(client: RedisClient, options: { namespace?: string; onError?: (err: unknown) => void } = {}): Promise<LiveEvents> {
    const subscriber = await duplicateForSubscriber(client);
    const live = new LiveEvents(client, subscriber, liveEventsChannel(options.namespace), options.onError ?? (() => undefined));
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel === live.channel) live.deliver(raw);
    });
    await subscriber.subscribe(live.channel);
    return live;
  }

  /** Publishes an event; failures (Redis down) are reported to `onError`, never thrown. */
  async publish(event: LiveEvent): Promise<void> {
    try {
      await this.client.publish(this.channel, JSON.stringify(event));
    } catch (err) {
      this.onError(err);
    }
  }

  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    try {
      await this.subscriber.quit();
    } catch {
      // Already disconnected.
    }
    this.subscriber.disconnect();
  }

  private deliver(raw: string): void {
    let event: LiveEvent;
    try {
      const parsed = JSON.parse(raw) as LiveEvent;
      // Anything on the channel is checked like a browser frame: another program may publish there.
      const frame = serverFrameSchema.safeParse(parsed?.frame);
      if (!frame.success || typeof parsed.userId !== 'string' || typeof parsed.agentId !== 'string') return;
      event = { ...parsed, frame: frame.data };
    } catch {
      return;
    }
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.onError(err);
      }
    }
  }
}
