/** Demo 1 (port 8000): a personal assistant that remembers the user's preferences across chats. */
import { getCalendarTool, getWeatherTool } from '../server/src/agents/tools';
import type { DemoDefinition } from '../server/src/demo-definition';

/** Demo 1: a personal assistant on port 8000 that remembers the user's preferences across chats. */
export const preferencesDemo: DemoDefinition = {
  id: 'preferences',
  title: 'Preferences — memory across conversations',
  description:
    'Tell the assistant about yourself (name, city, diet, favourites). Open a new chat — or come back tomorrow — and it still knows. The memories appear in the Memory panel as Redis stores them.',
  agents: [
    {
      id: 'personal_assistant',
      name: 'Personal Assistant',
      description: 'Remembers your preferences in Redis and uses them in every conversation.',
      instructions:
        'You are a friendly personal assistant. Use the memories about the user to personalise every answer. ' +
        'When the user tells you something about themselves, acknowledge it. Never invent facts about the user: ' +
        'if you were not told, say so.',
      tools: [getWeatherTool, getCalendarTool],
      memory: { indexName: 'workshop_preferences', prefix: 'memory_preferences', applicationId: 'redis_agent_workshop', strategy: 'global' },
      history: { keyPrefix: 'chat_messages', maxMessages: 100 },
      portOffset: 0,
    },
  ],
};
