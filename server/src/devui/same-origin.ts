/**
 * Which WebSocket handshakes to accept. A browser sends the cookie of the host with any request,
 * whatever page makes it, so a page on another port of the same host could open `/ws` as the
 * attendee and read their chats. Browsers also send `Origin` on every WebSocket handshake, which
 * a page cannot forge: only pages served by this very host and port get through (the scheme is
 * not compared: behind a TLS proxy the server cannot tell, and one port serves one scheme).
 * Each side-by-side frame opens the socket of its own port, so it is its own origin too.
 *
 * A handshake without `Origin` does not come from a web page (curl, a script, the `ws` client)
 * and is accepted: it holds the cookie itself, so it is the attendee's own program. A reverse proxy
 * in front of the workshop must pass the `Host` header through unchanged.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** True when the handshake comes from a page of this origin, or from no web page at all. */
export function isOwnOriginHandshake(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  const host = headers.host;
  if (!host) return false;
  let page: URL;
  let self: URL;
  try {
    page = new URL(origin);
    // Same scheme as the page, so default ports (80, 443) compare the same on both sides.
    self = new URL(`${page.protocol}//${host}`);
  } catch {
    // `Origin: null` (a sandboxed frame, a file://), or a Host header that is not a host.
    return false;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  return page.host === self.host;
}
