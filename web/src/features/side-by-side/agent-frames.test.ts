import { describe, expect, it } from 'vitest';
import type { DemoInfo } from '../../api/types';
import { agentFrames } from './agent-frames';

const demo: DemoInfo = {
  id: 'multi-agent',
  title: 'Multi-agent',
  description: '',
  port: 8002,
  agents: [
    { id: 'agent_personal', name: 'Personal', description: 'home', port: 8002 },
    { id: 'agent_work', name: 'Work', description: 'office', port: 8003 },
    { id: 'no_port', name: 'X', description: '' },
  ],
};

describe('agentFrames', () => {
  it('points each agent with a port at the same host, embedded', () => {
    expect(agentFrames(demo, { protocol: 'http:', hostname: '192.168.1.20' }).map((f) => [f.id, f.url])).toEqual([
      ['agent_personal', 'http://192.168.1.20:8002/?embed=1'],
      ['agent_work', 'http://192.168.1.20:8003/?embed=1'],
    ]);
  });

  it('takes every agent from `peers` when the port lists only its own agent', () => {
    const port8003: DemoInfo = {
      ...demo,
      port: 8003,
      agents: [{ id: 'agent_work', name: 'Work', description: 'office', port: 8003 }],
      peers: [
        { agentId: 'agent_personal', name: 'Personal', port: 8002 },
        { agentId: 'agent_work', name: 'Work', port: 8003 },
      ],
    };
    expect(agentFrames(port8003, { protocol: 'http:', hostname: 'localhost' }).map((f) => [f.id, f.url, f.description])).toEqual([
      ['agent_personal', 'http://localhost:8002/?embed=1', ''],
      ['agent_work', 'http://localhost:8003/?embed=1', 'office'],
    ]);
  });

  it('brackets IPv6 hosts', () => {
    expect(agentFrames(demo, { protocol: 'http:', hostname: '[::1]' })[1].url).toBe('http://[::1]:8003/?embed=1');
  });
});
