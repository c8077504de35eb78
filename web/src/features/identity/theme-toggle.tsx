import type { Theme } from '../../hooks/use-theme';

/** Switches between light and dark (the system's theme until first used). */
export function ThemeToggle({ theme, onToggle }: { theme: Theme; onToggle(): void }) {
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="icon-button" data-testid="theme-toggle" onClick={onToggle} title={`Switch to the ${next} theme`} aria-label={`Switch to the ${next} theme`}>
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
