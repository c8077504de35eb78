import { useState } from 'react';
import { useDemoSession } from '../../hooks/use-demo-session';
import { useTheme } from '../../hooks/use-theme';
import { StatusBanners } from '../banners/status-banners';
import { ChatView } from '../chat/chat-view';
import { DisplayName } from '../identity/display-name';
import { ModelBadge } from '../identity/model-badge';
import { ThemeToggle } from '../identity/theme-toggle';
import { ThreadList } from '../threads/thread-list';
import { DEMO_PANELS } from './panel-registry';
import { PeerNav } from './peer-nav';
import { SidePanels } from './side-panels';

/** The page of one demo port: threads, chat, and the inspection panels. */
export function DemoPage({ embedded }: { embedded: boolean }) {
  const session = useDemoSession();
  const { state, demo, agent } = session;
  const { theme, toggle } = useTheme(embedded);
  const [threadsOpen, setThreadsOpen] = useState(false);

  const connectionLabel = state.connection === 'open' ? 'live' : state.connection;
  return (
    <div className={`app demo-page${embedded ? ' embedded' : ''}${threadsOpen ? ' threads-open' : ''}`} data-testid="demo-page" data-demo-id={demo?.id}>
      <header className="top-bar">
        <div className="title-block">
          <h1 data-testid="demo-title">{agent?.name ?? demo?.title ?? 'Redis Agent Memory Workshop'}</h1>
          {!embedded && demo && <p className="subtitle">{agent?.description ?? demo.description}</p>}
        </div>
        {/* Narrow screens only (CSS): beside the title, so a phone keeps the actions on one row. */}
        {!embedded && (
          <button type="button" className="button small threads-toggle" onClick={() => setThreadsOpen((v) => !v)} aria-expanded={threadsOpen}>
            Threads
          </button>
        )}
        {/* Inside a side-by-side frame the other agent is already on screen. */}
        {!embedded && <PeerNav demo={demo} />}
        <div className="top-actions">
          <span className={`dot ${state.connection === 'open' ? 'ok' : 'warn'}`} title={`WebSocket: ${connectionLabel}`} aria-label={`connection ${connectionLabel}`} data-testid="connection-status" data-status={state.connection} />
          <ModelBadge model={state.model} />
          <DisplayName me={state.me} onRename={session.rename} />
          {/* In a side-by-side frame the page around it has the one toggle. */}
          {!embedded && <ThemeToggle theme={theme} onToggle={toggle} />}
        </div>
      </header>
      {session.loadError && (
        <div className="banner banner-error" role="alert">
          Could not load this demo: {session.loadError}
        </div>
      )}
      <StatusBanners state={state} onDismissNotice={session.dismissNotice} onDismissResumed={session.dismissResumed} onReconnectNow={session.reconnectNow} />
      <main className="layout">
        <ThreadList
          threads={state.threads}
          currentThreadId={state.currentThreadId}
          hasOlder={state.threadsCursor !== null}
          onShowOlder={session.loadOlderThreads}
          onSelect={(id) => {
            session.selectThread(id);
            setThreadsOpen(false);
          }}
          onCreate={session.createThread}
          onDelete={session.deleteThread}
        />
        <ChatView
          state={state}
          agentName={agent?.name}
          onSend={session.send}
          onStop={session.stop}
          onEdit={session.editAndResend}
          onRegenerate={session.regenerate}
          onRetry={session.retry}
        />
        <SidePanels panels={DEMO_PANELS} session={session} />
      </main>
    </div>
  );
}
