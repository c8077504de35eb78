/**
 * Random ids for requests, messages and new threads. `crypto.randomUUID` exists only in secure
 * contexts, and attendees often open the page over plain http on a LAN address, so this uses
 * `getRandomValues`, which works everywhere.
 */
export function randomId(prefix: string, bytes = 8): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return `${prefix}_${Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
