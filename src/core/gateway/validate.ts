import type { Issue } from '../issue';
import type { AnswerChange, Answers, FieldKey, PortAnswer } from './answers';
import type { DocPath } from './docEdit';
import { FIELDS } from './fields';
import { parseQuantity } from './quantity';
import { hasDnsLabelForm, isDnsLabel, MAX_LABEL_LENGTH as MAX_LABEL } from './names';
import { GATEWAY_NAMESPACE, MAX_VSWITCHES, workloadName } from './types';
import { weightApplies } from './view';

/** A problem found in the wizard's answers; its fix, when it has one, is a wizard change. */
export type GatewayIssue = Issue<AnswerChange>;

/** A Service port's target port given by name (IANA_SVC_NAME). */
const PORT_NAME = /^(?=.*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** The example IDs in Alibaba's documents end in four `*`. */
const PLACEHOLDER = /\*{4}$/;
const VSWITCH_ID = /^vsw-[a-z0-9]+$/;
const CLUSTER_ID = /^[a-z0-9]+$/;
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
  const workload = workloadName(name);
  if (workload.length > MAX_LABEL) {
    issues.push(
      issue(
        'name-too-long',
        'error',
        `${workload} would be ${workload.length} characters; Kubernetes names and label values allow ${MAX_LABEL}, ` +
          `so the gateway name can have at most ${MAX_LABEL - 'istio-'.length}.`,
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
  if (namespace !== GATEWAY_NAMESPACE) {
    return [
      issue(
        'namespace-not-istio-system',
        'warning',
        `ASM gateways must be in ${GATEWAY_NAMESPACE} (Istio 1.6 and later); in ${namespace} the gateway fails to start.`,
        path,
      ),
    ];
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
    if (PLACEHOLDER.test(id) && CLUSTER_ID.test(id.slice(0, -4))) {
      return [
        issue(
          'cluster-id-placeholder',
          'warning',
          `${id} is the masked example ID from the ASM document; replace it with your cluster’s ID.`,
          at,
        ),
      ];
    }
    if (!CLUSTER_ID.test(id)) {
      return [issue('cluster-id-format', 'error', `${id} is not a cluster ID: use lowercase letters and digits (e.g. c954ee9d…).`, at)];
    }
    return [];
  });
}

function checkAtLeastOne(value: number | undefined, field: FieldKey, path: DocPath): GatewayIssue[] {
  if (value === undefined || value >= 1) return [];
  return [issue('replicas-at-least-one', 'error', `${FIELDS[field].label} must be at least 1.`, path)];
}

function checkPercent(value: number | undefined, code: string, what: string, path: DocPath): GatewayIssue[] {
  if (value === undefined || (value >= 1 && value <= 100)) return [];
  return [issue(code, 'error', `${what} must be between 1 and 100.`, path)];
}

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
  const issues: GatewayIssue[] = [];
  if (ids.length > MAX_VSWITCHES) {
    issues.push(issue('vswitch-too-many', 'error', `ECI accepts at most ${MAX_VSWITCHES} vSwitches; ${ids.length} are listed.`, path));
  }
  const first = firstIndexes(ids);
  ids.forEach((id, i) => {
    const at = [...path, i];
    if (first.get(id) !== i) issues.push(issue('vswitch-duplicate', 'error', `${id} is listed twice; each vSwitch once.`, at));
    else if (PLACEHOLDER.test(id) && VSWITCH_ID.test(id.slice(0, -4))) {
      issues.push(
        issue('vswitch-placeholder', 'warning', `${id} is the masked example ID from the ASM document; replace it with your vSwitch ID.`, at),
      );
    } else if (!VSWITCH_ID.test(id)) {
      issues.push(issue('vswitch-format', 'error', `${id} is not a vSwitch ID: “vsw-” followed by lowercase letters and digits.`, at));
    }
  });
  return issues;
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
 * Checks the wizard's answers as Kubernetes and ASM would accept them. `paths` (from `fieldPaths`)
 * says where in the document each problem lies. Pure; the same checks serve the form and the document.
 */
export function validateAnswers(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue[] {
  const issues: GatewayIssue[] = [
    ...checkName(answers.name, paths.name),
    ...checkNamespace(answers.namespace, paths.namespace),
    ...checkClusterIds(answers.clusterIds, paths.clusterIds),
    ...checkAtLeastOne(answers.minReplicas, 'minReplicas', paths.minReplicas),
    ...checkAtLeastOne(answers.maxReplicas, 'maxReplicas', paths.maxReplicas),
    ...checkAtLeastOne(answers.replicaCount, 'replicaCount', paths.replicaCount),
    ...checkPercent(answers.cpuTarget, 'cpu-target-range', 'The CPU target', paths.cpuTarget),
  ];
  const { minReplicas, maxReplicas } = answers;
  if (minReplicas !== undefined && maxReplicas !== undefined && minReplicas > maxReplicas) {
    issues.push(
      issue(
        'min-above-max',
        'error',
        `Minimum replicas (${minReplicas}) is more than maximum replicas (${maxReplicas}); the autoscaler rejects this.`,
        paths.minReplicas,
      ),
    );
  }
  if (weightApplies(answers)) issues.push(...checkPercent(answers.weight, 'weight-range', 'The weight', paths.weight));
  if (answers.clusterType === 'ACKServerless') issues.push(...checkVSwitches(answers.vSwitchIds, paths.vSwitchIds));
  issues.push(...checkPorts(answers.ports, paths.ports), ...checkResources(answers, paths), ...checkRolling(answers, paths));
  return issues;
}
