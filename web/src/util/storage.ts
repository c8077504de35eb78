/** localStorage/sessionStorage that never throws (private mode, disabled storage, iframes). */
export function readStored(key: string, session = false): string | null {
  try {
    return (session ? sessionStorage : localStorage).getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value, or removes it when `value` is null; does nothing where storage is unavailable. */
export function writeStored(key: string, value: string | null, session = false): void {
  try {
    const store = session ? sessionStorage : localStorage;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
  } catch {
    // Storage unavailable: the setting just does not persist.
  }
}
