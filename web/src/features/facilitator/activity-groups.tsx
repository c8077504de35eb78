import { CopyButton } from '../../components/copy-button';
import { timeAgo } from '../../util/format';
import { readCommand } from '../redis-view/redis-commands';
import { RedisKey } from '../redis-view/redis-key';
import { describeCounts, describeHits, hasActivity, plainTitle, plural, type AgentView, type DemoView, type MemoryKindView, type ThreadView } from './attendee-activity';
import { MemoryEntry, MessageEntry } from './activity-items';
import { Collapsible } from './collapsible';

const KIND_LABELS: Record<MemoryKindView['kind'], string> = { fact: 'Facts', message: 'Messages', tool: 'Tool results' };

/** Counts while browsing, matches while searching. */
function summaryOf(searching: boolean, hits: number, browsing: string): string {
  return searching ? describeHits(hits) : browsing;
}

/** One demo: its agents, open when the attendee used it. */
export function DemoGroup({ view, searching }: { view: DemoView; searching: boolean }) {
  const { demo } = view;
  return (
    <Collapsible
      id={demo.id}
      testId="admin-demo"
      data={{ 'data-demo-id': demo.id }}
      title={
        <>
          {demo.title} <span className="muted small">port {demo.port}</span>
        </>
      }
      summary={summaryOf(searching, view.hits, describeCounts(view.counts))}
      defaultOpen={hasActivity(view.counts)}
      searching={searching}
    >
      {() =>
        hasActivity(view.counts) ? (
          view.agents.map((agent) => <AgentGroup key={agent.agent.id} parent={demo.id} view={agent} searching={searching} />)
        ) : (
          <p className="muted small">Not used yet.</p>
        )
      }
    </Collapsible>
  );
}

/** Where a group sits: the id of the group around it, for ids unique in the whole detail. */
interface Nested {
  parent: string;
  searching: boolean;
}

/** One agent of a demo: the attendee's threads with it, then its memories by kind. */
function AgentGroup({ view, parent, searching }: Nested & { view: AgentView }) {
  const { agent } = view;
  const id = `${parent}/${agent.id}`;
  return (
    <Collapsible
      id={id}
      testId="admin-agent"
      data={{ 'data-agent-id': agent.id }}
      title={
        <>
          {agent.name} <code className="small">{agent.id}</code>
        </>
      }
      summary={summaryOf(searching, view.hits, describeCounts(view.counts))}
      defaultOpen={hasActivity(view.counts)}
      searching={searching}
    >
      {() => (
        <>
          <h4 className="group-section">Threads ({view.counts.threads})</h4>
          {view.threads.length === 0 ? <p className="muted small">None.</p> : view.threads.map((t) => <ThreadGroup key={t.thread.id} parent={id} view={t} searching={searching} />)}
          <h4 className="group-section">Memories ({view.counts.memories})</h4>
          {view.memoryKinds.length === 0 ? <p className="muted small">None.</p> : view.memoryKinds.map((k) => <MemoryKindGroup key={k.kind} parent={id} view={k} searching={searching} />)}
        </>
      )}
    </Collapsible>
  );
}

/** One thread, closed at first: its messages are rendered only when opened. */
function ThreadGroup({ view, parent, searching }: Nested & { view: ThreadView }) {
  const { thread } = view;
  const browsing = `${plural(thread.messageCount, 'message')} · ${timeAgo(thread.updatedAt)}`;
  return (
    <Collapsible
      id={`${parent}/thread:${thread.id}`}
      testId="admin-thread"
      data={{ 'data-thread-id': thread.id }}
      title={
        <>
          {plainTitle(thread.title)} {thread.title !== thread.id && <code className="small">{thread.id}</code>}
        </>
      }
      summary={summaryOf(searching, view.hits, browsing)}
      defaultOpen={false}
      searching={searching}
    >
      {() => (
        <>
          <div className="command-row muted small">
            <RedisKey value={thread.key} />
            <CopyButton text={readCommand('list', thread.key)} label={`Copy ${readCommand('list', thread.key)}`} />
          </div>
          {thread.messages.length < thread.messageCount && (
            <p className="muted small">
              The newest {thread.messages.length} of {thread.messageCount} messages.
            </p>
          )}
          <ol className="plain-list admin-messages">
            {view.messages.map((m) => (
              <MessageEntry key={m.id} message={m} />
            ))}
          </ol>
        </>
      )}
    </Collapsible>
  );
}

/** The memories of one kind: facts open at first, raw messages and tool results closed. */
function MemoryKindGroup({ view, parent, searching }: Nested & { view: MemoryKindView }) {
  return (
    <Collapsible
      id={`${parent}/memories:${view.kind}`}
      testId="admin-memory-kind"
      data={{ 'data-kind': view.kind }}
      title={KIND_LABELS[view.kind]}
      summary={summaryOf(searching, view.hits, String(view.total))}
      defaultOpen={view.kind === 'fact'}
      searching={searching}
    >
      {() => (
        <ul className="plain-list admin-memories">
          {view.memories.map((m) => (
            <MemoryEntry key={m.id} memory={m} />
          ))}
        </ul>
      )}
    </Collapsible>
  );
}
