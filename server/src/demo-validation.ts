/**
 * Demo declarations are checked when the workshop starts, so a mistake in a new demo or exercise
 * file is one clear message naming the demo, the agent and the field, not a strange failure in
 * the middle of a room's first chat.
 */
import type { DemoDefinition } from './demo-definition';
import { WorkshopError } from './errors';

/** Port offsets a demo agent may use: the workshop listens on WORKSHOP_PORT_BASE + 0..3. */
export const PORT_OFFSETS = [0, 1, 2, 3] as const;

const ID = /^[A-Za-z0-9_.-]{1,64}$/;
const KEY_PART = /^[A-Za-z0-9_.:-]{1,100}$/;

/** Throws `config_invalid` listing every problem of the declarations at once. */
export function validateDemos(demos: DemoDefinition[]): void {
  const problems: string[] = [];
  const demoIds = new Set<string>();
  const agentIds = new Map<string, string>();
  const offsets = new Map<number, string>();
  for (const demo of demos) {
    const where = `demo ${JSON.stringify(demo.id)}`;
    if (!ID.test(demo.id ?? '')) problems.push(`${where}: id must be 1-64 letters, digits, "_", "-" or "."`);
    if (demoIds.has(demo.id)) problems.push(`${where}: declared twice (demo ids must be unique)`);
    demoIds.add(demo.id);
    if (!demo.title?.trim()) problems.push(`${where}: needs a title`);
    if (!demo.agents?.length) problems.push(`${where}: declares no agents`);
    for (const agent of demo.agents ?? []) {
      const at = `${where}, agent ${JSON.stringify(agent.id)}`;
      if (!ID.test(agent.id ?? '')) problems.push(`${at}: id must be 1-64 letters, digits, "_", "-" or "."`);
      const owner = agentIds.get(agent.id);
      if (owner !== undefined) problems.push(`${at}: the agent id is already used by demo ${JSON.stringify(owner)} (agent ids scope memories and must be unique)`);
      agentIds.set(agent.id, demo.id);
      if (!agent.name?.trim()) problems.push(`${at}: needs a name`);
      if (!agent.instructions?.trim()) problems.push(`${at}: needs instructions (the system prompt)`);
      if (!(PORT_OFFSETS as readonly number[]).includes(agent.portOffset)) {
        problems.push(`${at}: portOffset must be one of ${PORT_OFFSETS.join(', ')} (got ${JSON.stringify(agent.portOffset)})`);
      } else if (!demo.onRequest) {
        // Demos served only on request (exercises) run alone, so they may reuse a port.
        const portOwner = offsets.get(agent.portOffset);
        if (portOwner !== undefined && portOwner !== demo.id) {
          problems.push(`${at}: portOffset ${agent.portOffset} is already served by demo ${JSON.stringify(portOwner)} (one port serves one demo)`);
        }
        offsets.set(agent.portOffset, demo.id);
      }
      const memory = agent.memory;
      if (!KEY_PART.test(memory?.prefix ?? '')) problems.push(`${at}: memory.prefix must be 1-100 letters, digits or "_ . : -"`);
      if (!KEY_PART.test(memory?.indexName ?? '')) problems.push(`${at}: memory.indexName must be 1-100 letters, digits or "_ . : -"`);
      if (memory?.strategy !== 'global' && memory?.strategy !== 'per-thread') problems.push(`${at}: memory.strategy must be "global" or "per-thread"`);
      if (memory?.topK !== undefined && !(Number.isInteger(memory.topK) && memory.topK >= 1 && memory.topK <= 100)) problems.push(`${at}: memory.topK must be 1-100`);
      const { maxMessages, ttlSeconds } = agent.history ?? {};
      if (maxMessages !== undefined && !(Number.isInteger(maxMessages) && maxMessages >= 1)) problems.push(`${at}: history.maxMessages must be a whole number of at least 1`);
      if (ttlSeconds !== undefined && !(Number.isInteger(ttlSeconds) && ttlSeconds >= 1)) problems.push(`${at}: history.ttlSeconds must be a whole number of seconds, at least 1`);
    }
  }
  if (problems.length) throw new WorkshopError('config_invalid', `invalid demo declarations (demos/):\n  - ${problems.join('\n  - ')}`);
}

/** Throws `config_invalid` when demos picked to run together would listen on the same port. */
export function assertPortsApart(demos: DemoDefinition[]): void {
  const owner = new Map<number, string>();
  for (const demo of demos) {
    for (const agent of demo.agents) {
      const other = owner.get(agent.portOffset);
      if (other !== undefined && other !== demo.id) {
        throw new WorkshopError(
          'config_invalid',
          `demos ${JSON.stringify(other)} and ${JSON.stringify(demo.id)} both use port offset ${agent.portOffset}: run them one at a time (--demo ${demo.id}), or start a second workshop with another WORKSHOP_PORT_BASE`,
        );
      }
      owner.set(agent.portOffset, demo.id);
    }
  }
}
