/** Demo 2 (port 8001): support-ticket chats whose history survives a server restart. */
import { closeTicketTool, escalateTicketTool, getTicketStatusTool, openTicketTool } from '../server/src/agents/tools';
import type { DemoDefinition } from '../server/src/demo-definition';

/** Demo 2: a support agent on port 8001 whose ticket threads survive a server restart. */
export const persistenceDemo: DemoDefinition = {
  id: 'persistence',
  title: 'Persistence — conversations that survive a restart',
  description:
    'Chat about a support ticket, then stop the server (Ctrl+C) and start it again: the page reconnects by itself and the whole conversation is still there, read back from a Redis LIST that keeps the newest 50 messages.',
  agents: [
    {
      id: 'support_agent',
      name: 'Support Agent',
      description: 'Handles support tickets; each ticket is its own thread, stored in Redis.',
      instructions:
        'You are a patient customer-support agent. Each conversation is about one support ticket. ' +
        'Record the problem the customer describes as a ticket (under the number they give) and answer ticket questions from the ticket tools, never from guesses. ' +
        'Look up ticket status with the tool when asked, and refer back to what the customer said earlier in the thread ' +
        '(what they already tried, the problem they described). Escalate the ticket when they ask for a human or a manager, ' +
        'and close it only when they confirm the problem is solved.',
      tools: [getTicketStatusTool, openTicketTool, escalateTicketTool, closeTicketTool],
      // Per-thread memory: what one ticket's customer says does not leak into another ticket.
      memory: { indexName: 'workshop_persistence', prefix: 'memory_persistence', applicationId: 'redis_agent_workshop', strategy: 'per-thread' },
      history: { keyPrefix: 'chat_messages', maxMessages: 50 },
      portOffset: 1,
      defaultThreadId: 'support_ticket_12345',
    },
  ],
};
