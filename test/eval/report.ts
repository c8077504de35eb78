/**
 * The conversation evaluation's results (what run-eval.ts records while it plays the personas)
 * and the report printed from them: a table per persona, the failures with their replies, the
 * scores by demo and by kind, and the score line.
 */
import type { AgentId, Kind, Persona } from './types';

/** One question: what was asked, where, and how it scored. */
export interface QuestionResult {
  n: number;
  question: string;
  kinds: Kind[];
  agent: AgentId;
  threadId: string;
  ok: boolean;
  /** What failed: the checks of score.ts, or the HTTP error. */
  failed: string[];
  reply: string;
  /** The memories the turn used (kind and text), for diagnosing a failure. */
  memoriesUsed: string[];
}

/** One statement or forget of a persona, and whether it worked. */
export interface OperationResult {
  /** `say`: a statement (HTTP 200 with a non-empty reply); `forget`: GET + DELETE /api/memories. */
  type: 'say' | 'forget';
  text: string;
  agent: AgentId;
  threadId?: string;
  ok: boolean;
  detail: string;
}

/** Everything one persona did, in order. */
export interface PersonaReport {
  persona: Persona;
  /** In order, so the table shows where a forget happened. */
  rows: Array<{ question: QuestionResult } | { operation: OperationResult }>;
  questions: QuestionResult[];
  operations: OperationResult[];
}

/** The whole run: every persona's report and the totals. */
export interface EvalReport {
  personas: PersonaReport[];
  /** Statements + questions. */
  utterances: number;
  right: number;
  checks: number;
  score: number;
  /** Statements and forgets that failed (a server error, an empty reply, nothing to forget). */
  operationFailures: Array<OperationResult & { persona: string }>;
  ms: number;
}

const pct = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : '-');
const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The score line the brief asks for: "conversation eval: N/M right (P%)". */
export function scoreLine(report: EvalReport): string {
  return `conversation eval: ${report.right}/${report.checks} right (${pct(report.right, report.checks)})`;
}

/** The printed report; `verbose` (EVAL_VERBOSE=1) also shows the reply to every question, not only to the failed ones. */
export function formatReport(report: EvalReport, verbose = Boolean(process.env.EVAL_VERBOSE)): string {
  const out: string[] = [];
  for (const { persona, rows, questions, operations } of report.personas) {
    const agents = [...new Set(rows.map((r) => ('question' in r ? r.question.agent : r.operation.agent)))].join(', ');
    const right = questions.filter((q) => q.ok).length;
    out.push('', `■ ${persona.id} · ${persona.demo} (${agents}): ${persona.about}`);
    out.push(`   #  ok  ${'kinds'.padEnd(28)} question`);
    for (const row of rows) {
      if ('question' in row) {
        const q = row.question;
        out.push(`  ${String(q.n).padStart(2)}  ${q.ok ? '✓' : '✗'}   ${q.kinds.join(', ').padEnd(28)} ${clip(q.question, 70)}`);
        if (verbose) out.push(`${' '.repeat(38)}→ ${clip(q.reply, 160)}`);
      } else if (row.operation.type === 'forget' || !row.operation.ok) {
        const o = row.operation;
        out.push(`   ·  ${o.ok ? '✓' : '✗'}   ${o.type.padEnd(28)} ${clip(`${o.text} → ${o.detail}`, 110)}`);
      }
    }
    const says = operations.filter((o) => o.type === 'say');
    out.push(`  ${persona.id}: ${right}/${questions.length} right (${pct(right, questions.length)}), statements ${says.filter((o) => o.ok).length}/${says.length} ok`);
  }

  const failures = report.personas.flatMap((r) => r.questions.filter((q) => !q.ok).map((q) => ({ persona: r.persona, q })));
  if (failures.length) {
    out.push('', `FAILURES (${failures.length})`);
    for (const { persona, q } of failures) {
      out.push(`✗ ${persona.id} #${q.n} [${q.kinds.join(', ')}] ${persona.demo} · ${q.agent} · thread ${q.threadId}`);
      out.push(`    Q: ${q.question}`);
      out.push(`    A: ${clip(q.reply, 400) || '(no reply)'}`);
      out.push(`    failed: ${q.failed.join('; ')}`);
      if (q.memoriesUsed.length) out.push(`    memories used (${q.memoriesUsed.length}): ${q.memoriesUsed.slice(0, 3).map((m) => clip(m, 70)).join(' | ')}`);
    }
  }
  if (report.operationFailures.length) {
    out.push('', `FAILED STATEMENTS AND FORGETS (${report.operationFailures.length})`);
    for (const o of report.operationFailures) out.push(`✗ ${o.persona} ${o.type} ${o.agent}${o.threadId ? ` · thread ${o.threadId}` : ''}: ${clip(o.text, 80)} → ${o.detail}`);
  }

  const byDemo = new Map<string, { right: number; total: number; personas: number; utterances: number }>();
  const byKind = new Map<string, { right: number; total: number }>();
  for (const r of report.personas) {
    const d = byDemo.get(r.persona.demo) ?? { right: 0, total: 0, personas: 0, utterances: 0 };
    d.personas++;
    d.utterances += r.questions.length + r.operations.filter((o) => o.type === 'say').length;
    for (const q of r.questions) {
      d.right += Number(q.ok);
      d.total++;
      for (const kind of q.kinds) {
        const k = byKind.get(kind) ?? { right: 0, total: 0 };
        k.right += Number(q.ok);
        k.total++;
        byKind.set(kind, k);
      }
    }
    byDemo.set(r.persona.demo, d);
  }
  out.push('', 'by demo:');
  for (const [demo, d] of byDemo) out.push(`  ${demo.padEnd(12)} ${d.right}/${d.total} right (${pct(d.right, d.total)}) · ${d.personas} personas · ${d.utterances} utterances`);
  out.push('by kind:');
  const kinds = [...byKind].sort((a, b) => a[0].localeCompare(b[0]));
  for (let i = 0; i < kinds.length; i += 4) {
    out.push(`  ${kinds.slice(i, i + 4).map(([kind, k]) => `${kind} ${k.right}/${k.total}`.padEnd(22)).join('')}`.trimEnd());
  }
  out.push('', `${report.personas.length} personas, ${report.utterances} utterances, ${report.checks} checks, ${(report.ms / 1000).toFixed(1)} s`);
  out.push(scoreLine(report));
  return out.join('\n');
}
