/** The printed table and the JSON file of one benchmark run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AgentTurnResult, SeededTurnResult } from './agent-turn';
import type { HistoryPeerResult } from './history-peers';
import type { HttpResult } from './http-room';
import type { NeighbourResult } from './noisy-neighbour';
import type { RoomSizeResult } from './many-users';
import type { SearchSizeResult } from './memory-search';
import type { RoomResult } from './room';
import type { WsRoomRun } from './ws-room';
import { ratio, type Summary } from './stats';
import { kb, type UiBenchResult } from './ui';

export interface BenchResults {
  meta: { startedAt: string; durationS: number; node: string; platform: string; cpus: number; cpuModel: string; redisVersion: string; engine: 'fallback' };
  baseline: { ping: Summary; pingAtEnd: Summary };
  history: HistoryPeerResult;
  memorySearch: SearchSizeResult[];
  manyUsers: RoomSizeResult[];
  agentTurn: AgentTurnResult;
  seededTurn: SeededTurnResult;
  room: RoomResult;
  http?: HttpResult | { skipped: string };
  neighbour?: NeighbourResult | { skipped: string };
  ws?: WsRoomRun[] | { skipped: string };
  ui?: UiBenchResult | { skipped: string };
}

export interface Row {
  figure: string;
  medianMs?: number;
  p95Ms?: number;
  /** Median over the PING median. */
  medianXPing?: number;
  /** p95 over the PING median. */
  p95XPing?: number;
  note?: string;
}

function timed(figure: string, s: Summary, ping: number, note?: string): Row {
  return { figure, medianMs: s.medianMs, p95Ms: s.p95Ms, medianXPing: ratio(s.medianMs, ping), p95XPing: ratio(s.p95Ms, ping), note: note ?? `n=${s.n}` };
}

/** Every figure as a row: absolute ms and the ratio to the PING median of the same run. */
export function rows(r: BenchResults): Row[] {
  const ping = r.baseline.ping.medianMs;
  const out: Row[] = [timed('PING round trip (baseline)', r.baseline.ping, ping)];
  const h = r.history;
  for (const [label, part] of [['history: append a turn (2 messages)', h.append], ['history: newest 50 of 1,000', h.readNewest50]] as const) {
    const peer = Math.min(part.langchain.medianMs, part.mastra.medianMs);
    out.push(timed(`${label}, this workshop`, part.workshop, ping, `${ratio(peer, part.workshop.medianMs)}× faster than the faster peer`));
    out.push(timed(`${label}, @langchain/redis`, part.langchain, ping));
    out.push(timed(`${label}, @mastra/redis`, part.mastra, ping));
  }
  for (const s of r.memorySearch) {
    out.push(timed(`search ${s.memories} memories, warm`, s.warm, ping, `n=${s.warm.n}, ${s.hits} hits`));
    out.push(timed(`search ${s.memories} memories, cold (other writer)`, s.cold, ping));
    out.push(timed(`search ${s.memories} memories, after own write`, s.afterOwnWrite, ping));
  }
  for (const m of r.manyUsers) {
    out.push(timed(`search going round ${m.users} users (${m.memoriesPerUser} memories each)`, m.search, ping, `n=${m.search.n}, ${m.cachedScopes} scopes cached, heap +${m.heapGrowthMiB} MiB`));
  }
  const t = r.agentTurn;
  out.push(timed('agent turn (1 user, warm)', t.turns, ping, `n=${t.turns.n}, ${t.memoriesAtEnd} memories at end`));
  out.push({
    figure: 'Redis commands per warm turn',
    note: `median ${t.commandsPerWarmTurn.groupedMedian} (MULTI…EXEC as 1; range ${t.commandsPerWarmTurn.groupedMin}–${t.commandsPerWarmTurn.groupedMax}), ${t.commandsPerWarmTurn.rawMedian} raw; "Where do I live?": ${t.commandsPerWarmTurn.questionTurn.grouped} = ${Object.entries(t.commandsPerWarmTurn.questionTurn.byName).map(([k, v]) => `${v}×${k}`).join(' ')}`,
  });
  out.push(timed(`agent turn (user with ${r.seededTurn.seededMemories} memories)`, r.seededTurn.turns, ping));
  const room = r.room;
  out.push(timed(`room: 1 attendee alone (${room.solo.attendees}×${room.solo.turnsEach} turns)`, room.solo.turns, ping, `${room.solo.turnsPerSecond} turns/s`));
  out.push(timed(`room: ${room.room.attendees} attendees at once (×${room.room.turnsEach} turns)`, room.room.turns, ping, `${room.room.turnsPerSecond} turns/s, p95 ${room.p95RoomOverSolo}× alone${room.failures ? `, ${room.failures} FAILED` : ''}`));
  out.push({ figure: 'process RSS before / after room', note: `${room.rssMiB.beforeRoom} / ${room.rssMiB.afterRoom} MiB (JS heap used ${room.rssMiB.heapUsedBeforeMiB} / ${room.rssMiB.heapUsedAfterMiB} MiB)` });
  if (r.http && 'solo' in r.http) {
    out.push(timed('HTTP POST message, 1 attendee', r.http.solo, ping));
    out.push(
      timed(`HTTP POST message, ${r.http.concurrent.attendees} at once`, r.http.concurrent, ping, `n=${r.http.concurrent.n}, ${r.http.concurrent.turnsPerSecond} turns/s, p95 ${r.http.p95ConcurrentOverSolo}× alone${r.http.failures ? `, ${r.http.failures} FAILED` : ''}`),
    );
  } else if (r.http) {
    out.push({ figure: 'HTTP path', note: `skipped: ${r.http.skipped}` });
  }
  if (r.neighbour && 'calmAlone' in r.neighbour) {
    const n = r.neighbour;
    out.push(timed('HTTP turn of a calm attendee, alone', n.calmAlone, ping));
    const flood = Object.entries(n.flood).map(([k, v]) => `${v}× ${k}`).join(', ');
    out.push(timed('… while another keeps 200 requests in flight', n.calmDuringFlood, ping, `p50 ${n.p50Ratio}× / p95 ${n.p95Ratio}× alone (target ≤ 2×); the other got ${flood}`));
  }
  out.push(...uiRows(r.ui));
  if (Array.isArray(r.ws)) {
    for (const w of r.ws) {
      out.push(timed(`WebSocket turns, ${w.clients} clients, ${w.processes} process${w.processes > 1 ? 'es' : ''}`, w.turns, ping, `${w.turnsPerSecond} turns/s, p99 ${w.p99Ms} ms${w.retried ? `, ${w.retried} sent again after busy` : ''}${w.failed ? `, ${w.failed} FAILED` : ''}`));
    }
  }
  out.push(timed('PING round trip at the end (drift check)', r.baseline.pingAtEnd, ping));
  return out;
}

/** The UI figures: Chromium times (no PING ratio: a browser's work, not Redis round trips) and the JavaScript's size. */
function uiRows(ui: BenchResults['ui']): Row[] {
  if (!ui) return [];
  if ('skipped' in ui) return [{ figure: 'UI (Chromium)', note: `skipped: ${ui.skipped}` }];
  const t = ui.thread;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const js = ui.js;
  return [
    {
      figure: `UI: thread of ${t.messages.toLocaleString('en')} messages rendered`,
      medianMs: t.rendered.medianMs,
      p95Ms: t.rendered.p95Ms,
      note: `n=${t.rendered.n}, navigation start → last message in the DOM; painted ${t.painted.medianMs} ms, thread data in ${t.dataReceived.medianMs} ms, scripts run ${t.scriptsReady.medianMs} ms, older messages' markdown done ${t.formatted.medianMs} ms; target ≤ ${t.targetMs} ms: ${verdict(t.rendered.medianMs <= t.targetMs)}`,
    },
    {
      figure: 'UI: switch to that thread from another',
      medianMs: ui.switchThread.rendered.medianMs,
      p95Ms: ui.switchThread.rendered.p95Ms,
      note: `n=${ui.switchThread.rendered.n}, click → last message in the DOM; painted ${ui.switchThread.painted.medianMs} ms, older messages' markdown done ${ui.switchThread.formatted.medianMs} ms`,
    },
    {
      figure: 'UI: JavaScript gzipped (KB)',
      note: `${kb(js.gzipBytes)} KB in ${js.files.length} file${js.files.length === 1 ? '' : 's'} (${kb(js.bytes)} KB raw; ${js.builtFiles} built, ${kb(js.builtGzipBytes)} KB gzipped in all); target ≤ ${kb(js.targetGzipBytes)} KB: ${verdict(js.gzipBytes <= js.targetGzipBytes)}`,
    },
  ];
}

export function table(list: Row[]): string {
  const head = ['figure', 'median ms', 'p95 ms', 'median ×PING', 'p95 ×PING', 'note'];
  const cells = list.map((row) => [
    row.figure,
    row.medianMs?.toFixed(row.medianMs < 1 ? 4 : 2) ?? '',
    row.p95Ms?.toFixed(row.p95Ms < 1 ? 4 : 2) ?? '',
    row.medianXPing === undefined ? '' : `${row.medianXPing}×`,
    row.p95XPing === undefined ? '' : `${row.p95XPing}×`,
    row.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 || i === 5 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function writeJson(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ ...results, table: rows(results) }, null, 2)}\n`);
}
