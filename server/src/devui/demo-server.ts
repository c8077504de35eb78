/** One listening port: the Express app and the `/ws` endpoint on one HTTP server. */
import { createServer, type Server } from 'node:http';
import { createDemoApp } from './app';
import type { PortContext } from './context';
import { HttpError, writeRawError } from './errors';
import { createSocketServer } from './ws-server';

/** A listening demo port: its URL, and how to close it. */
export interface DemoServer {
  port: number;
  host: string;
  /** `http://host:port` (with 127.0.0.1 for a wildcard bind, so it can be clicked). */
  url: string;
  server: Server;
  /** Closes sockets, then the HTTP server (open keep-alive connections included). */
  close(): Promise<void>;
}

/** Listens on the demo's port: the Express app, and WebSocket upgrades on `/ws`. */
export async function startDemoServer(ctx: PortContext, host: string): Promise<DemoServer> {
  const app = createDemoApp(ctx);
  const sockets = createSocketServer(ctx);
  const server = createServer(app);
  // Browsers keep connections open; a short keep-alive lets a restart free the port quickly.
  server.keepAliveTimeout = 5000;
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/ws') {
      writeRawError(socket, new HttpError('route_not_found', 'WebSocket connections go to /ws'));
      return;
    }
    sockets.handleUpgrade(req, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(ctx.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    port: ctx.port,
    host,
    url: `http://${shownHost}:${ctx.port}`,
    server,
    close() {
      closing ??= (async () => {
        await sockets.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}
