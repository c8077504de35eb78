import { useEffect, useState } from 'react';

/**
 * Puts `text` on the clipboard. The Clipboard API exists only in secure contexts, and attendees
 * usually open the workshop over plain http on the facilitator's address: there a selected,
 * off-screen textarea and `execCommand('copy')` still work.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, page not focused): the old way may still work.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Props of `CopyButton`. */
export interface CopyButtonProps {
  /** What is copied (also in `data-copy`, so it can be read without the clipboard). */
  text: string;
  /** Accessible name, e.g. "Copy HGETALL memory_preferences:abc". Default "Copy". */
  label?: string;
  testId?: string;
}

/** A small "Copy" button that says "Copied" (or "Copy failed: select it") for two seconds. */
export function CopyButton({ text, label = 'Copy', testId }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      className="button small copy-button"
      aria-label={label}
      title={label}
      data-testid={testId}
      data-copy={text}
      data-state={state}
      onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Select and copy' : 'Copy'}
    </button>
  );
}
