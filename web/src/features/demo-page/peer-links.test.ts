import { describe, expect, it } from 'vitest';
import type { DemoInfo } from '../../api/types';
import { peerLinks } from './peer-links';

const peers = [
  { agentId: 'agent_personal', name: 'Personal Agent', port: 8002 },
  { agentId: 'agent_work', name: 'Work Agent', port: 8003 },
];
const demo = { peers } as unknown as DemoInfo;
const loc = { protocol: 'http:', hostname: 'workshop.local' };

describe('peerLinks', () => {
  it('links to every other agent on its own port, same host and scheme', () => {
    expect(peerLinks(demo, 8002, loc)).toEqual([{ agentId: 'agent_work', name: 'Work Agent', port: 8003, url: 'http://workshop.local:8003/' }]);
    expect(peerLinks(demo, 8003, { protocol: 'https:', hostname: '::1' }).map((l) => l.url)).toEqual(['https://[::1]:8002/']);
  });

  it('is empty without peers (single-agent demos) or before the demo is loaded', () => {
    expect(peerLinks({ peers: undefined } as unknown as DemoInfo, 8001, loc)).toEqual([]);
    expect(peerLinks(null, 8001, loc)).toEqual([]);
  });
});
