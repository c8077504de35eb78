import type { DemoAgent, DemoInfo } from '../../api/types';
import { VectorFacts } from '../redis-view/vector-facts';
import { SdkSnippet } from './sdk-snippet';
import { describeScope, scopeFacts, vectorOf } from './describe-scope';

/** Props of `ScopeView`. */
export interface ScopeViewProps {
  demo: DemoInfo | null;
  agent: DemoAgent | null;
  threadId: string | null;
  userId?: string;
  /** The attendee's key for the `/v1` endpoints (from `/api/me`). */
  apiKey?: string;
}

/** The memory scope of this agent and what it isolates, in plain words. */
export function ScopeView({ demo, agent, threadId, userId, apiKey }: ScopeViewProps) {
  // The agent's own memory settings; the demo's (its first agent's) until the page knows its agent.
  const memory = (agent ?? demo)?.memory;
  const facts = scopeFacts(memory?.scope ?? null, threadId);
  const prefix = memory?.prefix;
  const vector = vectorOf(demo, agent);
  const rows: Array<[string, string | undefined, string]> = [
    ['application_id', facts.applicationId, 'the workshop app'],
    ['agent_id', facts.agentId, 'which agent remembers'],
    ['user_id', userId ? `${userId} (you)` : '(you)', 'from your cookie'],
    ['thread_id', facts.strategy === 'per-thread' ? threadId ?? '' : '— (global)', facts.strategy === 'per-thread' ? 'this conversation only' : 'not used for memory'],
  ];
  return (
    <div className="panel scope-view" data-testid="scope-view">
      <table className="scope-table">
        <tbody>
          {rows.map(([field, value, note]) => (
            <tr key={field}>
              <th scope="row">
                <code>{field}</code>
              </th>
              <td data-testid={`scope-${field}`}>{value ?? <span className="muted">not set</span>}</td>
              <td className="muted small">{note}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">strategy</th>
            <td data-testid="scope-strategy">{facts.strategy}</td>
            <td className="muted small">{facts.strategy === 'global' ? 'shared across your threads' : 'confined to one thread'}</td>
          </tr>
        </tbody>
      </table>
      <ul className="scope-sentences" data-testid="scope-explanation">
        {describeScope(facts).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {vector !== undefined && (
        <>
          <h3 className="panel-heading">Vector search</h3>
          <dl className="facts" data-testid="scope-vector">
            <VectorFacts vector={vector} />
          </dl>
          <p className="muted small">
            {vector
              ? `Each memory's text is embedded by ${vector.embedder} and found by meaning (${vector.distance.toLowerCase()} distance) as well as by its words, always within the scope above.`
              : 'No embedder is configured: memories are found by their words only, always within the scope above.'}
          </p>
        </>
      )}
      {prefix && (
        <p className="muted small">
          Records are HASHes under <code>{prefix}:</code>; every search filters on all the fields above.
        </p>
      )}
      {apiKey && agent && <SdkSnippet apiKey={apiKey} agentId={agent.id} />}
    </div>
  );
}
