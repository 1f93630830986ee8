import type { Issue } from '../issue';
import type { Answers, FieldKey, PortAnswer } from './answers';
import type { DocPath } from './docEdit';
import { fieldsOfKind, type QuantityField, SCALAR_FIELDS } from './fieldTable';
import { FIELD_TABLE } from './fieldRows';
import type { GatewayIssue } from './gatewayIssue';
import { parseQuantity } from './quantity';
import { CLUSTER_ID_FORM, isExamplePlaceholder } from './idForms';
import { hasDnsLabelForm, isDnsLabel } from './names';

/**
 * The checks of malformed answers, each a code `field/<check>`; every error among them is a value
 * Kubernetes refuses. `parse` (text that is no value) and `unwritable` (an edit the document
 * cannot take) are the form's and the store's.
 */
export const FIELD_CHECKS = [
  'name-required',
  'name-format',
  'namespace-format',
  'cluster-ids-none',
  'cluster-id-duplicate',
  'cluster-id-format',
  'replicas-at-least-one',
  'vswitch-required',
  'ports-required',
  'port-name-required',
  'port-name-format',
  'port-name-duplicate',
  'port-range',
  'port-duplicate',
  'target-port-format',
  'quantity-format',
  'request-above-limit',
  'rolling-format',
  'rolling-both-zero',
  'parse',
  'unwritable',
] as const;

export type FieldCode = `field/${(typeof FIELD_CHECKS)[number]}`;

/** A Service port's target port given by name (IANA_SVC_NAME). */
const PORT_NAME = /^(?=.*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const INT_OR_PERCENT = /^(\d+)(%?)$/;

function issue(code: (typeof FIELD_CHECKS)[number], severity: Issue['severity'], message: string, path: DocPath): GatewayIssue<FieldCode> {
  return { code: `field/${code}`, severity, message, path };
}

// Severities follow one rule: `error` only where Kubernetes or ASM's documents say the resource is rejected or the
// gateway cannot run (each names its source); a documented risk is a `warning`; the rest is an `info` note.

function checkName(name: string | undefined, path: DocPath): GatewayIssue[] {
  // Error: Kubernetes requires metadata.name on every object (ObjectMeta validation: "name: Required value").
  if (name === undefined || name === '') return [issue('name-required', 'error', 'Enter a gateway name.', path)];
  const issues: GatewayIssue[] = [];
  // Error: ASM names the gateway's Service istio-<name>; Kubernetes rejects a Service name that is not a DNS-1035
  // label (ValidateServiceName), so a name with other characters gives no Service (domain.md §1.1).
  if (!hasDnsLabelForm(name)) {
    issues.push(
      issue('name-format', 'error', 'Use lowercase letters, digits and “-”, starting and ending with a letter or digit (a Kubernetes DNS-1123 label).', path),
    );
  }
  return issues;
}

function checkNamespace(namespace: string | undefined, path: DocPath): GatewayIssue[] {
  if (namespace === undefined) return [];
  // Error: Kubernetes rejects a namespace that is not a DNS-1123 label (ValidateNamespaceName).
  if (!isDnsLabel(namespace)) {
    return [issue('namespace-format', 'error', 'A namespace is a DNS-1123 label: lowercase letters, digits and “-”.', path)];
  }
  return [];
}

function checkClusterIds(ids: readonly string[], clusterType: Answers['clusterType'], path: DocPath): GatewayIssue[] {
  // An ASM Serverless gateway has no cluster IDs by design (asm-beyond-the-seed.md §3.6).
  if (ids.length === 0) {
    if (clusterType === 'ASMServerless') return [];
    // A note: the Go field is omitempty and Alibaba's own lab applies a gateway without it; where ASM then runs the
    // gateway is not documented (domain.md §1.2).
    return [
      issue(
        'cluster-ids-none',
        'info',
        'No cluster IDs are listed. ASM’s examples list the ACK clusters that run the gateway; where ASM runs it without any is not documented. Add your cluster IDs to be sure.',
        path,
      ),
    ];
  }
  const first = firstIndexes(ids);
  return ids.flatMap((id, i): GatewayIssue[] => {
    const at = [...path, i];
    // A note: a cluster listed twice adds nothing; no document says it is refused.
    if (first.get(id) !== i) return [issue('cluster-id-duplicate', 'info', `${id} is listed twice; once is enough.`, at)];
    // The masked example ID is ha/cluster-id-placeholder's to report.
    if (isExamplePlaceholder(id, CLUSTER_ID_FORM)) return [];
    // Error: ASM deploys the gateway only to the clusters listed, and an ID with characters no ACK cluster ID has
    // (every documented one is lowercase letters and digits, domain.md §2.3; the check is lenient, as no official
    // format is published) names no cluster: the gateway cannot run there.
    if (!CLUSTER_ID_FORM.test(id)) {
      return [issue('cluster-id-format', 'error', `${id} is not a cluster ID: use lowercase letters and digits (e.g. c954ee9d…).`, at)];
    }
    return [];
  });
}

function checkAtLeastOne(value: number | undefined, field: 'minReplicas' | 'maxReplicas' | 'replicaCount', path: DocPath): GatewayIssue[] {
  const { label, limits } = SCALAR_FIELDS[field];
  if (value === undefined || value >= limits.min) return [];
  // Error: the HorizontalPodAutoscaler API rejects minReplicas and maxReplicas below 1 (domain.md §4.3), and a
  // replica count below 1 runs no gateway pod at all (the limits are the field table's).
  return [issue('replicas-at-least-one', 'error', `${label} must be at least ${limits.min}.`, path)];
}

/** An empty list only: the IDs themselves are the HA rules' (ha/vswitch-…). */
function checkVSwitches(ids: readonly string[], path: DocPath): GatewayIssue[] {
  if (ids.length === 0) {
    // A warning: without the annotation's vSwitches, ECI uses the cluster's own (the eci-profile ConfigMap,
    // domain.md §2.1), which may all be in one zone.
    return [
      issue(
        'vswitch-required',
        'warning',
        'No vSwitch is listed here, so ECI uses the cluster’s own vSwitches (its eci-profile), which may all be in one zone. List two or more in different zones to spread across zones.',
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

/** The transport a Kubernetes Service port gets: UDP and SCTP as named, everything else (TCP, HTTP, HTTPS …) TCP. */
function transportOf(protocol: string | undefined): string {
  return protocol === 'UDP' || protocol === 'SCTP' ? protocol : 'TCP';
}

function checkPorts(ports: readonly PortAnswer[], path: DocPath): GatewayIssue[] {
  if (ports.length === 0) {
    // A warning: Kubernetes refuses a Service without ports, but ASM writes the gateway's Service, and what ports it
    // gives one when the IstioGateway lists none is not documented (ASM's graceful-shutdown examples list none).
    return [
      issue(
        'ports-required',
        'warning',
        'No ports are listed. What ports ASM gives the gateway Service then is not documented; list the ports clients connect to (the ASM examples list status-port 15020, http2 80, https 443 and tls 15443).',
        path,
      ),
    ];
  }
  const firstName = firstIndexes(ports.map((port) => port.name));
  // Kubernetes refuses the same port twice only for the same protocol (53/TCP beside 53/UDP is allowed).
  const firstPort = firstIndexes(ports.map((port) => `${port.port}/${transportOf(port.protocol)}`));
  return ports.flatMap((port, i): GatewayIssue[] => {
    const at = [...path, i];
    const issues: GatewayIssue[] = [];
    // Errors: Kubernetes Service validation (ValidateService): every port is named when there are several, names are
    // DNS-1123 labels and unique, ports lie in 1–65535 and are unique per protocol, a target port is a port number
    // or an IANA service name.
    if (port.name === '') {
      if (ports.length > 1) issues.push(issue('port-name-required', 'error', 'Name every port when there is more than one.', [...at, 'name']));
    } else if (!isDnsLabel(port.name)) {
      issues.push(issue('port-name-format', 'error', 'Port names use lowercase letters, digits and “-”.', [...at, 'name']));
    } else if (firstName.get(port.name) !== i) {
      issues.push(issue('port-name-duplicate', 'error', `Port name ${port.name} is used twice.`, [...at, 'name']));
    }
    if (!isPortNumber(port.port)) {
      issues.push(issue('port-range', 'error', 'A port is a whole number from 1 to 65535.', [...at, 'port']));
    } else if (firstPort.get(`${port.port}/${transportOf(port.protocol)}`) !== i) {
      issues.push(issue('port-duplicate', 'error', `Port ${port.port} is used twice for ${transportOf(port.protocol)}.`, [...at, 'port']));
    }
    const target = port.targetPort;
    // Absent or 0: Kubernetes uses the port itself (ASM's own examples write targetPort: 0).
    const valid = target === undefined || target === 0 || (typeof target === 'number' ? isPortNumber(target) : PORT_NAME.test(target) && target.length <= 15);
    if (!valid) {
      issues.push(
        issue(
          'target-port-format',
          'error',
          'A target port is a number from 1 to 65535, 0 or empty for the port itself, or a port name of up to 15 characters.',
          [...at, 'targetPort'],
        ),
      );
    }
    return issues;
  });
}

function checkResources(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue[] {
  const issues: GatewayIssue[] = [];
  const amounts = new Map<QuantityField, number>();
  const fields = fieldsOfKind('quantity');
  for (const field of fields) {
    const text = answers[field];
    if (text === undefined) continue;
    const amount = parseQuantity(text);
    // Error: Kubernetes rejects a resource amount that is not a quantity (resource.ParseQuantity).
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
    // Error: Kubernetes rejects a container whose request is above its limit (ValidateResourceRequirements).
    if (requested !== undefined && limited !== undefined && requested > limited) {
      issues.push(
        issue(
          'request-above-limit',
          'error',
          `The ${FIELD_TABLE[request].label.toLowerCase()} (${answers[request] ?? ''}) is more than the ${FIELD_TABLE[limit].label.toLowerCase()} ` +
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
  const parsed = fieldsOfKind('intOrPercent').map((field) => {
    const text = answers[field];
    if (text === undefined) return undefined;
    const match = INT_OR_PERCENT.exec(text);
    // Errors: Kubernetes rejects a maxSurge or maxUnavailable that is neither a whole number nor a percentage, a
    // maxUnavailable above 100%, and both at 0 (ValidateRollingUpdateDeployment; domain.md §4.1).
    if (!match) {
      issues.push(issue('rolling-format', 'error', `${FIELD_TABLE[field].label} is a whole number (1) or a percentage (25%).`, paths[field]));
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
    ...checkClusterIds(answers.clusterIds, answers.clusterType, paths.clusterIds),
    ...checkAtLeastOne(answers.minReplicas, 'minReplicas', paths.minReplicas),
    ...checkAtLeastOne(answers.maxReplicas, 'maxReplicas', paths.maxReplicas),
    ...checkAtLeastOne(answers.replicaCount, 'replicaCount', paths.replicaCount),
  ];
  if (answers.clusterType === 'ACKServerless') issues.push(...checkVSwitches(answers.vSwitchIds, paths.vSwitchIds));
  issues.push(...checkPorts(answers.ports, paths.ports), ...checkResources(answers, paths), ...checkRolling(answers, paths));
  return issues;
}
