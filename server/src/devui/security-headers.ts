/**
 * The browser-side protections of every demo port, set with helmet: a Content-Security-Policy
 * (scripts, styles and images from the app itself only, so a reply's remote image is never
 * fetched), no Referer sent anywhere, and framing allowed only to the workshop's own ports on
 * the same host — the side-by-side page frames 8002 and 8003, and nothing else may frame the
 * app (a page that framed it could make an attendee click "forget all").
 *
 * `X-Frame-Options` is left off: it cannot name other ports, and every browser that would read it
 * reads `frame-ancestors` first.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';

/** `http(s)://host:port` for each workshop port, on the host the request named. */
export function siblingOrigins(hostname: string, ports: readonly number[]): string[] {
  // Bracket IPv6 literals; Express already gives `[::1]` with brackets, a bare one has none.
  const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
  return ports.flatMap((port) => [`http://${host}:${port}`, `https://${host}:${port}`]);
}

/** The headers middleware for a process whose demo ports are `ports`. */
export function securityHeaders(ports: readonly number[]): RequestHandler {
  const siblings = (req: IncomingMessage) => siblingOrigins((req as IncomingMessage & { hostname?: string }).hostname ?? 'localhost', ports);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Stylesheets from the app; `style="…"` attributes (bar widths) are allowed, style elements are not.
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        // Remote images in replies are not loaded (the chat shows them as links).
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        // The WebSocket and the API are this origin.
        connectSrc: ["'self'"],
        frameSrc: ["'self'", (req) => siblings(req).join(' ')],
        frameAncestors: ["'self'", (req) => siblings(req).join(' ')],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: false,
    // The workshop runs on plain http on a laptop: HSTS would lock attendees out of it.
    strictTransportSecurity: false,
    // Side-by-side frames load from sibling ports (other origins).
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}
