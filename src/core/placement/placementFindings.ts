import { ANTI_AFFINITY_PATH } from '../gateway/antiAffinity';
import { SCALAR_FIELDS } from '../gateway/fieldTable';
import { HOSTNAME_KEY, ZONE_KEY } from '../gateway/types';
import type { ClusterSpec } from './cluster';
import { listNames, type MutablePod, type PlacementIssue, type PlacementResult, plural } from './result';
import type { SimNode } from './scheduler';
import type { GatewayWorkload } from './workload';

/** The levels an anti-affinity term of the gateway's own asks to spread over (Required or Preferred). */
function spreadLevels(workload: GatewayWorkload): { node: boolean; zone: boolean } {
  const terms = [...workload.required, ...workload.preferred].filter((term) => term.selectsGateway);
  return {
    node: terms.some((term) => term.topologyKey === HOSTNAME_KEY),
    zone: terms.some((term) => term.topologyKey === ZONE_KEY),
  };
}

/**
 * What the scheduler's placement reveals: Pending pods, pods that share a node or zone, a zone spread with no
 * zones to spread over, a stalled rollout, a cluster without nodes. `healthy` is the placement before the what-ifs.
 */
export function schedulerFindings(
  workload: GatewayWorkload,
  cluster: ClusterSpec,
  nodes: readonly SimNode[],
  healthy: readonly MutablePod[],
  replicas: number,
  rollout: PlacementResult['rollout'],
): PlacementIssue[] {
  const findings: PlacementIssue[] = [];
  const levels = spreadLevels(workload);
  const running = healthy.filter((pod) => pod.status === 'Running' && pod.node !== undefined);
  const roomy = nodes.filter(
    (node) => node.usedCpuMilli + workload.cpuMilli <= node.cpuMilli && node.usedMemoryBytes + workload.memoryBytes <= node.memoryBytes,
  );
  const preferred = workload.required.every((term) => !term.selectsGateway);

  // One finding per reason: a thousand Pending replicas for the same reason are one problem. An error when no gateway
  // pod runs at all (the gateway cannot serve: the kube-scheduler leaves every pod Pending); a warning while others
  // serve (capacity is lost, not the gateway).
  const nonePlaced = running.length === 0;
  const pendingByReason = new Map<string, string[]>();
  for (const pod of healthy.filter((candidate) => candidate.status === 'Pending')) {
    const reason = pod.reason ?? '';
    const names = pendingByReason.get(reason);
    if (names) names.push(pod.name);
    else pendingByReason.set(reason, [pod.name]);
  }
  for (const [reason, names] of pendingByReason) {
    const resources = reason.includes('Insufficient') && !reason.includes('anti-affinity');
    const shown = names.length > 3 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more pods` : listNames(names);
    findings.push({
      code: 'placement/pending',
      severity: nonePlaced ? 'error' : 'warning',
      message: `${shown} ${names.length === 1 ? 'stays' : 'stay'} Pending: ${reason}`,
      path: resources ? ['spec', 'resources', 'requests'] : ANTI_AFFINITY_PATH,
    });
  }

  const shareMessage = (kind: 'node' | 'zone', domain: string, names: string[]): string => {
    const domains = kind === 'node' ? nodes.length : new Set(nodes.map((node) => node.zone)).size;
    const withRoom = kind === 'node' ? roomy.length : new Set(roomy.map((node) => node.zone)).size;
    const why =
      replicas > domains
        ? `there are more replicas (${replicas}) than ${kind}s (${domains})`
        : replicas > withRoom
          ? `only ${plural(withRoom, kind)} of ${domains} ${withRoom === 1 ? 'has' : 'have'} room for a gateway pod`
          : levels[kind]
            ? 'the scheduler’s other scores outweighed the preference'
            : 'there is no anti-affinity on this level, only the scheduler’s default spreading';
    const rule = levels.node || levels.zone ? 'A Preferred rule lets pods share' : 'Nothing keeps them apart';
    return `${listNames(names)} share ${domain}: ${why}. ${rule}, and losing ${domain} takes down ${names.length} pods.`;
  };
  const checkShared = (kind: 'node' | 'zone'): void => {
    const byDomain = new Map<string, string[]>();
    for (const pod of running) {
      const domain = kind === 'node' ? (nodes[pod.node ?? -1]?.name ?? '') : (pod.zone ?? '');
      const names = byDomain.get(domain);
      if (names) names.push(pod.name);
      else byDomain.set(domain, [pod.name]);
    }
    const shared = [...byDomain].filter(([, names]) => names.length > 1);
    const [domain, names] = shared.reduce<[string, string[]] | undefined>((a, b) => (!a || b[1].length > a[1].length ? b : a), undefined) ?? ['', []];
    if (shared.length === 0) return;
    findings.push({
      code: kind === 'node' ? 'placement/shared-node' : 'placement/shared-zone',
      severity: 'warning',
      message: shareMessage(kind, domain, names),
      path: ANTI_AFFINITY_PATH,
    });
  };
  if (preferred && levels.zone) checkShared('zone');
  else if (preferred) checkShared('node');

  if (levels.zone) {
    const labelledZones = new Set(nodes.filter((node) => node.hasZoneLabel).map((node) => node.zone));
    if (labelledZones.size < 2) {
      findings.push({
        code: 'placement/single-zone',
        severity: 'warning',
        message:
          labelledZones.size === 0
            ? 'Zone spread is asked for, but no node carries a zone label: the rule has nothing to spread over.'
            : `Zone spread is asked for, but the cluster has nodes in one zone only (${[...labelledZones].join('')}): a zone outage still takes the gateway down.`,
        path: ANTI_AFFINITY_PATH,
      });
    }
    const unlabelled = nodes.filter((node) => !node.hasZoneLabel);
    if (unlabelled.length > 0) {
      findings.push({
        code: 'placement/zone-label-missing',
        severity: 'warning',
        message:
          `${plural(unlabelled.length, 'node')} (${listNames(unlabelled.slice(0, 3).map((node) => node.name))}${unlabelled.length > 3 ? ', …' : ''}) ` +
          `${unlabelled.length === 1 ? 'has' : 'have'} no topology.kubernetes.io/zone label: zone anti-affinity does not see ${unlabelled.length === 1 ? 'it' : 'them'}, so pods there can share a zone unnoticed.`,
        path: ANTI_AFFINITY_PATH,
      });
    }
  }
  if (rollout?.stalled) {
    findings.push({
      code: 'placement/rollout-stalls',
      // The old pods keep serving while the rollout waits: a documented risk (kubernetes#116891), not a refusal.
      severity: 'warning',
      message:
        'A rolling update cannot progress: the new pods need a node (or zone) that no old pod has left, and no old pod may go first. ' +
        'Use a Preferred rule, or rollingMaxSurge "0" with rollingMaxUnavailable "1".',
      path: SCALAR_FIELDS.rollingMaxSurge.path,
    });
  }
  if (cluster.zones.every((zone) => zone.nodes.length === 0)) {
    // An error: with no node, no gateway pod can run in this cluster.
    findings.push({ code: 'placement/no-nodes', severity: 'error', message: 'The simulated cluster has no nodes.', path: [] });
  }
  return findings;
}

/** What the ECI placement reveals: `order` is the zones of the listed vSwitches, first listed first. */
export function eciFindings(order: readonly string[]): PlacementIssue[] {
  const findings: PlacementIssue[] = [];
  if (order.length < 2) {
    findings.push({
      code: 'placement/eci-one-zone',
      severity: 'warning',
      message: `Every vSwitch is in ${order[0] ?? 'the same zone'}: ECI can create gateway pods in that zone only, so a zone outage takes the gateway down.`,
      path: ['spec', 'podAnnotations', 'k8s.aliyun.com/eci-vswitch'],
    });
  }
  return findings;
}
