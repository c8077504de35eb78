import type { DemoInfo } from '../../api/types';

/** One agent's page, shown in a frame of the side-by-side view. */
export interface AgentFrame {
  id: string;
  name: string;
  description: string;
  url: string;
}

/**
 * Page addresses of the agents, each on its own port. Same host as this page, so the browser
 * sends the same attendee cookie (cookies are per host, not per port).
 */
export function agentFrames(demo: DemoInfo, loc: { protocol: string; hostname: string }): AgentFrame[] {
  // A multi-agent port lists only its own agent in `agents`; `peers` names every agent of the demo.
  const agents = demo.peers?.length
    ? demo.peers.map((p) => ({ id: p.agentId, name: p.name, port: p.port, description: demo.agents.find((a) => a.id === p.agentId)?.description ?? '' }))
    : demo.agents;
  return agents.map((a) => ({ id: a.id, name: a.name, description: a.description, url: `${loc.protocol}//${hostWithPort(loc.hostname, a.port)}/?embed=1` }));
}

/** `host:port` for an address, bracketing IPv6 literals. */
export function hostWithPort(hostname: string, port: number): string {
  // IPv6 literals need brackets; `location.hostname` may or may not already carry them.
  const bare = hostname.replace(/^\[|\]$/g, '');
  return bare.includes(':') ? `[${bare}]:${port}` : `${bare}:${port}`;
}
