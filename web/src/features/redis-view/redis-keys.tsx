import type { RedisKeyInfo, RedisRecordInfo } from '@protocol';
import { CopyButton } from '../../components/copy-button';
import { ttl } from '../../util/format';
import { readCommand } from './redis-commands';
import { RedisKey } from './redis-key';

/** What one element of each key type is here: a history LIST holds messages, the thread index ZSET threads. */
const ELEMENT: Record<RedisKeyInfo['type'], [string, string]> = { list: ['message', 'messages'], zset: ['thread', 'threads'], hash: ['field', 'fields'] };

/** "list · 4 messages · TTL none (kept until deleted)": what a key holds, in words. */
function describeKey(k: RedisKeyInfo): string {
  const [one, many] = ELEMENT[k.type];
  return `${k.type} · ${k.length} ${k.length === 1 ? one : many} · TTL ${ttl(k.ttl)}`;
}

/**
 * The caller's keys in this demo (histories, thread index), each with the command that reads it,
 * as a list rather than a table: a side panel is narrow, and keys are long.
 */
export function KeyList({ keys }: { keys: RedisKeyInfo[] }) {
  if (keys.length === 0) return <p className="muted">None yet.</p>;
  return (
    <ul className="plain-list record-list" data-testid="redis-keys">
      {keys.map((k) =>
        k.kind ? (
          // A count of memory records by kind, not one key: the records are listed below.
          <li key={`${k.key}:${k.kind}`} className="record-item" data-testid="redis-key-group" data-kind={k.kind}>
            <code>{k.key.replace(/ \(\w+\)$/, '')}</code> <span className="muted small">{k.length} {k.kind} records (listed below)</span>
          </li>
        ) : (
          <li key={k.key} className="record-item" data-testid="redis-key-row" data-type={k.type} data-length={k.length}>
            <div className="command-row">
              <RedisKey value={k.key} testId="redis-key" />
              <CopyButton text={readCommand(k.type, k.key)} label={`Copy ${readCommand(k.type, k.key)}`} testId="redis-key-copy" />
            </div>
            <div className="muted small">{describeKey(k)}</div>
          </li>
        ),
      )}
    </ul>
  );
}

/** The caller's memory records (newest first): id, kind, the start of the text, and `HGETALL <key>` to copy. */
export function RecordList({ records, total }: { records: RedisRecordInfo[]; total: number }) {
  if (records.length === 0) return <p className="muted">None yet.</p>;
  return (
    <>
      {total > records.length && (
        <p className="muted small">
          The newest {records.length} of {total}.
        </p>
      )}
      <ul className="plain-list record-list" data-testid="redis-records">
        {records.map((r) => {
          const command = readCommand('hash', r.key);
          return (
            <li key={r.key} className="record-item" data-testid="redis-record" data-record-id={r.id} data-kind={r.kind}>
              <div className="command-row">
                <span className={`kind-badge kind-${r.kind}`}>{r.kind}</span>
                <RedisKey value={r.key} testId="redis-record-key" />
                <CopyButton text={command} label={`Copy ${command}`} testId="redis-record-copy" />
              </div>
              <div className="muted small record-text">{r.text}</div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
