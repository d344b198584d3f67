import { useEffect, useState } from 'preact/hooks';

/** What a read has given so far: the last data stays on screen while a new read runs. */
export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  /** Reads again (the error state's retry). */
  reload: () => void;
}

/**
 * Runs a read whenever `key` changes and keeps only the newest answer, so a slow answer to an old
 * filter never replaces the one the viewer asked for last.
 */
export function useLoad<T>(read: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, error: null, loading: true }));
    read().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (failure: Error) => current && setState((s) => ({ ...s, error: failure.message, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  return { ...state, reload: () => setAttempt((n) => n + 1) };
}
