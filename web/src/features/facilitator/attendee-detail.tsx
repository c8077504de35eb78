import { useCallback } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../hooks/use-api-data';
import { timeAgo } from '../../util/format';

/** Props of `AttendeeDetailView`. */
export interface AttendeeDetailViewProps {
  token: string;
  userId: string;
  onClose(): void;
}

/** One attendee's threads and memories in this port's demo. */
export function AttendeeDetailView({ token, userId, onClose }: AttendeeDetailViewProps) {
  const load = useCallback(() => api.adminAttendee(token, userId), [token, userId]);
  const { data, error } = useApiData(load, userId, 0);
  return (
    <section className="card" data-testid="admin-attendee-detail">
      <div className="row">
        <h2>{data?.displayName ?? userId}</h2>
        <button type="button" className="button small push" onClick={onClose}>
          Close
        </button>
      </div>
      {error && <p className="error-text">{error}</p>}
      {data && (
        <div className="detail-columns">
          <div>
            <h3 className="panel-heading">Threads ({data.threads.length})</h3>
            <ul className="plain-list">
              {data.threads.map((t) => (
                <li key={t.id}>
                  <code>{t.id}</code> <span className="muted small">{t.messageCount} messages {timeAgo(t.updatedAt)}</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="panel-heading">Memories ({data.memories.length})</h3>
            <ul className="plain-list">
              {data.memories.map((m) => (
                <li key={m.id} data-testid="admin-memory" data-kind={m.kind}>
                  <span className={`kind-badge kind-${m.kind}`}>{m.kind}</span> {m.text} <span className="muted small">{m.agentId}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
