/**
 * A TCP proxy in front of one workshop port that can make the WebSocket connections passing
 * through it die silently, as a network does when a laptop sleeps or a NAT forgets a connection:
 * no close frame, no FIN, no RST — from then on the bytes of both directions are swallowed, and
 * neither end is told. Connections opened afterwards are forwarded as usual, so a page that
 * notices can connect again. Plain HTTP connections are never touched.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

interface Link {
  client: Socket;
  upstream: Socket;
  /** Decided on the first bytes: a `GET /ws` upgrade. */
  webSocket: boolean;
  dropped: boolean;
}

/** The running proxy. */
export interface DroppingProxy {
  /** `http://127.0.0.1:<proxy port>`: open pages here instead of the workshop's own URL. */
  url: string;
  /** Makes every WebSocket connection open right now go silent; returns how many there were. */
  dropWebSockets(): number;
  /** Ends every connection and stops listening. */
  close(): Promise<void>;
}

/** Starts a proxy on a free port of 127.0.0.1 that forwards to `targetPort`. */
export async function startDroppingProxy(targetPort: number): Promise<DroppingProxy> {
  const links = new Set<Link>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    const link: Link = { client, upstream, webSocket: false, dropped: false };
    links.add(link);
    let first = true;
    client.on('data', (chunk: Buffer) => {
      if (first) link.webSocket = chunk.toString('latin1', 0, 8) === 'GET /ws ' || chunk.toString('latin1', 0, 8) === 'GET /ws?';
      first = false;
      if (!link.dropped) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!link.dropped) client.write(chunk);
    });
    // An end is passed on while the link lives; a dropped link tells neither side anything.
    const ended = (other: Socket) => () => {
      if (!link.dropped) other.end();
    };
    client.on('end', ended(upstream));
    upstream.on('end', ended(client));
    const gone = () => {
      if (link.dropped) return;
      links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', gone);
    upstream.on('close', gone);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    dropWebSockets() {
      let count = 0;
      for (const link of links) {
        if (!link.webSocket || link.dropped) continue;
        link.dropped = true;
        count += 1;
      }
      return count;
    },
    async close() {
      for (const link of links) {
        link.client.destroy();
        link.upstream.destroy();
      }
      links.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
