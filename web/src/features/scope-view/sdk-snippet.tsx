/**
 * "From your own code": the attendee's API key and a copyable `openai` SDK snippet that talks to
 * this agent through the workshop's `/v1` endpoints (same memory, same threads as this page).
 */
import { useState } from 'react';

/** The snippet for this page's address, agent and key. */
export function sdkSnippet(origin: string, agentId: string, apiKey: string): string {
  return [
    "import OpenAI from 'openai';",
    '',
    `const client = new OpenAI({ baseURL: '${origin}/v1', apiKey: '${apiKey}' });`,
    'const conversation = await client.conversations.create({});',
    `const reply = await client.responses.create({ model: '${agentId}', input: 'My name is Ada.', conversation: conversation.id });`,
    'console.log(reply.output_text);',
  ].join('\n');
}

/** Props of `SdkSnippet`. */
export interface SdkSnippetProps {
  apiKey: string;
  agentId: string;
}

/** The key and the snippet, with a copy button. */
export function SdkSnippet({ apiKey, agentId }: SdkSnippetProps) {
  const [copied, setCopied] = useState(false);
  const code = sdkSnippet(window.location.origin, agentId, apiKey);
  const copy = () => {
    void navigator.clipboard?.writeText(code).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <section className="sdk-snippet" data-testid="sdk-snippet">
      <h3>From your own code</h3>
      <p className="muted small">
        This agent also answers the <code>openai</code> SDK, with your key: conversations are your threads here, with the same memory.
      </p>
      <p>
        API key: <code data-testid="api-key">{apiKey}</code>
      </p>
      <pre className="code-block" data-testid="sdk-code">{code}</pre>
      <button type="button" className="button small" onClick={copy} data-testid="copy-sdk-snippet">
        {copied ? 'Copied' : 'Copy'}
      </button>
    </section>
  );
}
