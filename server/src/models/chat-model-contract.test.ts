import { afterAll, beforeAll } from 'vitest';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../../test/fakes/openai-server';
import type { ModelConfig } from '../config/types';
import { runChatModelContract, type ChatModelSubject } from './chat-model-contract';
import { createModels } from './factory';
import { OfflineChatModel } from './offline';
import { ScriptedChatModel } from './testing/scripted-chat-model';
import type { ChatModel, ModelRequest, ToolSpec } from './types';

const ask = (text: string, tools: ToolSpec[] = []): ModelRequest => ({ messages: [{ role: 'system', text: 'You are a helpful assistant.' }, { role: 'user', text }], tools });

const afterResult = (tool: ToolSpec, args: Record<string, unknown>, result: string): ModelRequest => ({
  messages: [
    { role: 'system', text: 'You are a helpful assistant.' },
    { role: 'user', text: `What's the weather in ${String(args.city)}?` },
    { role: 'assistant', text: '', toolCalls: [{ id: 'call_1', name: tool.name, arguments: args }] },
    { role: 'tool', text: result, toolCallId: 'call_1', toolName: tool.name },
  ],
  tools: [tool],
});

runChatModelContract({
  name: 'scripted test model',
  async subject(): Promise<ChatModelSubject> {
    const model = new ScriptedChatModel([], { whenDone: 'fail' });
    return {
      model,
      text: () => (model.push({ text: 'Hello there, friend.' }), { request: ask('hi'), expected: 'Hello there, friend.' }),
      toolCall: (tool, args) => (model.push({ toolCalls: [{ name: tool.name, arguments: args }] }), ask('weather?', [tool])),
      afterToolResult: (tool, args, result) => (model.push({ text: 'It is sunny.' }), afterResult(tool, args, result)),
      slow: () => (model.push({ text: 'one two three four five six seven eight nine ten', delayMs: 50 }), ask('count')),
      refusedKey: () => (model.push({ error: { code: 'model_auth_failed', message: 'refused: check SCRIPTED_KEY' } }), { request: ask('hi'), variable: 'SCRIPTED_KEY' }),
    };
  },
});

runChatModelContract({
  name: 'offline model',
  skip: [{ reason: 'it has no key and cannot be refused', tests: ['turns a refused key into an actionable error'] }],
  async subject(): Promise<ChatModelSubject> {
    const model = new OfflineChatModel({ wordDelayMs: 20 });
    return {
      model,
      text: () => ({ request: ask('Hello! My name is Ines and I live in Porto.') }),
      toolCall: (tool, args) => ask(`What's the weather in ${String(args.city)} today?`, [tool]),
      afterToolResult: afterResult,
      slow: () => ask('Hello! My name is Ines, I live in Porto and I work as a nurse at the city hospital.'),
    };
  },
});

let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAIServer({ apiKey: 'test-key', bearerTokens: ['entra-token'], deployments: ['chat-dep', 'embed-dep'] });
});
afterAll(() => fake?.close());

/** A subject for a remote model: the fake server's queue decides the next answer. */
function remoteSubject(model: ChatModel, variable: string): ChatModelSubject {
  return {
    model,
    text: () => (fake.script({ type: 'text', text: 'Hello from the server.' }), { request: ask('hi'), expected: 'Hello from the server.' }),
    toolCall: (tool, args) => (fake.script({ type: 'tool-calls', calls: [{ name: tool.name, arguments: args }] }), ask('weather?', [tool])),
    afterToolResult: (tool, args, result) => (fake.script({ type: 'text', text: 'Sunny, 24 degrees.' }), afterResult(tool, args, result)),
    slow: () => (fake.script({ type: 'stall', text: 'Thinking about it' }), ask('a long answer please')),
    refusedKey: () => (fake.script({ type: 'error', status: 401, code: 'invalid_api_key', message: 'Incorrect API key provided' }), { request: ask('hi'), variable }),
  };
}

const remote: Array<{ name: string; config: () => ModelConfig; variable: string; credential?: boolean }> = [
  { name: 'OpenAI-compatible server', config: () => ({ provider: 'openai', model: 'gpt-test', apiKey: 'test-key', baseUrl: fake.openaiBaseUrl }), variable: 'OPENAI_API_KEY' },
  { name: 'Azure OpenAI with a key', config: () => ({ provider: 'azure', endpoint: fake.url, deployment: 'chat-dep', apiKey: 'test-key' }), variable: 'AZURE_OPENAI_API_KEY' },
  { name: 'Azure OpenAI with Entra ID', config: () => ({ provider: 'azure', endpoint: fake.url, deployment: 'chat-dep' }), variable: 'az login', credential: true },
];

for (const r of remote) {
  runChatModelContract({
    name: r.name,
    async subject() {
      const credential = { getToken: async () => ({ token: 'entra-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
      const models = await createModels(r.config(), { credential, limits: { timeoutMs: 10_000, maxRetries: 0 } });
      return remoteSubject(models.chat, r.variable);
    },
  });
}
