/**
 * The built-in offline chat model: deterministic, no network, and convincing enough for the
 * three workshop demos. It only knows what the request gives it (memories, history, the new
 * message) and says so when it does not know something; it never invents facts.
 */
import { NlpFactExtractor } from '../../nlp/facts/nlp-fact-extractor';
import { stableHash } from '../../nlp/facts/stable-hash';
import type { FactExtractor } from '../../nlp/facts/types';
import type { ToolCall } from '../../history/types';
import type { ChatModel, ModelEvent, ModelRequest } from '../types';
import { keysToRemove } from '../../nlp/facts/resolve';
import { normalizeChat, plainQuestion } from '../../nlp/normalize';
import { answerAboutUser } from './about-user';
import { agentSkill } from './skills';
import { answerFromMemory, isQuestionAboutUser, userStatements } from './answer-from-memory';
import { answerDietQuestion } from './diet-check';
import { applyUpdate, knownFacts } from './known-facts';
import { acknowledge } from './phrases';
import { recallMessage, recallTopic } from './recall-message';
import { recommend, recommendationKind } from './recommend';
import { viewRequest } from './request-view';
import { fallback, noteStatement, smallTalk } from './small-talk';
import { streamWords } from './stream-text';
import { TOOL_FOR, answerToolResults, isRecall, planTools, recallToolResult, toolKinds } from './tool-intents';

/** Options for the offline model; every one has a default. */
export interface OfflineChatModelOptions {
  /** Pause between streamed words in milliseconds, for a typing effect in the UI. Default 0. */
  wordDelayMs?: number;
  /** Reads facts from the user's messages. Default: a new `NlpFactExtractor`. */
  factExtractor?: FactExtractor;
  /** Model name shown in the UI and `/api/health`. Default `offline-demo-model`. */
  model?: string;
}

/** What the model decided for one request: a reply to stream, or tool calls to make first. */
export interface OfflineResponse {
  text: string;
  toolCalls: ToolCall[];
}

/** A question about the user that nothing in memory answers: said once, with no guess next to it. */
const NOT_TOLD = "I don't know — you haven't told me that yet. Tell me and I'll remember it.";

const DONT_KNOW = "I don't know — nothing you've told me answers that, and as the built-in offline model I have no general knowledge.";

function join(...parts: Array<string | undefined>): string {
  const present = parts.filter((p): p is string => Boolean(p && p.trim()));
  // Lists need their own paragraph; short sentences read better on one line.
  return present.reduce((acc, p) => (acc ? `${acc}${p.includes('\n') || acc.includes('\n') ? '\n\n' : ' '}${p}` : p), '');
}

/** The built-in offline chat model: answers from memory, history and the demo tools, without a language model. */
export class OfflineChatModel implements ChatModel {
  readonly provider = 'offline' as const;
  readonly model: string;
  private readonly wordDelayMs: number;
  private readonly extractor: FactExtractor;

  constructor(options: OfflineChatModelOptions = {}) {
    this.model = options.model ?? 'offline-demo-model';
    this.wordDelayMs = Math.max(0, options.wordDelayMs ?? 0);
    this.extractor = options.factExtractor ?? new NlpFactExtractor();
  }

  async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
    const response = this.respond(request);
    if (response.toolCalls.length > 0) {
      for (const call of response.toolCalls) yield { type: 'tool-call', call };
      yield { type: 'finish', reason: 'tool-calls' };
      return;
    }
    yield* streamWords(response.text, this.wordDelayMs, request.signal);
    yield { type: 'finish', reason: 'stop' };
  }

  /** Tool calls with ids that are stable for the same request (a retried turn calls the same way). */
  private toolCalls(request: ModelRequest, calls: Array<{ name: string; arguments: Record<string, unknown> }>, text: string): ToolCall[] {
    return calls.map((call, i) => ({
      id: `call_${stableHash(`${request.messages.length}:${i}:${call.name}:${JSON.stringify(call.arguments)}:${text}`)}`,
      name: call.name,
      arguments: call.arguments,
    }));
  }

  /** Decides the whole response at once (the stream then plays it word by word). */
  respond(request: ModelRequest): OfflineResponse {
    const view = viewRequest(request);
    // The parser reads the repaired spelling ("whats my name" → "what's my name"); questions are
    // also read in plain form ("can you remind me what my name is" → "what is my name").
    const text = normalizeChat(view.userText.trim());
    const question = plainQuestion(view.userText.trim());
    const before = knownFacts(view, this.extractor);
    const extracted = this.extractor.extract(text);
    // What the message withdrew, resolved against what was known ("sushi" → the favourite food).
    const update = { ...extracted, remove: keysToRemove(before.values(), extracted) };
    const facts = new Map(before);
    applyUpdate(facts, update);
    const ack = acknowledge(update, before);
    const reply = (answer?: string): OfflineResponse => ({ text: join(ack, answer), toolCalls: [] });

    // Second call of a tool round: the results are in, answer from them (never call again).
    if (view.afterUser.some((m) => m.role === 'tool')) {
      return reply(answerToolResults(view.afterUser, view) ?? 'The tool did not return anything I can read.');
    }
    if (!text) return reply("I didn't get a message. Tell me something about yourself, or ask me what I remember.");

    // This agent's own skills first (support: what I tried, summary, escalate, close; work:
    // plate, meetings, tasks): "escalate ticket 12345" is an action, not a status look-up.
    const skill = agentSkill(view.userText, view);
    // "When is my safety meeting?": what the user told me beats a look-up in the demo calendar.
    const remembered = (calls: Array<{ name: string }>) =>
      calls.every((c) => c.name === TOOL_FOR.calendar) && /\?\s*$|^(?:what|when|which|where|who|how)\b/i.test(question) ? answerFromMemory(question, view, facts, this.extractor) : undefined;
    if (skill && 'calls' in skill) {
      const known = remembered(skill.calls);
      return known ? reply(known) : { text: '', toolCalls: this.toolCalls(request, skill.calls, text) };
    }
    if (skill && !skill.unknown) return reply(skill.reply);
    // The skill was not told in its own terms; what the user said may still hold it, or come close.
    const fromStatements = skill?.unknown ? answerFromMemory(question, view, facts, this.extractor, { closest: true }) : undefined;
    if (skill) return reply(fromStatements ?? skill.reply);

    if (isRecall(text) && (toolKinds(`${text}?`).length > 0 || /\btools?\b/i.test(text))) {
      return reply(recallToolResult(text, view));
    }
    const topic = recallTopic(text);
    if (topic) return reply(recallMessage(topic, view));

    // "Can I have chicken?", "what should I never eat?": checked against the diet and allergies.
    const diet = answerDietQuestion(question, facts, () => userStatements(view, facts, question, this.extractor));
    if (diet) return reply(diet);

    // "Is humid weather something I like?" asks about the user, not for a forecast.
    const aboutLiking = isQuestionAboutUser(question) && /\b(?:like|love|enjoy|hate|dislike|prefer|fan|mind)\b/i.test(question);
    const plan = aboutLiking ? undefined : planTools(text, view, facts);
    if (plan && 'calls' in plan) {
      const known = remembered(plan.calls);
      return known ? reply(known) : { text: '', toolCalls: this.toolCalls(request, plan.calls, text) };
    }
    if (plan) return reply(plan.reply);

    const about = answerAboutUser(question, facts) ?? answerAboutUser(text, facts);
    if (about?.known) return reply(about.text);
    const personal = isQuestionAboutUser(question) || isQuestionAboutUser(text);
    // A near miss is offered only for questions no named slot covers ("favourite food" never gets the favourite colour).
    const fromMemory = about || personal ? answerFromMemory(question, view, facts, this.extractor, { closest: !about }) : undefined;
    if (fromMemory) return reply(fromMemory);
    if (about) return reply(about.text);
    const kind = recommendationKind(text);
    if (kind) return reply(recommend(kind, facts));
    if (ack) return reply();
    // "How old is Emil?": not about "me", but what the user said may answer it.
    const asked = /\?\s*$/.test(text) || /^(?:what|who|whose|where|when|which|how)\b/i.test(question) || /,\s*(?:which|what|who|where|when|how)\b/i.test(text);
    const named = asked && !personal ? answerFromMemory(question, view, facts, this.extractor, { closest: true }) : undefined;
    if (named) return reply(named);
    if (personal) return reply(NOT_TOLD);
    const chat = smallTalk(text, view, facts);
    if (chat) return reply(chat);
    // A question nothing answers gets an honest "I don't know", never a guess or a menu.
    if (asked) return reply(DONT_KNOW);
    // Quoted in the user's own words, not the repaired spelling.
    return reply(noteStatement(view.userText.trim()) ?? fallback(view));
  }
}
