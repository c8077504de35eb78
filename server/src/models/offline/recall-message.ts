/**
 * "What did I say about X?": quotes the earlier user message that best matches X, from the
 * message memories or this conversation (never the question itself), or says it finds nothing.
 */
import nlp from '../../nlp/compromise';
import { thingKey } from '../../nlp/facts/fact-text';
import type { RequestView } from './request-view';

type View = ReturnType<typeof nlp>;

const STOP = new Set(['the', 'a', 'an', 'my', 'your', 'about', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'it', 'that', 'this', 'what', 'did', 'i', 'me', 'you', 'say', 'said']);

/** The topic of a "what did I say about X?" question, or undefined when the text is not one. */
export function recallTopic(text: string): string | undefined {
  const doc = nlp(text.toLowerCase());
  for (const pattern of [
    'what (did|have) i (say|said|tell|told|mention|mentioned|write|wrote) (to you|you)? (earlier|before|previously)? (about|regarding|on) [<x>.+]',
    'did i (say|tell you|mention|write) (anything|something) (about|regarding) [<x>.+]',
    'what was (it|that) i said about [<x>.+]',
  ]) {
    const m = doc.match(pattern);
    if (m.found) return (m.groups('x') as View).text().replace(/[?.!]+$/, '').trim() || undefined;
  }
  return undefined;
}

const stem = (w: string) => w.replace(/(?:'s|ies|es|s)$/, '');

function words(text: string): string[] {
  return thingKey(text)
    .split(/[\s-]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(stem);
}

interface Candidate {
  text: string;
  order: number;
}

/** Answers the recall question about `topic`. */
export function recallMessage(topic: string, view: RequestView): string {
  const wanted = new Set(words(topic));
  if (wanted.size === 0) return 'About what? Tell me the topic and I\'ll look for what you said.';
  const candidates: Candidate[] = [];
  const memories = view.memories.filter((h) => h.record.kind === 'message' && h.record.role === 'user').sort((a, b) => a.record.createdAt - b.record.createdAt);
  memories.forEach((h, i) => candidates.push({ text: h.record.content, order: i }));
  view.history.forEach((m, i) => {
    if (m.role === 'user') candidates.push({ text: m.text, order: memories.length + i });
  });
  let best: { text: string; score: number; order: number } | undefined;
  for (const c of candidates) {
    if (recallTopic(c.text) || c.text.trim() === view.userText.trim()) continue;
    const score = words(c.text).filter((w) => wanted.has(w)).length;
    if (score > 0 && (!best || score > best.score || (score === best.score && c.order >= best.order))) best = { ...c, score };
  }
  if (!best) return `I can't find anything you said about ${topic}.`;
  return `You said: “${best.text.trim()}”`;
}
