/**
 * One step of a Deployment rolling update, with Kubernetes' rounding (domain.md §4.1,
 * `ResolveFenceposts`): maxSurge rounds up, maxUnavailable rounds down, and when both come to 0
 * maxUnavailable becomes 1.
 */
export interface RolloutStep {
  /** New pods started above the desired count. */
  readonly surge: number;
  /** Old pods that may be taken down before new ones are ready. */
  readonly unavailable: number;
}

const INT_OR_PERCENT = /^(\d+)(%?)$/;

/** An int-or-percent against `replicas`, rounded up or down; undefined when it is not one. */
export function scaledValue(value: string | undefined, replicas: number, roundUp: boolean): number | undefined {
  const match = value === undefined ? null : INT_OR_PERCENT.exec(value.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  if (match[2] !== '%') return amount;
  const exact = (amount * replicas) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** Kubernetes' default for both fields when they are absent is 25 %. */
export function rolloutStep(replicas: number, maxSurge: string | undefined, maxUnavailable: string | undefined): RolloutStep {
  const surge = scaledValue(maxSurge ?? '25%', replicas, true) ?? 0;
  let unavailable = scaledValue(maxUnavailable ?? '25%', replicas, false) ?? 0;
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}
