/** What the page's own address says: where its socket is, which port serves it, which thread is open. */

/** The WebSocket address of the server that served this page. */
export function socketUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws`;
}

/** The port of this page, the scheme's default when the address names none. */
export function pagePort(): number {
  if (location.port) return Number(location.port);
  return location.protocol === 'https:' ? 443 : 80;
}

/** The thread named by `?thread=`, if any. */
export function threadInUrl(): string | null {
  return new URLSearchParams(location.search).get('thread');
}

/** Names the open thread in the address (replacing the entry), so a reload or a shared link opens it. */
export function showThreadInUrl(threadId: string): void {
  const url = new URL(location.href);
  if (url.searchParams.get('thread') === threadId) return;
  url.searchParams.set('thread', threadId);
  history.replaceState(null, '', url);
}
