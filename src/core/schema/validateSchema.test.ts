import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentFindings } from '../findings/documentFindings';
import { presetText } from '../gateway/presets';
import { parseYaml } from '../yaml/parse';
import { ISTIO_GATEWAY_SCHEMA, type JsonSchema } from './istioGateway.schema';
import { MAX_UNKNOWN_PER_MAP, validateSchema } from './validateSchema';

const check = (yaml: string): string[] =>
  validateSchema(parseDocument(yaml).toJS()).map((issue) => `${issue.severity} ${issue.path.join('.')}: ${issue.message}`);

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

  it('requires apiVersion, kind and metadata.name, and not spec or metadata (both omitempty in Go)', () => {
    expect(check('metadata: {}\n')).toEqual([
      'error apiVersion: apiVersion is required.',
      'error kind: kind is required.',
      'error metadata.name: metadata.name is required.',
    ]);
    expect(check('apiVersion: istio.alibabacloud.com/v1beta1\nkind: IstioGateway\nmetadata:\n  name: gw\n')).toEqual([]);
    // No metadata at all: the missing name is field/name-required's to report, at metadata.name; nothing at metadata.
    expect(check('apiVersion: istio.alibabacloud.com/v1beta1\nkind: IstioGateway\n')).toEqual([]);
  });

  it('reports a document without metadata once, as the missing name, and without spec not at all', () => {
    const found = documentFindings(parseYaml('apiVersion: istio.alibabacloud.com/v1beta1\nkind: IstioGateway\n').doc).map(
      (issue) => `${issue.code} ${issue.path.join('.')}`,
    );
    expect(found).toContain('field/name-required metadata.name');
    expect(found.filter((line) => line.startsWith('schema/'))).toEqual([]);
    expect(found.filter((line) => line.endsWith(' metadata') || line.endsWith(' spec'))).toEqual([]);
  });

  it('describes every spec field of the published Go type', () => {
    const spec = ISTIO_GATEWAY_SCHEMA.definitions?.spec?.properties ?? {};
    // reference/domain.md §1.2: the spec's own fields and the inlined basic configuration.
    const fields = [
      'gatewayType',
      'clusterIds',
      'overrides',
      'replicaCount',
      'autoscaleEnabled',
      'minReplicas',
      'maxReplicas',
      'serviceType',
      'loadBalancerClass',
      'loadBalancerIP',
      'externalTrafficPolicy',
      'serviceAnnotations',
      'serviceLabels',
      'podAnnotations',
      'podLabels',
      'sds',
      'resources',
      'env',
      'ports',
      'meshExpansionPorts',
      'nodeSelector',
      'applicationPorts',
      'requestedNetworkView',
      'affinity',
      'tolerations',
      'secretVolumes',
      'configVolumes',
      'rollingMaxSurge',
      'rollingMaxUnavailable',
      'cpu',
      'memory',
      'kernel',
      'compression',
      'runAsRoot',
      'lifecycle',
      'readinessProbe',
      'hostNetwork',
      'dnsPolicy',
      'autoCreateGatewayYaml',
      'disableContainerPortExposed',
    ];
    expect(Object.keys(spec).sort()).toEqual([...fields].sort());
    for (const field of fields)
      expect(spec[field]?.description ?? ISTIO_GATEWAY_SCHEMA.definitions?.[(spec[field]?.$ref ?? '').split('/').pop() ?? '']?.description, field).toBeTruthy();
  });

  it('accepts the status kubectl prints, and the k8s v0.30 fields claims, matchLabelKeys and mismatchLabelKeys', () => {
    const text =
      presetText('ack-node')
        .replace('  resources:\n    limits:', '  resources:\n    claims:\n    - name: gpu\n    limits:')
        .replace(
          '    resources:\n      requests:\n        cpu: 100m',
          '    resources:\n      claims:\n      - name: sds-claim\n      requests:\n        cpu: 100m',
        )
        .replace(
          '          topologyKey: kubernetes.io/hostname',
          '          matchLabelKeys:\n          - pod-template-hash\n          mismatchLabelKeys:\n          - tenant\n          topologyKey: kubernetes.io/hostname',
        ) + 'status:\n  Status: Running\n  GatewayAddress:\n  - 47.0.0.1\n  ClusterIdGatewayAddressMap:\n  - ipAddress: 47.0.0.1\n    clusterId: c1\n';
    expect(text).toContain('claims:\n    - name: gpu');
    expect(text).toContain('claims:\n      - name: sds-claim');
    expect(text).toContain('mismatchLabelKeys');
    expect(check(text)).toEqual([]);
    expect(ISTIO_GATEWAY_SCHEMA.properties?.status?.description).toMatch(/ASM/);
  });

  it('checks the shape of claims and of the label-key lists', () => {
    const text = presetText('ack-node')
      .replace('  resources:\n    limits:', '  resources:\n    claims:\n    - nam: gpu\n    limits:')
      .replace('          topologyKey: kubernetes.io/hostname', '          matchLabelKeys: pod-template-hash\n          topologyKey: kubernetes.io/hostname');
    expect(check(text)).toEqual([
      'error spec.resources.claims.0.name: spec.resources.claims[0].name is required.',
      'warning spec.resources.claims.0.nam: nam is not a field of spec.resources.claims[0] in the ASM API, so ASM ignores it. Did you mean name?',
      'error spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.0.podAffinityTerm.matchLabelKeys: ' +
        'spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.matchLabelKeys should be a list, not the string "pod-template-hash".',
    ]);
  });

  it('checks each override as the basic configuration it is, one shared definition', () => {
    const overrides =
      '  overrides:\n    c1:\n      replicaCnt: 3\n      minReplicas: "2"\n      serviceType: LoadBalancer\n      affinity:\n        podAntiAffinity: {}\n';
    expect(check(presetText('ack-node') + overrides)).toEqual([
      'warning spec.overrides.c1.replicaCnt: replicaCnt is not a field of spec.overrides.c1 in the ASM API, so ASM ignores it. Did you mean replicaCount?',
      'error spec.overrides.c1.minReplicas: spec.overrides.c1.minReplicas should be a whole number, not the string "2".',
    ]);
    // gatewayType, clusterIds and overrides belong to the spec only.
    expect(check(presetText('ack-node') + '  overrides:\n    c1:\n      clusterIds: [c1]\n')).toEqual([
      'warning spec.overrides.c1.clusterIds: clusterIds is not a field of spec.overrides.c1 in the ASM API, so ASM ignores it.',
    ]);
    expect(check(presetText('ack-node') + '  overrides: []\n')).toEqual(['error spec.overrides: spec.overrides should be a map of keys, not a list.']);
    const definitions = ISTIO_GATEWAY_SCHEMA.definitions ?? {};
    const overridesSchema = definitions.spec?.properties?.overrides;
    expect(overridesSchema?.additionalProperties).toEqual({ $ref: '#/definitions/basicConfiguration' });
    const basic = Object.keys(definitions.basicConfiguration?.properties ?? {});
    const own = ['gatewayType', 'clusterIds', 'overrides'];
    expect([...basic, ...own].sort()).toEqual(Object.keys(definitions.spec?.properties ?? {}).sort());
  });

  it('knows the kernel parameters and the compression settings of the Go type', () => {
    const kernel =
      '  kernel:\n    enabled: true\n    parameters:\n      net.core.somaxconn: "65535"\n      net.ipv4.ip_local_port_range: "1024 65000"\n      vm.swappiness: "0"\n';
    const compression =
      '  compression:\n    enabled: true\n    min_content_length: 1024\n    content_type: [application/json, text/html]\n' +
      '    disable_on_etag_header: false\n    remove_accept_encoding_header: true\n' +
      '    gzip:\n      memory_level: 5\n      compression_level: BEST_COMPRESSION\n      compression_strategy: DEFAULT_STRATEGY\n      window_bits: 12\n      chunk_size: 4096\n';
    expect(check(presetText('ack-node') + kernel + compression)).toEqual([]);
    const typos =
      presetText('ack-node') +
      '  kernel:\n    parameters:\n      net.core.somaxcon: "65535"\n      vm.swappiness: 10\n  compression:\n    minContentLength: 1024\n    gzip:\n      window_bits: "12"\n';
    expect(check(typos)).toEqual([
      'warning spec.kernel.parameters.net.core.somaxcon: net.core.somaxcon is not a field of spec.kernel.parameters in the ASM API, so ASM ignores it. Did you mean net.core.somaxconn?',
      'error spec.kernel.parameters.vm.swappiness: spec.kernel.parameters.vm.swappiness should be a string, not the number 10.',
      'warning spec.compression.minContentLength: minContentLength is not a field of spec.compression in the ASM API, so ASM ignores it. Did you mean min_content_length?',
      'error spec.compression.gzip.window_bits: spec.compression.gzip.window_bits should be a whole number, not the string "12".',
    ]);
  });

  it('describes every field, in the spec and below it', () => {
    const definitions = ISTIO_GATEWAY_SCHEMA.definitions ?? {};
    const described = (schema: JsonSchema): boolean =>
      Boolean(schema.description ?? (schema.$ref ? definitions[schema.$ref.split('/').pop() ?? '']?.description : undefined));
    const missing: string[] = [];
    const walk = (schema: JsonSchema, at: string): void => {
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (!described(property)) missing.push(`${at}.${name}`);
        walk(property, `${at}.${name}`);
      }
      if (schema.items) walk(schema.items, `${at}[]`);
      if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, `${at}.*`);
    };
    walk(ISTIO_GATEWAY_SCHEMA, '');
    for (const [name, definition] of Object.entries(definitions)) walk(definition, `#${name}`);
    expect(missing).toEqual([]);
  });
});

describe('a map full of unknown keys', () => {
  it('names the first keys and counts the rest in one finding', () => {
    const spec = Object.fromEntries(Array.from({ length: MAX_UNKNOWN_PER_MAP + 120 }, (_, i) => [`k${i}`, 1]));
    const issues = validateSchema({ apiVersion: 'istio.alibabacloud.com/v1beta1', kind: 'IstioGateway', metadata: { name: 'gw' }, spec });
    expect(issues.filter((issue) => issue.code === 'schema/unknown-field')).toHaveLength(MAX_UNKNOWN_PER_MAP);
    const more = issues.filter((issue) => issue.code === 'schema/unknown-fields-more');
    expect(more).toHaveLength(1);
    expect(more[0]?.message).toContain(`120 more keys of spec`);
    expect(more[0]?.path).toEqual(['spec', `k${MAX_UNKNOWN_PER_MAP}`]);
  });
});
