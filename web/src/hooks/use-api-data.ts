import { useCallback, useEffect, useRef, useState } from 'react';

/** What `useApiData` returns: the latest answer or error, and a way to ask again. */
export interface ApiData<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/**
 * Loads something over HTTP and reloads it whenever `refreshKey` changes (debounced, so a burst
 * of live events costs one request). Answers to superseded requests are ignored.
 */
export function useApiData<T>(load: () => Promise<T>, refreshKey: unknown, debounceMs = 300): ApiData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    const mine = ++seq.current;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (mine !== seq.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== seq.current) return;
        setError(err instanceof Error ? err.message : String(err));
        setLoading(false);
      },
    );
  }, []);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      reload();
      return;
    }
    const timer = setTimeout(reload, debounceMs);
    return () => clearTimeout(timer);
  }, [refreshKey, reload, debounceMs]);

  return { data, error, loading, reload };
}
