import type { RedisConnection } from '@protocol';
import { CopyButton } from '../../components/copy-button';
import { reachableFromHere } from './redis-commands';

/**
 * "Connect": the `redis-cli` line for this workshop's Redis (never a password: `--askpass` asks
 * for one), and where it works from when Redis listens on the workshop machine only.
 */
export function RedisConnect({ connection }: { connection: RedisConnection }) {
  const here = reachableFromHere(connection, window.location.hostname);
  return (
    <>
      <h3 className="panel-heading">Connect with redis-cli</h3>
      <div className="command-row">
        <code className="command" data-testid="redis-cli-command">
          {connection.command}
        </code>
        <CopyButton text={connection.command} label="Copy the redis-cli command" testId="redis-cli-copy" />
      </div>
      <p className="muted small" data-testid="redis-cli-note">
        {here
          ? 'Then paste any command below at the redis-cli prompt.'
          : `This Redis listens on ${connection.host} of the machine running the workshop: run redis-cli there (or ask the facilitator to start Redis on an address this machine can reach).`}
      </p>
    </>
  );
}
