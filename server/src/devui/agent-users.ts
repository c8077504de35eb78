/**
 * Who keeps something with an agent: a SET of user ids per agent (`agentUsersKey`), so the
 * facilitator counts attendees per demo without SCAN. A user joins with a turn and leaves once
 * they keep nothing with the agent (no thread and no memory), so an attendee who deleted their
 * threads and forgot their memories leaves no trace in it.
 */
import { userHistoryPrefix } from '../compose';
import type { DemoAgentDefinition } from '../demo-definition';
import { toRedisError } from '../redis/connection';
import { agentUsersKey } from '../redis/keys';
import type { DevuiServices } from './context';

/**
 * Adds the user to the agent's SET. Call it after the thread is registered: `releaseAgentUser`
 * relies on that order to never leave a user with a thread out of the SET.
 */
export async function addAgentUser(services: DevuiServices, agentId: string, userId: string): Promise<void> {
  try {
    await services.client.sadd(agentUsersKey(agentId, services.namespace), userId);
  } catch (err) {
    throw toRedisError(err, 'recording the attendee of an agent');
  }
}

/**
 * Removes the user from the agent's SET when they keep no thread and no memory with it. A turn
 * that registers a thread meanwhile is not lost: the thread count is read again after the SREM
 * (and the turn adds the user after registering), so one of the two puts the user back.
 * Best effort: a failure is logged, since what the caller deleted is gone either way.
 */
export async function releaseAgentUser(services: DevuiServices, agent: DemoAgentDefinition, userId: string): Promise<void> {
  const prefix = userHistoryPrefix(agent, userId);
  try {
    if ((await services.registry.count(prefix)) > 0) return;
    const memories = await (await services.runtime.memoryView(agent, { userId })).searchAll({ limit: 1 });
    if (memories.length > 0) return;
    await services.client.srem(agentUsersKey(agent.id, services.namespace), userId);
    if ((await services.registry.count(prefix)) > 0) await addAgentUser(services, agent.id, userId);
  } catch (err) {
    services.logger.warn({ err, agentId: agent.id }, 'could not update the attendee list of an agent');
  }
}
