import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { presetText } from '../gateway/presets';
import { ISTIO_GATEWAY_SCHEMA } from './istioGateway.schema';
import { validateSchema } from './validateSchema';

const check = (yaml: string): string[] => validateSchema(parseDocument(yaml).toJS()).map((issue) => `${issue.severity} ${issue.path.join('.')}: ${issue.message}`);

describe('the IstioGateway schema and its validator', () => {
  it('accepts the three presets', () => {
    for (const preset of ['ack-node', 'ack-zone', 'serverless-eci'] as const) expect(check(presetText(preset))).toEqual([]);
  });

  it('says which type a field should have, in plain words', () => {
    const text = presetText('ack-node').replace('minReplicas: 2', 'minReplicas: "2"').replace('rollingMaxSurge: "100%"', 'rollingMaxSurge: 1');
    expect(check(text)).toEqual([
      'error spec.minReplicas: spec.minReplicas should be a whole number, not the string "2".',
      'error spec.rollingMaxSurge: spec.rollingMaxSurge should be a string, not the number 1.',
    ]);
  });

  it('lists the allowed values of an enum', () => {
    expect(check(presetText('ack-node').replace('serviceType: LoadBalancer', 'serviceType: Loadbalancer'))).toEqual([
      'error spec.serviceType: spec.serviceType must be one of ClusterIP, NodePort, LoadBalancer; it is the string "Loadbalancer".',
    ]);
  });

  it('flags unknown fields, suggesting the field that was probably meant', () => {
    expect(check(presetText('ack-node').replace('minReplicas: 2', 'minReplica: 2'))).toEqual([
      'warning spec.minReplica: minReplica is not a field of spec in the ASM API, so ASM ignores it. Did you mean minReplicas?',
    ]);
  });

  it('requires apiVersion, kind, metadata.name and spec', () => {
    expect(check('metadata: {}\n')).toEqual([
      'error apiVersion: apiVersion is required.',
      'error kind: kind is required.',
      'error spec: spec is required.',
      'error metadata.name: metadata.name is required.',
    ]);
  });

  it('describes every spec field of the published Go type', () => {
    const spec = ISTIO_GATEWAY_SCHEMA.definitions?.spec?.properties ?? {};
    // reference/domain.md §1.2: the spec's own fields and the inlined basic configuration.
    const fields = [
      'gatewayType', 'clusterIds', 'overrides', 'replicaCount', 'autoscaleEnabled', 'minReplicas', 'maxReplicas', 'serviceType',
      'loadBalancerClass', 'loadBalancerIP', 'externalTrafficPolicy', 'serviceAnnotations', 'serviceLabels', 'podAnnotations',
      'podLabels', 'sds', 'resources', 'env', 'ports', 'meshExpansionPorts', 'nodeSelector', 'applicationPorts', 'requestedNetworkView',
      'affinity', 'tolerations', 'secretVolumes', 'configVolumes', 'rollingMaxSurge', 'rollingMaxUnavailable', 'cpu', 'memory', 'kernel',
      'compression', 'runAsRoot', 'lifecycle', 'readinessProbe', 'hostNetwork', 'dnsPolicy', 'autoCreateGatewayYaml', 'disableContainerPortExposed',
    ];
    expect(Object.keys(spec).sort()).toEqual([...fields].sort());
    for (const field of fields) expect(spec[field]?.description ?? ISTIO_GATEWAY_SCHEMA.definitions?.[(spec[field]?.$ref ?? '').split('/').pop() ?? '']?.description, field).toBeTruthy();
  });
});
