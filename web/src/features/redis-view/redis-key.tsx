import { Fragment } from 'react';
import { keyParts } from './redis-commands';

/**
 * A Redis key that wraps between its `:`-separated parts (a `<wbr>` after each colon) rather than
 * mid-word; a single part longer than the line still breaks (`overflow-wrap: break-word`).
 */
export function RedisKey({ value, testId }: { value: string; testId?: string }) {
  return (
    <code className="redis-key" data-testid={testId} data-key={value}>
      {keyParts(value).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span className="key-part">{part}</span>
        </Fragment>
      ))}
    </code>
  );
}
