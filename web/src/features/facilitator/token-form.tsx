import { useState } from 'react';

/** Asks for the facilitator token (kept in sessionStorage only, for this tab's session). */
export function TokenForm({ onSubmit }: { onSubmit(token: string): void }) {
  const [value, setValue] = useState('');
  return (
    <form
      className="card token-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onSubmit(value.trim());
      }}
    >
      <label htmlFor="admin-token">Facilitator token</label>
      <p className="muted small">Printed by the server at start, or the value of WORKSHOP_ADMIN_TOKEN.</p>
      <div className="row">
        <input id="admin-token" type="password" autoComplete="off" data-testid="admin-token-input" value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="submit" className="button primary" data-testid="admin-token-submit">
          Open
        </button>
      </div>
    </form>
  );
}
