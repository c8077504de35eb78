import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../hooks/use-api-data';
import { themeMessage, withTheme } from '../../hooks/theme-sync';
import { useTheme, type Theme } from '../../hooks/use-theme';
import { ThemeToggle } from '../identity/theme-toggle';
import { agentFrames } from './agent-frames';

/** Both agents of the multi-agent demo next to each other, so memory isolation shows at a glance. */
export function SideBySidePage() {
  const { theme, toggle } = useTheme();
  const { data: demo, error } = useApiData(api.demo, 'once');
  const frames = demo ? agentFrames(demo, location) : [];
  // The frames open in the theme of the moment; later changes are posted (a new address would reload them).
  const [startTheme] = useState<Theme>(theme);
  const frameRefs = useRef(new Map<string, HTMLIFrameElement>());
  const postTheme = (frame: HTMLIFrameElement | undefined, url: string) => frame?.contentWindow?.postMessage(themeMessage(theme), new URL(url).origin);
  useEffect(() => {
    for (const frame of frames) postTheme(frameRefs.current.get(frame.id), frame.url);
    // `frames` is derived from `demo`, so these two say when to post again.
  }, [theme, demo]);
  return (
    <div className="app side-by-side" data-testid="side-by-side">
      <header className="top-bar">
        <div className="title-block">
          <h1>{demo?.title ?? 'Side by side'}</h1>
          <p className="subtitle">
            Same user (your cookie), two agents, two <code>agent_id</code>s: what one agent learns, the other does not know.
          </p>
        </div>
        <div className="top-actions">
          <ThemeToggle theme={theme} onToggle={toggle} />
        </div>
      </header>
      {error && <div className="banner banner-error">Could not load the demo: {error}</div>}
      {demo && frames.length < 2 && (
        <div className="banner banner-info">
          This port serves “{demo.title}”, which has one agent. Open{' '}
          <code>/side-by-side</code> on a port of the multi-agent demo.
        </div>
      )}
      <div className="frames">
        {frames.map((frame) => (
          <section key={frame.id} className="frame-column" data-testid="side-by-side-agent" data-agent-id={frame.id}>
            <h2>
              {frame.name} <code className="muted small">{frame.id}</code>
            </h2>
            <iframe
              ref={(el) => void (el ? frameRefs.current.set(frame.id, el) : frameRefs.current.delete(frame.id))}
              src={withTheme(frame.url, startTheme)}
              title={`${frame.name} (${frame.id})`}
              data-testid={`frame-${frame.id}`}
              // A toggle before the frame finished loading is sent again once it listens.
              onLoad={(event) => postTheme(event.currentTarget, frame.url)}
            />
          </section>
        ))}
      </div>
    </div>
  );
}
