import { api } from '../../api/client';
import { CopyButton } from '../../components/copy-button';
import { useApiData } from '../../hooks/use-api-data';
import type { MemoryVector, RedisInfo } from '../../api/types';
import { indexCommand } from './redis-commands';
import { RedisConnect } from './redis-connect';
import { KeyList, RecordList } from './redis-keys';
import { VectorFacts } from './vector-facts';
import { ENGINE_LABELS, type EngineName } from '@protocol';

/** "Redis search: FT.SEARCH in Redis … (no vectors)": the engine's shared label, and whether vectors take part. */
function engineDescription(engine: EngineName, vector: MemoryVector | null | undefined): string {
  const { label, detail } = ENGINE_LABELS[engine];
  return `${label}: ${detail}${vector === null ? ' (no vectors: text search only)' : ''}`;
}

/**
 * The workshop's troubleshooting steps in the UI: is Redis reachable, which version, which search
 * engine, how to connect with redis-cli, how many documents the index holds (the attendee's and
 * everyone's), and the attendee's keys and records in this demo, each with a command to copy.
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

/** What `/api/redis` answered: the server, how to connect, the memory index, and the attendee's keys and records. */
function RedisFacts({ info: { redis, connection, index, keys, records }, vector }: { info: RedisInfo; vector?: MemoryVector | null }) {
  const inspectIndex = indexCommand(index.engine, index.indexName);
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
      <RedisConnect connection={connection} />
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
        <dt>Your memories</dt>
        <dd>
          <strong data-testid="redis-your-documents">{index.yourDocuments}</strong>{' '}
          <span className="muted small">
            of <span data-testid="redis-documents">{index.documents}</span> in the whole index (every attendee&apos;s)
          </span>
        </dd>
      </dl>
      {inspectIndex && (
        <div className="command-row">
          <code className="command">{inspectIndex}</code>
          <CopyButton text={inspectIndex} label={`Copy ${inspectIndex}`} testId="redis-index-copy" />
        </div>
      )}
      <h3 className="panel-heading">Your keys in this demo</h3>
      <KeyList keys={keys} />
      <h3 className="panel-heading">Your memory records ({index.yourDocuments})</h3>
      <p className="muted small">Each one is a HASH: copy its command, paste it at the redis-cli prompt.</p>
      <RecordList records={records} total={index.yourDocuments} />
    </>
  );
}
