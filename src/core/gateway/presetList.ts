// The presets' answers, with their names (presetNames.ts, which the Preset select shows); their texts are written in
// presets.ts.
import { type FieldChange, DEFAULT_ECI } from './answers';
import { PRESET_NAMES, type PresetId, type PresetName } from './presetNames';

export type { PresetId } from './presetNames';

export interface Preset extends PresetName {
  readonly changes: readonly FieldChange[];
}

/** Everything the three seed examples share (HA-doc): 2–4 replicas at 80 % CPU, Local traffic, the four ports. */
function common(name: string): FieldChange[] {
  return [
    { field: 'name', value: name },
    { field: 'namespace', value: 'istio-system' },
    { field: 'clusterIds', value: ['c954ee9df88f64f229591f0ea4c61****'] },
    { field: 'cpuTarget', value: 80 },
    { field: 'externalTrafficPolicy', value: 'Local' },
    { field: 'maxReplicas', value: 4 },
    { field: 'minReplicas', value: 2 },
    {
      field: 'ports',
      value: [
        { name: 'status-port', port: 15020, targetPort: 15020 },
        { name: 'http2', port: 80, targetPort: 80 },
        { name: 'https', port: 443, targetPort: 80 },
        { name: 'tls', port: 15443, targetPort: 15443 },
      ],
    },
    { field: 'replicaCount', value: 1 },
    { field: 'limitsCpu', value: '2' },
    { field: 'limitsMemory', value: '2G' },
    { field: 'requestsCpu', value: '200m' },
    { field: 'requestsMemory', value: '256Mi' },
    { field: 'sdsEnabled', value: true },
    { field: 'sdsRequestsCpu', value: '100m' },
    { field: 'sdsRequestsMemory', value: '128Mi' },
    { field: 'sdsLimitsCpu', value: '2000m' },
    { field: 'sdsLimitsMemory', value: '1024Mi' },
    { field: 'serviceType', value: 'LoadBalancer' },
    { field: 'rollingMaxSurge', value: '100%' },
    { field: 'rollingMaxUnavailable', value: '25%' },
  ];
}

/** What each preset answers. */
const CHANGES: Readonly<Record<PresetId, readonly FieldChange[]>> = {
  'ack-node': [...common('ingressgateway-1'), { field: 'clusterType', value: 'ACK', spread: { level: 'node', rule: 'preferred', weight: 100 } }],
  'ack-zone': [...common('ingressgateway-1'), { field: 'clusterType', value: 'ACK', spread: { level: 'zone', rule: 'preferred', weight: 100 } }],
  'serverless-eci': [...common('ingressgateway'), { field: 'clusterType', value: 'ACKServerless', eci: DEFAULT_ECI }],
};

/** The three examples of the ASM HA document, in its order, with their answers. */
export const PRESETS: readonly Preset[] = PRESET_NAMES.map((name) => ({ ...name, changes: CHANGES[name.id] }));

export const DEFAULT_PRESET: PresetId = 'ack-node';

export function presetById(id: PresetId): Preset {
  const preset = PRESETS.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`unknown preset ${id}`);
  return preset;
}
