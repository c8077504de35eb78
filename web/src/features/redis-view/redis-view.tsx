import { api } from '../../api/client';
import { useApiData } from '../../hooks/use-api-data';
import type { MemoryVector, RedisInfo } from '../../api/types';
import { ttl } from '../../util/format';
import { VectorFacts } from './vector-facts';
import { ENGINE_LABELS, type EngineName } from '@protocol';

/** "Redis search: FT.SEARCH in Redis … (no vectors)": the engine's shared label, and whether vectors take part. */
function engineDescription(engine: EngineName, vector: MemoryVector | null | undefined): string {
  const { label, detail } = ENGINE_LABELS[engine];
  return `${label}: ${detail}${vector === null ? ' (no vectors: text search only)' : ''}`;
}

/**
 * The workshop's troubleshooting steps in the UI: is Redis reachable, which version, which search
 * engine, how many documents the index holds, and this demo's keys of the attendee.
 */
export function RedisView({ refreshKey, vector }: { refreshKey: unknown; vector?: MemoryVector | null }) {
  const { data, error, loading, reload } = useApiData(api.redis, refreshKey, 800);
  const connected = data?.redis.connected;
  return (
    <div className="panel redis-view" data-testid="redis-view">
      <div className="row">
        <span className={`dot ${connected ? 'ok' : data ? 'bad' : ''}`} aria-hidden />
        <strong data-testid="redis-connection">{data ? (connected ? 'Connected' : 'Disconnected') : loading ? 'Checking…' : 'Unknown'}</strong>
        <button type="button" className="button small push" onClick={reload}>
          Refresh
        </button>
      </div>
      {error && <p className="error-text">{error}</p>}
      {data && <RedisFacts info={data} vector={vector} />}
    </div>
  );
}

/** What `/api/redis` answered: the server, the memory index, and the attendee's keys. */
function RedisFacts({ info: { redis, index, keys }, vector }: { info: RedisInfo; vector?: MemoryVector | null }) {
  return (
    <>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{redis.version ?? '–'}</dd>
        <dt>Deployment</dt>
        <dd>{redis.cluster ? 'cluster' : 'standalone'}</dd>
        <dt>Search engine</dt>
        <dd data-testid="redis-engine">{engineDescription(index.engine, vector)}</dd>
        <dt>Memory used</dt>
        <dd>{redis.usedMemoryHuman ?? (redis.usedMemory !== undefined ? `${redis.usedMemory} bytes` : '–')}</dd>
      </dl>
      <h3 className="panel-heading">Index</h3>
      <dl className="facts">
        <dt>Name</dt>
        <dd>
          <code>{index.indexName}</code>
        </dd>
        <VectorFacts vector={vector} />
        <dt>Prefix</dt>
        <dd>
          <code>{index.prefix}:</code>
        </dd>
        <dt>Documents</dt>
        <dd data-testid="redis-documents">{index.documents}</dd>
      </dl>
      <p className="muted small">
        Try it: {index.engine === 'redisearch' ? <code>FT.INFO {index.indexName}</code> : <code>HGETALL {index.prefix}:&lt;id&gt;</code>}
      </p>
      <h3 className="panel-heading">Your keys in this demo</h3>
      {keys.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <table className="keys-table" data-testid="redis-keys">
          <thead>
            <tr>
              <th>key</th>
              <th>type</th>
              <th className="num">length</th>
              <th>TTL</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={`${k.key}:${k.kind ?? ''}`}>
                <td>
                  <code>{k.key}</code>
                  {k.kind && <span className="muted small"> ({k.kind})</span>}
                </td>
                <td>{k.type}</td>
                <td className="num">{k.length}</td>
                <td className="small">{ttl(k.ttl)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
