import type { Sample } from './protocol';

/** Nearest-rank percentile of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface LoadSummary {
  count: number;
  applied: number;
  other: Record<string, number>;
  elapsedMs: number;
  perSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers that came back before the decision (HTTP 202 / intake wait exceeded). */
  waited: number;
}

/** Throughput (applied per second from the first start to the last decision) and latency percentiles. */
export function summarize(samples: readonly Sample[]): LoadSummary {
  const first = Math.min(...samples.map((s) => s.startedAt));
  const last = Math.max(...samples.map((s) => s.decidedAt));
  const latencies = samples.map((s) => s.decidedAt - s.startedAt);
  const other: Record<string, number> = {};
  let applied = 0;
  for (const sample of samples) {
    if (sample.status === 'applied') applied++;
    else other[sample.status.slice(0, 120)] = (other[sample.status.slice(0, 120)] ?? 0) + 1;
  }
  const elapsedMs = Math.max(1, last - first);
  return {
    count: samples.length,
    applied,
    other,
    elapsedMs,
    perSec: (applied * 1000) / elapsedMs,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    waited: samples.filter((s) => s.waited).length,
  };
}

export const round = (value: number, digits = 0) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : Number.NaN;

/** A plain-text table: first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])));
  const out = [line(rows[0]).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows.slice(1)) out.push(line(row).join('  '));
  return out.join('\n');
}
