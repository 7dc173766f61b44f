import { monitorEventLoopDelay } from 'node:perf_hooks';

// Small timing helpers for the benchmark: figures are printed, never asserted.

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * Runs fn `runs` times; p50/p95 of its time and the longest main-thread stall meanwhile, measured
 * with perf_hooks.monitorEventLoopDelay (the loop is let turn between runs, so each run's own
 * blocking is what it records).
 */
export async function timeMany(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number; stall: number }> {
  const times: number[] = [];
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  for (let i = 0; i < runs; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  await new Promise((resolve) => setTimeout(resolve, 10));
  delay.disable();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), stall: delay.max / 1e6 };
}

export function row(label: string, figures: { p50: number; p95: number; stall?: number }, target?: number): string {
  const stall = figures.stall === undefined ? '' : `   longest stall ${figures.stall.toFixed(0).padStart(4)} ms`;
  const ratio = target === undefined ? '' : `   ${(figures.p95 / target).toFixed(2)}× the ${target} ms target`;
  return `${label.padEnd(44)} p50 ${figures.p50.toFixed(2).padStart(8)} ms   p95 ${figures.p95.toFixed(2).padStart(8)} ms${stall}${ratio}`;
}
