/**
 * A change to a list of lines: at line `at` of the base (0-based), remove `remove` lines and put
 * `insert` in their place. Hunks are in base order and do not overlap.
 */
export interface Hunk {
  readonly at: number;
  readonly remove: number;
  readonly insert: readonly string[];
}

/**
 * The shortest edit from `base` to `target`, as hunks (Myers' O(ND) algorithm on lines, after the
 * common first and last lines are set aside). Undefined when it takes more than `maxEdits` inserted
 * or removed lines: two unrelated texts are not worth diffing, and the search costs O(N·D).
 */
export function diffLines(base: readonly string[], target: readonly string[], maxEdits: number): Hunk[] | undefined {
  let head = 0;
  while (head < base.length && head < target.length && base[head] === target[head]) head += 1;
  let baseEnd = base.length;
  let targetEnd = target.length;
  while (baseEnd > head && targetEnd > head && base[baseEnd - 1] === target[targetEnd - 1]) {
    baseEnd -= 1;
    targetEnd -= 1;
  }
  const a = base.slice(head, baseEnd);
  const b = target.slice(head, targetEnd);
  const n = a.length;
  const m = b.length;
  if (n + m === 0) return [];
  if (n === 0 || m === 0) return n + m > maxEdits ? undefined : [{ at: head, remove: n, insert: b }];

  // frontier[d][k + d]: the furthest x reached on diagonal k (= x − y) with d edits.
  const frontier: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, maxEdits) && found < 0; d += 1) {
    const previous = frontier[d - 1];
    const current = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (!previous) x = 0;
      else if (k === -d || (k !== d && (previous[k - 1 + d - 1] ?? 0) < (previous[k + 1 + d - 1] ?? 0))) x = previous[k + 1 + d - 1] ?? 0;
      else x = (previous[k - 1 + d - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      current[k + d] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    frontier.push(current);
  }
  if (found < 0) return undefined;

  // Walk back from the end: each step is one removed line of `a` or one inserted line of `b`.
  type Step = { readonly remove: number } | { readonly insertAt: number; readonly line: string };
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d -= 1) {
    const previous = frontier[d - 1] ?? new Int32Array(0);
    const k = x - y;
    const down = k === -d || (k !== d && (previous[k - 1 + d - 1] ?? 0) < (previous[k + 1 + d - 1] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = previous[previousK + d - 1] ?? 0;
    const previousY = previousX - previousK;
    if (down) steps.push({ insertAt: previousX, line: b[previousY] ?? '' });
    else steps.push({ remove: previousX });
    x = previousX;
    y = previousY;
  }
  steps.reverse();

  const hunks: { at: number; remove: number; insert: string[] }[] = [];
  for (const step of steps) {
    const at = 'remove' in step ? step.remove : step.insertAt;
    const last = hunks[hunks.length - 1];
    const open = last !== undefined && last.at + last.remove === at;
    const hunk = open ? last : { at, remove: 0, insert: [] };
    if (!open) hunks.push(hunk);
    if ('remove' in step) hunk.remove += 1;
    else hunk.insert.push(step.line);
  }
  return hunks.map((hunk) => ({ ...hunk, at: hunk.at + head }));
}

/** `base` with the hunks applied, or undefined when they do not fit it (out of range, overlapping, out of order). */
export function applyHunks(base: readonly string[], hunks: readonly Hunk[]): string[] | undefined {
  const out: string[] = [];
  let cursor = 0;
  for (const { at, remove, insert } of hunks) {
    if (!Number.isInteger(at) || !Number.isInteger(remove) || at < cursor || remove < 0 || at + remove > base.length) return undefined;
    for (let i = cursor; i < at; i += 1) out.push(base[i] ?? '');
    out.push(...insert);
    cursor = at + remove;
  }
  for (let i = cursor; i < base.length; i += 1) out.push(base[i] ?? '');
  return out;
}
