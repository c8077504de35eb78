/**
 * Demos under a key namespace: a copy of the declarations whose index names and key prefixes
 * start with `{namespace}_`. Lets tests (and a second workshop on a shared Redis) run the same
 * demos without touching each other's keys.
 */
import type { DemoDefinition } from '../demo-definition';
import { DEFAULT_HISTORY_KEY_PREFIX } from '../history/options';
import { assertKeyPart } from '../redis/keys';

/** The demos with `{namespace}_` before every index name and key prefix, so two sets of keys never meet on one Redis. */
export function namespacedDemos(demos: DemoDefinition[], namespace: string): DemoDefinition[] {
  assertKeyPart(namespace, 'namespace');
  return demos.map((demo) => ({
    ...demo,
    agents: demo.agents.map((agent) => ({
      ...agent,
      memory: { ...agent.memory, indexName: `${namespace}_${agent.memory.indexName}`, prefix: `${namespace}_${agent.memory.prefix}` },
      history: { ...agent.history, keyPrefix: `${namespace}_${agent.history.keyPrefix ?? DEFAULT_HISTORY_KEY_PREFIX}` },
    })),
  }));
}
