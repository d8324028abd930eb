/** Small statistics and table printing shared by every benchmark. */

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface Row {
  benchmark: string;
  runs: number;
  p50: number;
  p95: number;
  unit: string;
  note?: string;
}

export function summarise(benchmark: string, samples: number[], unit = 'ms', note?: string): Row {
  return {
    benchmark,
    runs: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    unit,
    note,
  };
}

export function printTable(rows: Row[]): void {
  const header = ['benchmark', 'runs', 'p50', 'p95', 'unit', 'note'];
  const cells = rows.map((r) => [
    r.benchmark,
    String(r.runs),
    r.p50.toFixed(2),
    r.p95.toFixed(2),
    r.unit,
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells) console.log(line(row));
}
