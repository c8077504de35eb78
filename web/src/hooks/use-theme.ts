import { useCallback, useEffect, useState } from 'react';
import { readStored, writeStored } from '../util/storage';
import { themeFromMessage, themeInAddress } from './theme-sync';

/** The two colour themes of the page. */
export type Theme = 'light' | 'dark';
const KEY = 'workshop:theme';

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The colour theme: the system's (prefers-color-scheme) until the user picks one with the toggle.
 * The resolved theme is written to `<html data-theme>`, which the CSS variables follow.
 * `embedded`: the page is a frame of the side-by-side page, which has the one toggle; the frame
 * follows it (see theme-sync.ts) and remembers nothing.
 */
export function useTheme(embedded = false): { theme: Theme; toggle(): void } {
  const [chosen, setChosen] = useState<Theme | null>(() => {
    if (embedded) return themeInAddress(location.search);
    const stored = readStored(KEY);
    return stored === 'light' || stored === 'dark' ? stored : null;
  });

  useEffect(() => {
    if (!embedded) return;
    const onMessage = (event: MessageEvent) => {
      const theme = themeFromMessage(event, window.parent, location.hostname);
      if (theme) setChosen(theme);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [embedded]);
  const [system, setSystem] = useState<Theme>(systemTheme);

  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const theme = chosen ?? system;
  // Always the resolved theme (chosen, else the system's): the CSS keeps one dark palette, keyed
  // on this attribute, instead of a second copy under a prefers-color-scheme query.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    writeStored(KEY, next);
    setChosen(next);
  }, [theme]);

  return { theme, toggle };
}
