import { useEffect } from 'react';

const HEALTH_EVERY_MS = 15_000;
const HEALTH_WHEN_DOWN_MS = 4_000;

/** Reads `/api/health` now and then on a timer, more often while the server reports trouble. */
export function useHealthPolling(loadHealth: () => Promise<void>, healthDown: boolean): void {
  useEffect(() => {
    void loadHealth();
    const every = healthDown ? HEALTH_WHEN_DOWN_MS : HEALTH_EVERY_MS;
    const timer = setInterval(() => void loadHealth(), every);
    return () => clearInterval(timer);
  }, [loadHealth, healthDown]);
}
