/** One listening port: the Express app and the `/ws` endpoint on one HTTP server. */
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';
import { createDemoApp } from './app';
import type { PortContext } from './context';
import { errorAnswer, HttpError, writeRawError } from './errors';
import { createSocketServer } from './ws-server';

/** A listening demo port: its URL, and how to close it. */
export interface DemoServer {
  port: number;
  host: string;
  /** `http://host:port` (with 127.0.0.1 for a wildcard bind, so it can be clicked). */
  url: string;
  server: Server;
  /** The port's Express app (its router stack lists every route; the isolation test walks it). */
  app: Express;
  /** Closes sockets, then the HTTP server (open keep-alive connections included). */
  close(): Promise<void>;
}

/** Node's own statuses for what its HTTP parser refuses (anything else is a 400). */
const PARSER_STATUS: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413, ERR_HTTP_REQUEST_TIMEOUT: 408 };

/** Listens on the demo's port: the Express app, and WebSocket upgrades on `/ws`. */
export async function startDemoServer(ctx: PortContext, host: string): Promise<DemoServer> {
  const app = createDemoApp(ctx);
  const sockets = createSocketServer(ctx);
  const server = createServer(app);
  // Browsers keep connections open; a short keep-alive lets a restart free the port quickly.
  server.keepAliveTimeout = 5000;
  // Requests Node's HTTP parser refuses before Express sees them (a header block or URL over
  // 16 KiB, a byte a request line may not hold, CR/LF or NUL in a header) got Node's bare
  // 400/431 without a body; they get the JSON error envelope too, with Node's status kept.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node's own handler: answer only when no response has started on this connection.
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    writeRawError(socket, new HttpError('bad_request', `the request could not be read (${err.code ?? 'malformed'})`), PARSER_STATUS[err.code ?? ''] ?? 400);
  });
  // An `Expect` other than 100-continue: Node answered a bare 417; the same envelope instead.
  server.on('checkExpectation', (_req, res) => {
    const text = JSON.stringify(errorAnswer('bad_request', 'the Expect header asks for something this server does not do; send the request without it').body);
    res.writeHead(417, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), Connection: 'close' }).end(text);
  });
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
    app,
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
