/**
 * A small timing harness for `npm run bench`: runs a function many times and reports the median
 * and the 95th percentile. Figures are printed for the note, never asserted.
 */
export interface Timing {
  readonly name: string;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly runs: number;
}

export function measure(name: string, run: () => unknown, { minRuns = 20, maxRuns = 2000, budgetMs = 1500 } = {}): Timing {
  for (let i = 0; i < Math.min(5, minRuns); i += 1) run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || (samples.length < maxRuns && performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { name, median: at(0.5), p95: at(0.95), min: samples[0] ?? 0, runs: samples.length };
}

export function printTable(title: string, timings: readonly Timing[], extra: (timing: Timing) => string = () => ''): void {
  const width = Math.max(...timings.map((timing) => timing.name.length), 4);
  const lines = timings.map(
    (timing) =>
      `${timing.name.padEnd(width)}  ${timing.median.toFixed(3).padStart(9)}  ${timing.p95.toFixed(3).padStart(9)}  ${String(timing.runs).padStart(5)}  ${extra(timing)}`,
  );
  console.log([`\n${title}`, `${'case'.padEnd(width)}  ${'median ms'.padStart(9)}  ${'p95 ms'.padStart(9)}  ${'runs'.padStart(5)}`, ...lines].join('\n'));
}
