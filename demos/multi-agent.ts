/** Demo 3 (ports 8002/8003): one user, two agents, isolated memories (different agent_id, same user_id). */
import { addCalendarEventTool, createTaskTool, getCalendarTool, getWeatherTool } from '../server/src/agents/tools';
import type { DemoDefinition, DemoMemoryDefinition } from '../server/src/demo-definition';

// Both agents share one index: isolation comes from the agent_id in every query, not from separate storage.
const sharedMemory: DemoMemoryDefinition = {
  indexName: 'workshop_multi_agent',
  prefix: 'memory_multi_agent',
  applicationId: 'redis_agent_workshop',
  strategy: 'global',
};

/** Demo 3: a personal and a work agent of the same user, on ports 8002 and 8003, with isolated memories. */
export const multiAgentDemo: DemoDefinition = {
  id: 'multi-agent',
  title: 'Multi-agent — same user, isolated memories',
  description:
    'Talk to your personal agent (8002) and your work agent (8003). Both know you as the same user, but each keeps its own memories: what you tell one, the other does not know.',
  sideBySide: { description: 'both agents of the multi-agent demo side by side' },
  agents: [
    {
      id: 'agent_personal',
      name: 'Personal Agent',
      description: 'Your life outside work: hobbies, family, food, weekends.',
      instructions:
        'You are the user\'s personal-life assistant (hobbies, family, food, weekends). Use your memories of the user; ' +
        'you know nothing about their work unless they tell you here.',
      tools: [getWeatherTool],
      memory: sharedMemory,
      history: { keyPrefix: 'chat_messages', maxMessages: 100 },
      portOffset: 2,
    },
    {
      id: 'agent_work',
      name: 'Work Agent',
      description: 'Your job: projects, meetings, deadlines.',
      instructions:
        'You are the user\'s work assistant (projects, meetings, deadlines). Use your memories of the user; ' +
        'you know nothing about their private life unless they tell you here. Check their calendar, book meetings and add tasks with your tools.',
      tools: [getCalendarTool, addCalendarEventTool, createTaskTool],
      memory: sharedMemory,
      history: { keyPrefix: 'chat_messages', maxMessages: 100 },
      portOffset: 3,
    },
  ],
};
