/**
 * Hostile or broken inputs: each must end in a diagnostic or a valid document, never an exception
 * or a frozen page. Generated rather than stored, so the large ones cost nothing in the repository.
 */
import { presetText } from '../core';

export interface CorpusEntry {
  readonly name: string;
  readonly text: string;
}

const gateway = presetText('ack-node');
const replaceIn = (from: string, to: string): string => gateway.replace(from, to);

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i += 1) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
  }
  return `${lines.join('\n')}\nspec: *i\n`;
}

function deepBlock(levels: number): string {
  return Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' deep\n';
}

export function hostileCorpus(): CorpusEntry[] {
  const ports = Array.from({ length: 10_000 }, (_, i) => `  - name: p${i}\n    port: ${1000 + (i % 60000)}\n    targetPort: ${1000 + (i % 60000)}`).join('\n');
  const wideSpec = Array.from({ length: 2_500 }, (_, i) => `  k${i}: 1\n`).join('');
  const wideFlow = Array.from({ length: 2_500 }, (_, i) => `l${i}: a`).join(', ');
  const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 131 + 7) % 256)).join('');
  return [
    { name: 'alias bomb', text: aliasBomb() },
    { name: '5 MB of text', text: `${gateway}\n# ${'x'.repeat(100)}\n`.repeat(Math.ceil(5_000_000 / (gateway.length + 104))) },
    { name: 'binary bytes', text: bytes },
    { name: 'NUL bytes in a value', text: replaceIn('name: ingressgateway-1', 'name: "gw\u0000\u0001"') },
    { name: '10,000 nested flow lists', text: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
    { name: '1,000 nested maps', text: deepBlock(1000) },
    { name: '200 nested maps (20 kB)', text: deepBlock(200) },
    { name: 'duplicate keys', text: `${gateway}spec:\n  minReplicas: 9\n` },
    { name: 'tab indentation', text: replaceIn('  minReplicas: 2', '\tminReplicas: 2') },
    {
      name: 'a 2,000-item list',
      text: replaceIn(
        '  clusterIds:\n  - "c954ee9df88f64f229591f0ea4c61****"',
        `  clusterIds:\n${Array.from({ length: 2_000 }, (_, i) => `  - c${i}`).join('\n')}`,
      ),
    },
    {
      name: 'a 10,000-item list',
      text: replaceIn(
        '  clusterIds:\n  - "c954ee9df88f64f229591f0ea4c61****"',
        `  clusterIds:\n${Array.from({ length: 10_000 }, (_, i) => `  - c${i}`).join('\n')}`,
      ),
    },
    { name: '2,500 keys in spec', text: replaceIn('spec:\n', `spec:\n${wideSpec}`) },
    { name: 'a 2,500-key flow map', text: replaceIn('spec:\n', `spec:\n  podLabels: {${wideFlow}}\n`) },
    { name: '10,000 ports', text: gateway.replace(/ {2}ports:\n( {2}- [\s\S]*?)\n {2}replicaCount/, `  ports:\n${ports}\n  replicaCount`) },
    { name: 'numbers where strings belong', text: replaceIn('name: ingressgateway-1', 'name: 12345').replace('rollingMaxSurge: "100%"', 'rollingMaxSurge: 1') },
    { name: 'strings where numbers belong', text: replaceIn('minReplicas: 2', 'minReplicas: "two"').replace('maxReplicas: 4', 'maxReplicas: four') },
    {
      name: '<script> in values',
      text: replaceIn('name: ingressgateway-1', 'name: "<script>alert(1)</script>"').replace(
        'namespace: istio-system',
        'namespace: <img src=x onerror=alert(1)>',
      ),
    },
    {
      name: 'a JSON document',
      text: JSON.stringify(
        { apiVersion: 'istio.alibabacloud.com/v1beta1', kind: 'IstioGateway', metadata: { name: 'json-gw' }, spec: { minReplicas: 2 } },
        null,
        2,
      ),
    },
    { name: 'several documents', text: `apiVersion: v1\nkind: Service\nmetadata:\n  name: other\n---\n${gateway}---\nkind: ConfigMap\n` },
    {
      name: 'the generated Deployment',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: istio-ingressgateway-1\n  namespace: istio-system\nspec:\n  replicas: 2\n',
    },
    { name: 'a wrong apiVersion', text: replaceIn('istio.alibabacloud.com/v1beta1', 'istio.alibabacloud.com/v1alpha1') },
    { name: 'empty', text: '' },
    { name: 'only comments', text: '# nothing here\n# at all\n' },
    { name: 'a list at the top', text: '- a\n- b\n' },
    { name: 'a scalar at the top', text: 'just a string\n' },
    { name: 'an unclosed quote', text: replaceIn('name: ingressgateway-1', 'name: "ingressgateway-1') },
    { name: 'an unclosed flow map', text: replaceIn('  cpu:\n    targetAverageUtilization: 80', '  cpu: {targetAverageUtilization: 80') },
    { name: 'huge numbers', text: replaceIn('minReplicas: 2', 'minReplicas: 99999999999999999999999').replace('maxReplicas: 4', 'maxReplicas: 1e308') },
    { name: 'a million replicas', text: replaceIn('maxReplicas: 4', 'maxReplicas: 1000000').replace('minReplicas: 2', 'minReplicas: 500000') },
    { name: 'negative numbers', text: replaceIn('minReplicas: 2', 'minReplicas: -5').replace('targetAverageUtilization: 80', 'targetAverageUtilization: -1') },
    { name: 'an empty spec', text: 'apiVersion: istio.alibabacloud.com/v1beta1\nkind: IstioGateway\nmetadata:\n  name: gw\nspec:\n' },
    { name: 'a byte-order mark and CRLF', text: `\uFEFF${gateway.replace(/\n/g, '\r\n')}` },
    { name: 'merge keys and anchors', text: `base: &base\n  minReplicas: 2\n${gateway.replace('spec:\n', 'spec:\n  <<: *base\n')}` },
    { name: 'custom tags', text: replaceIn('name: ingressgateway-1', 'name: !Ref GatewayName').replace('minReplicas: 2', 'minReplicas: !!binary aGVsbG8=') },
    { name: 'a 500 kB line', text: replaceIn('name: ingressgateway-1', `name: ${'a'.repeat(500_000)}`) },
  ];
}
