import fc, { type IProperty, type Parameters, type Plugin } from 'fast-check';

/**
 * Every property test's budget. A property runs `numRuns` cases on a quiet machine; on a busy 2-core one it stops
 * generating after `PROPERTY_TIME_LIMIT_MS` (fast-check's interruptAfterTimeLimit plugin; the cases run so far must all
 * have passed), so load makes it check fewer cases instead of timing out, never fewer than `MIN_PROPERTY_RUNS`. The
 * test's own timeout leaves room to shrink a failure to its smallest case.
 */
export const PROPERTY_TIME_LIMIT_MS = 3000;
export const PROPERTY_TEST_TIMEOUT_MS = 30_000;
export const MIN_PROPERTY_RUNS = 10;

export function propertyBudget<T>(numRuns: number): Parameters<T> {
  // The plugin works on any property's values; fast-check types it for unknown ones.
  return { numRuns, plugins: [fc.interruptAfterTimeLimit(PROPERTY_TIME_LIMIT_MS) as Plugin<T>] };
}

/** Checks a property within the budget; fails on a counterexample, and when the time allowed too few runs to mean anything. */
export function assertProperty<Ts>(property: IProperty<Ts>, numRuns: number): void {
  const details = fc.check(property, propertyBudget<Ts>(numRuns));
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'The property failed.');
  const needed = Math.min(numRuns, MIN_PROPERTY_RUNS);
  if (details.numRuns < needed)
    throw new Error(`Only ${details.numRuns} of ${numRuns} runs fitted in ${PROPERTY_TIME_LIMIT_MS} ms (at least ${needed} are needed).`);
}
