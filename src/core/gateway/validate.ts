import type { Issue } from '../issue';
import type { AnswerChange, Answers, FieldKey, PortAnswer } from './answers';
import type { DocPath } from './docEdit';
import { FIELDS } from './fields';
import { parseQuantity } from './quantity';
import { CLUSTER_ID_FORM, hasDnsLabelForm, isDnsLabel, isExamplePlaceholder } from './names';

/** A fix a finding offers: what it does, in a few words, and the wizard changes that do it (one undo step). */
export interface GatewayFix {
  readonly label: string;
  readonly changes: readonly AnswerChange[];
}

/** A problem of the gateway; its fixes, when it has any, are wizard changes. */
export type GatewayIssue = Issue<GatewayFix>;

/** A Service port's target port given by name (IANA_SVC_NAME). */
const PORT_NAME = /^(?=.*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const INT_OR_PERCENT = /^(\d+)(%?)$/;

function issue(code: string, severity: Issue['severity'], message: string, path: DocPath): GatewayIssue {
  return { code: `field/${code}`, severity, message, path };
}

function checkName(name: string | undefined, path: DocPath): GatewayIssue[] {
  if (name === undefined || name === '') return [issue('name-required', 'error', 'Enter a gateway name.', path)];
  const issues: GatewayIssue[] = [];
  if (!hasDnsLabelForm(name)) {
    issues.push(
      issue(
        'name-format',
        'error',
        'Use lowercase letters, digits and “-”, starting and ending with a letter or digit (a Kubernetes DNS-1123 label).',
        path,
      ),
    );
  }
  return issues;
}

function checkNamespace(namespace: string | undefined, path: DocPath): GatewayIssue[] {
  if (namespace === undefined) return [];
  if (!isDnsLabel(namespace)) {
    return [issue('namespace-format', 'error', 'A namespace is a DNS-1123 label: lowercase letters, digits and “-”.', path)];
  }
  return [];
}

function checkClusterIds(ids: readonly string[], path: DocPath): GatewayIssue[] {
  if (ids.length === 0) {
    return [issue('cluster-ids-required', 'error', 'Add at least one ACK cluster ID: the gateway is deployed only to the clusters listed.', path)];
  }
  const first = firstIndexes(ids);
  return ids.flatMap((id, i): GatewayIssue[] => {
    const at = [...path, i];
    if (first.get(id) !== i) return [issue('cluster-id-duplicate', 'error', `${id} is listed twice.`, at)];
    // The masked example ID is ha/cluster-id-placeholder's to report.
    if (isExamplePlaceholder(id, CLUSTER_ID_FORM)) return [];
    if (!CLUSTER_ID_FORM.test(id)) {
      return [issue('cluster-id-format', 'error', `${id} is not a cluster ID: use lowercase letters and digits (e.g. c954ee9d…).`, at)];
    }
    return [];
  });
}

function checkAtLeastOne(value: number | undefined, field: FieldKey, path: DocPath): GatewayIssue[] {
  if (value === undefined || value >= 1) return [];
  return [issue('replicas-at-least-one', 'error', `${FIELDS[field].label} must be at least 1.`, path)];
}

/** An empty list only: the IDs themselves are the HA rules' (ha/vswitch-…). */
function checkVSwitches(ids: readonly string[], path: DocPath): GatewayIssue[] {
  if (ids.length === 0) {
    return [
      issue(
        'vswitch-required',
        'error',
        'ACK Serverless needs at least one vSwitch here; list two or more in different zones to spread across zones.',
        path,
      ),
    ];
  }
  return [];
}

function isPortNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** Where each value first appears: duplicates are found in one pass, even in a list of thousands. */
function firstIndexes<T>(values: readonly T[]): Map<T, number> {
  const first = new Map<T, number>();
  values.forEach((value, i) => {
    if (!first.has(value)) first.set(value, i);
  });
  return first;
}

function checkPorts(ports: readonly PortAnswer[], path: DocPath): GatewayIssue[] {
  if (ports.length === 0) {
    return [issue('ports-required', 'error', 'Add at least one port: the gateway Service needs a port to receive traffic.', path)];
  }
  const firstName = firstIndexes(ports.map((port) => port.name));
  const firstPort = firstIndexes(ports.map((port) => port.port));
  return ports.flatMap((port, i): GatewayIssue[] => {
    const at = [...path, i];
    const issues: GatewayIssue[] = [];
    if (port.name === '') {
      if (ports.length > 1) issues.push(issue('port-name-required', 'error', 'Name every port when there is more than one.', [...at, 'name']));
    } else if (!isDnsLabel(port.name)) {
      issues.push(issue('port-name-format', 'error', 'Port names use lowercase letters, digits and “-”.', [...at, 'name']));
    } else if (firstName.get(port.name) !== i) {
      issues.push(issue('port-name-duplicate', 'error', `Port name ${port.name} is used twice.`, [...at, 'name']));
    }
    if (!isPortNumber(port.port)) {
      issues.push(issue('port-range', 'error', 'A port is a whole number from 1 to 65535.', [...at, 'port']));
    } else if (firstPort.get(port.port) !== i) {
      issues.push(issue('port-duplicate', 'error', `Port ${port.port} is used twice.`, [...at, 'port']));
    }
    const target = port.targetPort;
    if (typeof target === 'number' ? !isPortNumber(target) : !(PORT_NAME.test(target) && target.length <= 15)) {
      issues.push(
        issue('target-port-format', 'error', 'A target port is a number from 1 to 65535 or a port name of up to 15 characters.', [...at, 'targetPort']),
      );
    }
    return issues;
  });
}

type QuantityField =
  | 'requestsCpu'
  | 'requestsMemory'
  | 'limitsCpu'
  | 'limitsMemory'
  | 'sdsRequestsCpu'
  | 'sdsRequestsMemory'
  | 'sdsLimitsCpu'
  | 'sdsLimitsMemory';

function checkResources(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue[] {
  const issues: GatewayIssue[] = [];
  const amounts = new Map<QuantityField, number>();
  const fields: readonly QuantityField[] = [
    'requestsCpu',
    'requestsMemory',
    'limitsCpu',
    'limitsMemory',
    'sdsRequestsCpu',
    'sdsRequestsMemory',
    'sdsLimitsCpu',
    'sdsLimitsMemory',
  ];
  for (const field of fields) {
    const text = answers[field];
    if (text === undefined) continue;
    const amount = parseQuantity(text);
    if (amount === undefined) {
      issues.push(
        issue(
          'quantity-format',
          'error',
          `${text} is not a Kubernetes quantity: a number with an optional unit, like 200m or 2 for CPU and 256Mi or 2G for memory.`,
          paths[field],
        ),
      );
    } else amounts.set(field, amount);
  }
  const pairs: readonly [QuantityField, QuantityField][] = [
    ['requestsCpu', 'limitsCpu'],
    ['requestsMemory', 'limitsMemory'],
    ['sdsRequestsCpu', 'sdsLimitsCpu'],
    ['sdsRequestsMemory', 'sdsLimitsMemory'],
  ];
  for (const [request, limit] of pairs) {
    const requested = amounts.get(request);
    const limited = amounts.get(limit);
    if (requested !== undefined && limited !== undefined && requested > limited) {
      issues.push(
        issue(
          'request-above-limit',
          'error',
          `The ${FIELDS[request].label.toLowerCase()} (${answers[request] ?? ''}) is more than the ${FIELDS[limit].label.toLowerCase()} ` +
            `(${answers[limit] ?? ''}); Kubernetes rejects such a pod.`,
          paths[request],
        ),
      );
    }
  }
  return issues;
}

function checkRolling(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue[] {
  const issues: GatewayIssue[] = [];
  const parsed = (['rollingMaxSurge', 'rollingMaxUnavailable'] as const).map((field) => {
    const text = answers[field];
    if (text === undefined) return undefined;
    const match = INT_OR_PERCENT.exec(text);
    if (!match) {
      issues.push(issue('rolling-format', 'error', `${FIELDS[field].label} is a whole number (1) or a percentage (25%).`, paths[field]));
      return undefined;
    }
    const amount = Number(match[1]);
    if (field === 'rollingMaxUnavailable' && match[2] === '%' && amount > 100) {
      issues.push(issue('rolling-format', 'error', 'Max unavailable cannot be more than 100%.', paths[field]));
    }
    return amount;
  });
  if (parsed[0] === 0 && parsed[1] === 0) {
    issues.push(
      issue(
        'rolling-both-zero',
        'error',
        'Max surge and max unavailable cannot both be 0: a rolling update could then never replace a pod.',
        paths.rollingMaxUnavailable,
      ),
    );
  }
  return issues;
}

/**
 * Checks the form of the wizard's answers (what Kubernetes would reject as malformed). `paths`
 * (from `fieldPaths`) says where in the document each problem lies. The HA rules (core/lint) add
 * what is well-formed but unsafe; `answerFindings` runs both. Pure.
 */
export function validateAnswers(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue[] {
  const issues: GatewayIssue[] = [
    ...checkName(answers.name, paths.name),
    ...checkNamespace(answers.namespace, paths.namespace),
    ...checkClusterIds(answers.clusterIds, paths.clusterIds),
    ...checkAtLeastOne(answers.minReplicas, 'minReplicas', paths.minReplicas),
    ...checkAtLeastOne(answers.maxReplicas, 'maxReplicas', paths.maxReplicas),
    ...checkAtLeastOne(answers.replicaCount, 'replicaCount', paths.replicaCount),
  ];
  if (answers.clusterType === 'ACKServerless') issues.push(...checkVSwitches(answers.vSwitchIds, paths.vSwitchIds));
  issues.push(...checkPorts(answers.ports, paths.ports), ...checkResources(answers, paths), ...checkRolling(answers, paths));
  return issues;
}
