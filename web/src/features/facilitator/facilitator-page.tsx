import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { AdminOverview, DemoInfo } from '../../api/types';
import { useTheme } from '../../hooks/use-theme';
import { readStored, writeStored } from '../../util/storage';
import { ThemeToggle } from '../identity/theme-toggle';
import { AttendeeDetailView } from './attendee-detail';
import { OverviewTables } from './overview-tables';
import { ResetDemo } from './reset-demo';
import { TokenForm } from './token-form';

const TOKEN_KEY = 'workshop:adminToken';

/** The facilitator view: token prompt, every attendee's counts, one attendee's data, demo reset. */
export function FacilitatorPage() {
  const { theme, toggle } = useTheme();
  const [token, setToken] = useState<string | null>(() => readStored(TOKEN_KEY, true));
  const [overview, setOverview] = useState<AdminOverview | null>(null);
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const signOut = useCallback((message: string | null) => {
    writeStored(TOKEN_KEY, null, true);
    setToken(null);
    setOverview(null);
    setError(message);
  }, []);

  const refresh = useCallback(async () => {
    if (!token) return;
    try {
      setOverview(await api.adminOverview(token));
      setError(null);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'unauthorized') signOut('That token was not accepted. It is printed by the server at start (or set with WORKSHOP_ADMIN_TOKEN).');
      else setError(err instanceof Error ? err.message : String(err));
    }
  }, [token, signOut]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    api.demo().then(setDemo, () => undefined);
  }, []);

  return (
    <div className="app facilitator" data-testid="facilitator-page">
      <header className="top-bar">
        <div className="title-block">
          <h1>Facilitator</h1>
          <p className="subtitle">{demo ? `Port ${demo.port}: ${demo.title}` : 'Workshop overview'}</p>
        </div>
        <div className="top-actions">
          {token && (
            <>
              <button type="button" className="button small" onClick={() => void refresh()} data-testid="admin-refresh">
                Refresh
              </button>
              <button type="button" className="button small" onClick={() => signOut(null)}>
                Sign out
              </button>
            </>
          )}
          <ThemeToggle theme={theme} onToggle={toggle} />
        </div>
      </header>
      {error && (
        <div className="banner banner-error" role="alert" data-testid="admin-error">
          {error}
        </div>
      )}
      {!token ? (
        <TokenForm
          onSubmit={(value) => {
            writeStored(TOKEN_KEY, value, true);
            setError(null);
            setToken(value);
          }}
        />
      ) : (
        <main className="facilitator-body">
          {overview ? <OverviewTables overview={overview} selected={selected} onSelect={setSelected} /> : <p className="muted">Loading…</p>}
          {selected && <AttendeeDetailView token={token} userId={selected} onClose={() => setSelected(null)} />}
          {demo && <ResetDemo token={token} demo={demo} onDone={() => void refresh()} />}
        </main>
      )}
    </div>
  );
}
