// Small timing helpers for the benchmark: figures are printed, never asserted.

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export async function timeMany(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export function row(label: string, figures: { p50: number; p95: number }): string {
  return `${label.padEnd(44)} p50 ${figures.p50.toFixed(2).padStart(8)} ms   p95 ${figures.p95.toFixed(2).padStart(8)} ms`;
}
