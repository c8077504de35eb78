/**
 * Where a multi-agent page points: the other agents' pages (each on its own port) and the
 * side-by-side view, so a facilitator can move between 8002, 8003 and `/side-by-side` by clicking.
 */
import type { DemoInfo } from '../../api/types';
import { hostWithPort } from '../side-by-side/agent-frames';

/** One link of the page header. */
export interface PeerLink {
  agentId: string;
  name: string;
  port: number;
  url: string;
}

/**
 * The other agents of this demo, from `peers` (none when the demo has no peers). Same host as
 * this page, so the attendee's cookie goes along and the other agent sees the same user.
 */
export function peerLinks(demo: DemoInfo | null, ownPort: number, loc: { protocol: string; hostname: string }): PeerLink[] {
  if (!demo?.peers?.length) return [];
  return demo.peers
    .filter((peer) => peer.port !== ownPort)
    .map((peer) => ({ agentId: peer.agentId, name: peer.name, port: peer.port, url: `${loc.protocol}//${hostWithPort(loc.hostname, peer.port)}/` }));
}
