/**
 * The one problem type of the app. Every problem, wherever it comes from (YAML syntax, a wizard
 * field, a schema check, an HA rule, the placement simulation), is one of these, so the form, the
 * editor markers and the findings panel all show the same data.
 */

/** How bad a problem is: `error` blocks a valid result, `warning` is risky, `info` teaches. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A key path into the IstioGateway resource, e.g. `['spec', 'minReplicas']`.
 * A path may go one step deeper than the YAML does, to point at a part of a scalar: the vSwitch
 * annotation is one comma-joined string, and `[..., 'k8s.aliyun.com/eci-vswitch', 1]` is its second ID.
 */
export type IssuePath = readonly (string | number)[];

/** A position in the YAML text, 1-based lines and columns, end exclusive. */
export interface TextSpan {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * A problem. `Code` narrows `code` to the codes a check declares (`FieldCode`, `LintCode`,
 * `PlacementCode` …), so that a misspelt code fails to compile.
 */
export interface Issue<Fix = unknown, Code extends string = string> {
  /** Stable identifier, e.g. `field/vswitch-format`, `yaml/BAD_INDENT`, `ha/single-replica`. */
  readonly code: Code;
  readonly severity: Severity;
  /** Plain words: what is wrong and what it breaks. */
  readonly message: string;
  /** Where in the resource the problem is; `[]` for the whole document. */
  readonly path: IssuePath;
  /** Where in the text, when the problem has no path (YAML syntax errors). */
  readonly span?: TextSpan;
  /** Mark the key at `path` rather than its value: the key itself is the problem (an unknown field). */
  readonly mark?: 'key';
  /** Changes the UI can apply in one click each (a problem may have more than one good fix). */
  readonly fixes?: readonly Fix[];
}

/**
 * A fix a finding offers: what it does, in a few words, and the changes that do it (one undo step).
 * The gateway's fixes are wizard changes (`GatewayFix`); this layer does not know them.
 */
export interface IssueFix<Change> {
  readonly label: string;
  readonly changes: readonly Change[];
}

/** True when `path` is `prefix` or lies below it. */
export function isPathWithin(path: IssuePath, prefix: IssuePath): boolean {
  if (path.length < prefix.length) return false;
  return prefix.every((segment, i) => path[i] === segment);
}

export function samePath(a: IssuePath, b: IssuePath): boolean {
  return a.length === b.length && isPathWithin(a, b);
}

/** The severities, most serious first. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
