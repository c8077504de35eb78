import { useState } from 'react';
import { api } from '../../api/client';
import type { DemoInfo, ResetResult } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { errorText } from '../../util/format';

/** Props of `ResetDemo`. */
export interface ResetDemoProps {
  token: string;
  demo: DemoInfo;
  onDone(): void;
}

/** "Reset this demo": deletes every attendee's threads and memories of it, after typing its id. */
export function ResetDemo({ token, demo, onDone }: ResetDemoProps) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ResetResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Counts resets that succeeded: each one gets a fresh confirmation, closed and with nothing typed.
  const [resets, setResets] = useState(0);

  async function reset() {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.adminReset(token, demo.id));
      setResets((n) => n + 1);
      onDone();
    } catch (err) {
      setError(errorText(err));
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
      <ConfirmButton
        key={resets}
        label="Reset this demo…"
        testId="admin-reset-open"
        prompt={
          <>
            Type <code>{demo.id}</code> to confirm
          </>
        }
        typeToConfirm={{ phrase: demo.id, inputId: 'reset-confirm', inputTestId: 'admin-reset-input' }}
        confirmLabel="Reset demo"
        confirmTestId="admin-reset-confirm"
        stayOpen
        busy={busy}
        onConfirm={() => void reset()}
      />
    </section>
  );
}
