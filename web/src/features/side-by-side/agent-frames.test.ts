import { describe, expect, it } from 'vitest';
import type { DemoInfo } from '../../api/types';
import { demoAgent, demoInfo } from '../../api/test-fixtures';
import { agentFrames } from './agent-frames';

const personal = demoAgent('agent_personal', 8002, { name: 'Personal', description: 'home' });
const work = demoAgent('agent_work', 8003, { name: 'Work', description: 'office' });
const demo: DemoInfo = demoInfo([personal, work], { id: 'multi-agent', title: 'Multi-agent' });

describe('agentFrames', () => {
  it('points each agent at its port on the same host, embedded', () => {
    expect(agentFrames(demo, { protocol: 'http:', hostname: '192.168.1.20' }).map((f) => [f.id, f.url])).toEqual([
      ['agent_personal', 'http://192.168.1.20:8002/?embed=1'],
      ['agent_work', 'http://192.168.1.20:8003/?embed=1'],
    ]);
  });

  it('takes every agent from `peers` when the port lists only its own agent', () => {
    const port8003: DemoInfo = {
      ...demo,
      port: 8003,
      agents: [work],
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
