/**
 * Deterministic memory ids. A message's record id comes from its scope and message id, so a
 * retried turn overwrites instead of duplicating; a fact's from its scope and fact key, so a
 * new value for the same fact lands on the same key and replaces the old one in one write.
 */
import { createHash } from 'node:crypto';
import type { MemoryScope } from './types';

/** The scope as a string that two different scopes never share. */
export function scopeSignature(scope: MemoryScope): string {
  // JSON of a fixed field order: unambiguous even when values contain separators.
  return JSON.stringify([scope.applicationId ?? null, scope.agentId ?? null, scope.userId ?? null, scope.threadId ?? null]);
}

function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22);
}

/** The record id of a message memory: the same message in the same scope always gets the same id. */
export function messageMemoryId(scope: MemoryScope, messageId: string): string {
  return `msg_${digest(scopeSignature(scope), messageId)}`;
}

/** The record id of a fact: the same slot in the same scope always gets the same id. */
export function factMemoryId(scope: MemoryScope, factKey: string): string {
  return `fact_${digest(scopeSignature(scope), factKey)}`;
}
