import { useState } from 'react';
import type { AdminOverview } from '../../api/types';
import { matchesTerm, searchTerm } from './attendee-activity';
import { SearchBox } from './search-box';

/** Props of `OverviewTables`. */
export interface OverviewTablesProps {
  overview: AdminOverview;
  selected: string | null;
  onSelect(userId: string): void;
}

/** Per-demo counts and the attendee list (filtered by name or id: a room may hold hundreds). */
export function OverviewTables({ overview, selected, onSelect }: OverviewTablesProps) {
  const demoIds = overview.demos.map((d) => d.id);
  const [filter, setFilter] = useState('');
  const term = searchTerm(filter);
  const shown = overview.attendees.filter((a) => matchesTerm(`${a.displayName}\n${a.userId}`, term));
  return (
    <>
      <section className="card">
        <h2>Demos</h2>
        <table className="data-table" data-testid="admin-demos">
          <thead>
            <tr>
              <th>demo</th>
              <th className="num">port</th>
              <th className="num">attendees</th>
              <th className="num">threads</th>
              <th className="num">memories</th>
            </tr>
          </thead>
          <tbody>
            {overview.demos.map((d) => (
              <tr key={d.id}>
                <td>{d.id}</td>
                <td className="num">{d.port}</td>
                <td className="num">{d.attendees}</td>
                <td className="num">{d.threads}</td>
                <td className="num">{d.memories}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <div className="row">
          <h2>Attendees ({term ? `${shown.length} of ${overview.attendees.length}` : overview.attendees.length})</h2>
          {overview.attendees.length > 0 && (
            <SearchBox className="push" value={filter} onChange={setFilter} placeholder="Find an attendee" label="Find an attendee by name or id" testId="admin-attendee-filter" />
          )}
        </div>
        {overview.attendees.length === 0 ? (
          <p className="muted">Nobody has chatted yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="admin-attendees">
              <thead>
                <tr>
                  <th>attendee</th>
                  {demoIds.map((id) => (
                    <th key={id} className="num">
                      {id}
                      <br />
                      <span className="muted small">threads / memories</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => (
                  <tr key={a.userId} className={selected === a.userId ? 'active' : ''}>
                    <td>
                      <button type="button" className="link-button" data-testid="admin-attendee" data-user-id={a.userId} onClick={() => onSelect(a.userId)}>
                        {a.displayName || a.userId}
                      </button>
                      <div className="muted small">{a.userId}</div>
                    </td>
                    {demoIds.map((id) => {
                      const counts = a.demos[id];
                      return (
                        <td key={id} className="num">
                          {counts ? `${counts.threads} / ${counts.memories}` : '–'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
