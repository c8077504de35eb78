/**
 * FNV-1a (32 bit) as 8 hex digits. Used for `note:<hash>` keys: the same note text must give the
 * same key in every process and every run, so it cannot depend on insertion order or a random seed.
 */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
