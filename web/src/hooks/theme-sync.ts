/**
 * The side-by-side page and its frames share one theme. The frames are other ports, hence other
 * origins with their own storage, so the page sends its theme: in the frame address first (no
 * flash of the wrong theme), then by `postMessage` whenever it changes.
 */
import type { Theme } from './use-theme';

const MESSAGE_TYPE = 'workshop:theme';

/** The message the side-by-side page posts to each frame. */
export interface ThemeMessage {
  type: typeof MESSAGE_TYPE;
  theme: Theme;
}

export function themeMessage(theme: Theme): ThemeMessage {
  return { type: MESSAGE_TYPE, theme };
}

/** The frame address with the theme to start in. */
export function withTheme(url: string, theme: Theme): string {
  const u = new URL(url);
  u.searchParams.set('theme', theme);
  return u.toString();
}

/** The theme a frame was opened with (`?theme=`), if any. */
export function themeInAddress(search: string): Theme | null {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : null;
}

/**
 * The theme a message carries, when it comes from the page that embeds this one on the same host
 * (any port); null for anything else, so another site cannot drive the page.
 */
export function themeFromMessage(event: { data: unknown; origin: string; source: unknown }, parent: unknown, hostname: string): Theme | null {
  if (event.source !== parent) return null;
  let sender: string;
  try {
    sender = new URL(event.origin).hostname;
  } catch {
    return null;
  }
  if (sender !== hostname) return null;
  const data = event.data as Partial<ThemeMessage> | null;
  if (!data || data.type !== MESSAGE_TYPE) return null;
  return data.theme === 'light' || data.theme === 'dark' ? data.theme : null;
}
