import type { DemoInfo } from '../../api/types';
import { pagePort } from '../../util/page-location';
import { peerLinks } from './peer-links';

/** Header links of a multi-agent page: the other agents' pages and `/side-by-side`; nothing without `peers`. */
export function PeerNav({ demo }: { demo: DemoInfo | null }) {
  if (!demo?.peers?.length) return null;
  const links = peerLinks(demo, pagePort(), location);
  return (
    <nav className="peer-nav" aria-label="Other agents of this demo" data-testid="peer-nav">
      {links.map((link) => (
        <a key={link.agentId} className="button small" href={link.url} data-testid="peer-link" data-agent-id={link.agentId} title={`${link.name} on port ${link.port}`}>
          {link.name} <span className="muted">:{link.port}</span>
        </a>
      ))}
      <a className="button small" href="/side-by-side" data-testid="side-by-side-link">
        Side by side
      </a>
    </nav>
  );
}
