import { useState } from 'react';
import { api } from '../../api/client';
import type { DemoInfo, ResetResult } from '../../api/types';

export interface ResetDemoProps {
  token: string;
  demo: DemoInfo;
  onDone(): void;
}

/** "Reset this demo": deletes every attendee's threads and memories of it, after typing its id. */
export function ResetDemo({ token, demo, onDone }: ResetDemoProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ResetResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function reset() {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.adminReset(token, typed));
      setOpen(false);
      setTyped('');
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card danger-zone" data-testid="admin-reset">
      <h2>Reset “{demo.title}”</h2>
      <p className="muted small">Deletes the threads and memories of every attendee in this demo (port {demo.port}). Other demos are not touched.</p>
      {result && (
        <p data-testid="admin-reset-result">
          Deleted {result.deletedThreads} threads and {result.deletedMemories} memories.
        </p>
      )}
      {error && <p className="error-text">{error}</p>}
      {open ? (
        <form
          className="confirm"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === demo.id) void reset();
          }}
        >
          <label htmlFor="reset-confirm">
            Type <code>{demo.id}</code> to confirm
          </label>
          <div className="row">
            <input id="reset-confirm" data-testid="admin-reset-input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
            <button type="submit" className="button danger" data-testid="admin-reset-confirm" disabled={typed !== demo.id || busy}>
              Reset demo
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button danger-outline" data-testid="admin-reset-open" onClick={() => setOpen(true)}>
          Reset this demo…
        </button>
      )}
    </section>
  );
}
