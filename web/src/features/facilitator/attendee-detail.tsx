import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../hooks/use-api-data';
import { activityView, describeCounts, describeHits } from './attendee-activity';
import { DemoGroup } from './activity-groups';
import { GroupChoicesProvider } from './collapsible';
import { SearchBox } from './search-box';
import { useSearchHighlight } from './use-search-highlight';

/** Props of `AttendeeDetailView`. */
export interface AttendeeDetailViewProps {
  token: string;
  userId: string;
  onClose(): void;
}

/**
 * One attendee's activity in every demo: demo → agent → threads (with their messages) and
 * memories by kind, collapsible, with counts, and a search over messages and memories.
 */
export function AttendeeDetailView({ token, userId, onClose }: AttendeeDetailViewProps) {
  const load = useCallback(() => api.adminAttendee(token, userId), [token, userId]);
  const { data, error } = useApiData(load, userId, 0);
  const [search, setSearch] = useState('');
  // Typing stays responsive while a long detail is filtered and rendered again.
  const deferred = useDeferredValue(search);
  const view = useMemo(() => (data ? activityView(data, deferred) : null), [data, deferred]);
  const body = useRef<HTMLDivElement>(null);
  useSearchHighlight(body, view?.term ?? '');
  const searching = Boolean(view?.term);
  // The detail sits below the attendee list, which may be hundreds of rows long: bring it into view.
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    // A block, not an expression: newer browsers return a Promise from scrollIntoView, which React would take for a cleanup.
    void card.current?.scrollIntoView({ block: 'start' });
  }, [userId]);
  return (
    <section className="card attendee-detail" data-testid="admin-attendee-detail" ref={card}>
      <div className="row">
        <h2>{data?.displayName ?? userId}</h2>
        <span className="muted small">{userId}</span>
        <button type="button" className="button small push" onClick={onClose}>
          Close
        </button>
      </div>
      {error && <p className="error-text">{error}</p>}
      {view && (
        <>
          <div className="row detail-search">
            <SearchBox
              value={search}
              onChange={setSearch}
              placeholder="Search messages and memories"
              label="Search this attendee's messages and memories"
              testId="admin-search"
            />
            <span className="muted small" data-testid="admin-search-summary" data-hits={searching ? view.hits : undefined}>
              {searching ? describeHits(view.hits) : describeCounts(view.counts)}
            </span>
          </div>
          <div className="attendee-activity" ref={body}>
            {searching && view.hits === 0 && <p className="muted">Nothing matches “{search.trim()}”.</p>}
            <GroupChoicesProvider key={userId}>
              {view.demos.map((demo) => (
                <DemoGroup key={demo.demo.id} view={demo} searching={searching} />
              ))}
            </GroupChoicesProvider>
          </div>
        </>
      )}
    </section>
  );
}
