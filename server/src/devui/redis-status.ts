/**
 * Watches the Redis connection: the status every tab shows (`redis.status` frames on each
 * change) and what `/api/health` answers. The client reconnects by itself; this only reports.
 */
import type { RedisClient } from '../redis/connection';
import type { RedisCapabilities } from '../redis/probe';
import type { EngineName } from '../memory/types';
import type { RedisStatus } from '../contracts/ws';

/** Told each time the Redis connection goes down or comes back. */
export type StatusListener = (status: RedisStatus) => void;

/** Follows the Redis connection and tells every tab when it goes down or comes back. */
export class RedisStatusWatcher {
  private readonly client: RedisClient;
  private readonly capabilities: RedisCapabilities;
  private readonly engine: EngineName;
  private readonly listeners = new Set<StatusListener>();
  private connected: boolean;
  private readonly detach: () => void;

  constructor(client: RedisClient, capabilities: RedisCapabilities, engine: EngineName) {
    this.client = client;
    this.capabilities = capabilities;
    this.engine = engine;
    this.connected = client.status === 'ready';
    const up = () => this.set(true);
    const down = () => this.set(false);
    client.on('ready', up);
    client.on('close', down);
    client.on('end', down);
    client.on('reconnecting', down);
    this.detach = () => {
      client.off('ready', up);
      client.off('close', down);
      client.off('end', down);
      client.off('reconnecting', down);
    };
  }

  /** The status as last seen by the connection events. */
  current(): RedisStatus {
    return {
      connected: this.connected,
      version: this.capabilities.version,
      cluster: this.capabilities.cluster,
      search: this.engine,
    };
  }

  /**
   * Asks Redis (PING, short timeout) and updates the status with the answer. A PING that is only
   * late while the connection stays up is not an outage: an overloaded server reads its replies
   * late (`slow`), and telling every tab "Redis is down" then would be wrong.
   */
  async check(timeoutMs = 1000): Promise<RedisStatus & { slow?: boolean }> {
    let timer: NodeJS.Timeout | undefined;
    const late = Symbol('late');
    try {
      const answer = await Promise.race([
        this.client.ping(),
        new Promise<typeof late>((resolve) => {
          timer = setTimeout(() => resolve(late), timeoutMs);
        }),
      ]);
      if (answer === late) {
        if (this.client.status !== 'ready') {
          this.set(false);
          return this.current();
        }
        return { ...this.current(), slow: true };
      }
      this.set(true);
    } catch {
      this.set(false);
    } finally {
      clearTimeout(timer);
    }
    return this.current();
  }

  onChange(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.detach();
    this.listeners.clear();
  }

  private set(connected: boolean): void {
    if (connected === this.connected) return;
    this.connected = connected;
    const status = this.current();
    for (const listener of this.listeners) listener(status);
  }
}
