/**
 * Facts read by a real chat model instead of the offline NLP: the model is asked to call one
 * tool whose arguments (checked with zod) list the facts of the user's message. They become the
 * same fact records as the offline extractor's (same keys, canonical sentences, replace and
 * withdraw rules), so the Memory panel, forgetting and the facilitator view do not change.
 */
import { z } from 'zod';
import { WorkshopError } from '../errors';
import { LOCATION_ORIGIN, makeFact } from '../nlp/facts/fact-text';
import type { Fact, FactAttribute, FactSource, FactUpdate } from '../nlp/facts/types';
import type { ChatModel, ToolSpec } from './types';

const ATTRIBUTES = ['name', 'location', 'hometown', 'job', 'employer', 'diet', 'allergy', 'favourite', 'likes', 'dislikes', 'note', 'about'] as const;

/** What the model must send: the zod schema is the one source of the JSON Schema and of the check. */
export const factCallSchema = z.object({
  facts: z
    .array(
      z.object({
        attribute: z.enum(ATTRIBUTES).describe('the slot; see the tool description'),
        subject: z.string().max(60).optional().describe('favourite only: the category, e.g. "color", "food", "band"'),
        value: z.string().min(1).max(200).describe('the value; for "about" a short sentence that starts with "User", e.g. "User has a dog called Rex"'),
      }),
    )
    .max(20)
    .describe('facts the user states about themselves in this message; empty when there are none'),
  retract: z
    .array(z.string().min(1).max(100))
    .max(10)
    .describe('things the user says no longer hold: stopped liking, eating, owning or doing them ("sushi", "coffee")'),
});

/** The arguments of the fact tool call, as the model sent them. */
export type FactCall = z.infer<typeof factCallSchema>;

const TOOL_NAME = 'record_user_facts';

const INSTRUCTIONS = [
  'You read one message a user sent to a chat assistant and record the lasting facts it states about the user, for a memory store.',
  `Call ${TOOL_NAME} exactly once. Record only what the user says about themselves (not questions, requests, greetings or facts about others unless they are the user's family, pets or colleagues, which go in "about").`,
  'Slots: name; location (where they live now); hometown (where they come from); job (title only, e.g. "nurse"); employer; diet (e.g. "vegetarian"); allergy (one per thing); favourite (subject = category); likes / dislikes (one per thing);',
  'note (what they explicitly ask to be remembered); about (anything else lasting: family, pets, age, hobbies, routines, plans, their ticket or project; value is a sentence starting with "User").',
  'Use the user\'s own words for values. When they say something stopped being true ("not anymore", "I quit", "I switched from X"), put the old thing in retract and the new value in facts.',
].join('\n');

/** The tool the model is told to call with the facts it found. */
export const FACT_TOOL: ToolSpec = (() => {
  const parameters = z.toJSONSchema(factCallSchema, { io: 'input' }) as Record<string, unknown>;
  delete parameters.$schema;
  return { name: TOOL_NAME, description: 'Record the lasting facts about the user stated in their message.', parameters };
})();

/** The tool call's arguments → a fact update (invalid items are skipped, not guessed at). */
export function factUpdateOf(call: FactCall): FactUpdate {
  const set: Fact[] = [];
  for (const item of call.facts) {
    const attribute: FactAttribute = item.attribute === 'hometown' ? 'location' : item.attribute;
    const subject = item.attribute === 'hometown' ? LOCATION_ORIGIN : item.subject;
    const value = attribute === 'about' && !/^user\b/i.test(item.value) ? `User ${item.value}` : item.value;
    const fact = makeFact(attribute, value, attribute === 'favourite' ? (subject ?? 'thing') : subject);
    if (fact && !set.some((f) => f.key === fact.key)) set.push(fact);
  }
  return { set, remove: [], withdraw: call.retract.length ? call.retract : undefined };
}

/** Reads facts from user messages with the configured chat model instead of the offline NLP. */
export class ModelFactExtractor implements FactSource {
  readonly name: string;
  private readonly model: ChatModel;

  constructor(model: ChatModel) {
    this.model = model;
    this.name = `${model.provider}:${model.model}`;
  }

  /** Throws when the model fails or sends arguments that do not fit the schema; the caller decides what then. */
  async extract(userText: string, options: { signal?: AbortSignal } = {}): Promise<FactUpdate> {
    let args: Record<string, unknown> | undefined;
    for await (const event of this.model.stream({
      messages: [
        { role: 'system', text: INSTRUCTIONS },
        { role: 'user', text: userText },
      ],
      tools: [FACT_TOOL],
      toolChoice: 'required',
      signal: options.signal,
    })) {
      if (event.type === 'tool-call' && event.call.name === TOOL_NAME) args ??= event.call.arguments;
    }
    if (!args) throw new WorkshopError('model_failed', `the model did not call ${TOOL_NAME}`);
    const parsed = factCallSchema.safeParse({ retract: [], ...args });
    if (!parsed.success) throw new WorkshopError('model_failed', `the model's facts did not fit the schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return factUpdateOf(parsed.data);
  }
}
