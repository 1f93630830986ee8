import fc from 'fast-check';
import { assertProperty, PROPERTY_TEST_TIMEOUT_MS } from '../../testing/property';
import { describe, expect, it } from 'vitest';
import ackNodeSeed from './fixtures/ack-node-spread.yaml?raw';
import ackZoneSeed from './fixtures/ack-zone-spread.yaml?raw';
import serverlessSeed from './fixtures/serverless-eci-zones.yaml?raw';
import type { FieldChange, Answers } from './answers';
import { applyAnswer } from './applyAnswer';
import { presetText } from './presets';
import { readAnswers } from './readAnswers';
import { printChanges } from '../yaml/print';
import { parseYaml } from '../yaml/parse';

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,18}[a-z0-9]$/);
const id = (prefix: string): fc.Arbitrary<string> => fc.stringMatching(/^[a-z0-9]{4,12}$/).map((tail) => `${prefix}${tail}`);
const quantity = fc.constantFrom('100m', '200m', '1', '2', '2000m', '128Mi', '256Mi', '1Gi', '2G');
const rolling = fc.oneof(
  fc.integer({ min: 0, max: 4 }).map(String),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
);

/** Valid wizard changes, as the store would hand them to applyAnswer. */
function changeFor(answers: Answers): fc.Arbitrary<FieldChange> {
  const portChanges = fc.shuffledSubarray([...answers.ports]).chain((kept) =>
    fc.record({ extra: fc.integer({ min: 0, max: 2 }), port: fc.integer({ min: 1000, max: 2000 }) }).map(({ extra, port }): FieldChange => ({
      field: 'ports',
      value: [...kept, ...Array.from({ length: extra }, (_, n) => ({ name: `extra-${n}`, port: port + n, targetPort: port + n }))],
    })),
  );
  const quantityFields = ['requestsCpu', 'requestsMemory', 'limitsCpu', 'limitsMemory', 'sdsRequestsCpu', 'sdsLimitsMemory'] as const;
  return fc.oneof(
    label.map((value) => ({ field: 'name' as const, value })),
    fc.constantFrom('istio-system', 'gateways').map((value) => ({ field: 'namespace' as const, value })),
    fc.array(id('c'), { minLength: 1, maxLength: 3 }).map((value) => ({ field: 'clusterIds' as const, value })),
    fc.constantFrom('ACK' as const, 'ACKServerless' as const, 'ASMServerless' as const).map((value) => ({ field: 'clusterType' as const, value })),
    fc.constantFrom('istio.alibabacloud.com/v1beta1' as const, 'istio.alibabacloud.com/v1' as const).map((value) => ({ field: 'apiVersion' as const, value })),
    fc.constantFrom('asm' as const, 'own' as const).map((value) => ({ field: 'replicaOwner' as const, value })),
    fc.integer({ min: 1, max: 9 }).map((value) => ({ field: 'minReplicas' as const, value })),
    fc.integer({ min: 1, max: 9 }).map((value) => ({ field: 'maxReplicas' as const, value })),
    fc.integer({ min: 1, max: 9 }).map((value) => ({ field: 'replicaCount' as const, value })),
    fc.integer({ min: 1, max: 100 }).map((value) => ({ field: 'cpuTarget' as const, value })),
    fc.constantFrom('node' as const, 'zone' as const).map((value) => ({ field: 'spreadLevel' as const, value })),
    fc.constantFrom('preferred' as const, 'required' as const).map((value) => ({ field: 'rule' as const, value, weight: 50 })),
    fc.integer({ min: 1, max: 100 }).map((value) => ({ field: 'weight' as const, value })),
    fc.array(id('vsw-'), { minLength: 1, maxLength: 4 }).map((value) => ({ field: 'vSwitchIds' as const, value })),
    fc.constantFrom('VSwitchRandom' as const, 'VSwitchOrdered' as const).map((value) => ({ field: 'scheduleStrategy' as const, value })),
    fc.constantFrom('LoadBalancer' as const, 'NodePort' as const, 'ClusterIP' as const).map((value) => ({ field: 'serviceType' as const, value })),
    fc.constantFrom('Cluster' as const, 'Local' as const).map((value) => ({ field: 'externalTrafficPolicy' as const, value })),
    fc.boolean().map((value) => ({ field: 'sdsEnabled' as const, value })),
    fc.constantFrom(...quantityFields).chain((field) => quantity.map((value) => ({ field, value }) as FieldChange)),
    fc.constantFrom('rollingMaxSurge' as const, 'rollingMaxUnavailable' as const).chain((field) => rolling.map((value) => ({ field, value }))),
    portChanges,
  );
}

/** What the wizard should read back after writing `change` (undefined: the change does not apply to this document). */
function expectedReadBack(change: FieldChange, before: Answers): Partial<Answers> | undefined {
  switch (change.field) {
    case 'clusterType':
      return { clusterType: change.value };
    case 'spreadLevel':
      return before.clusterType === 'ACK' ? { spreadLevel: change.value } : undefined;
    case 'weight':
      return before.clusterType === 'ACK' && before.rule !== 'required' ? { weight: change.value } : undefined;
    case 'rule':
      return before.clusterType === 'ACK' ? { rule: change.value } : undefined;
    case 'vSwitchIds':
    case 'scheduleStrategy':
      return before.clusterType === 'ACKServerless' ? { [change.field]: change.value } : undefined;
    case 'ports':
      return { ports: change.value.map((port, origin) => ({ name: port.name, port: port.port, targetPort: port.targetPort, origin })) };
    default:
      return { [change.field]: change.value };
  }
}

const commentedUserYaml = [
  '# edge gateway',
  'apiVersion: istio.alibabacloud.com/v1beta1',
  'kind: IstioGateway',
  'metadata:',
  '  name: edge # entry',
  'spec:',
  '  clusterIds: ["c0123456789abcdef0123456789abcdef"]',
  '  tolerations:',
  '    - {key: dedicated, operator: Equal, value: gateway, effect: NoSchedule}',
  '  ports:',
  '    - name: http # plain',
  '      protocol: TCP',
  '      port: 80',
  '      targetPort: 8080',
  '',
  '  # the end',
  '  serviceType: LoadBalancer',
  '',
].join('\n');

describe('random wizard edits always print exactly and read back (fast-check)', () => {
  it.each([
    ['the node-spread seed text', ackNodeSeed],
    ['the zone-spread seed text', ackZoneSeed],
    ['the ECI seed text', serverlessSeed],
    ['the generated ECI preset', presetText('serverless-eci')],
    ['a commented user YAML', commentedUserYaml],
  ])(
    '%s',
    (_, start) => {
      const startAnswers = readAnswers(parseYaml(start).doc);
      assertProperty(
        fc.property(fc.array(changeFor(startAnswers), { minLength: 1, maxLength: 8 }), (changes) => {
          let text = start;
          for (const change of changes) {
            const before = parseYaml(text).doc;
            const answersBefore = readAnswers(before);
            if (change.field === 'ports') {
              const current = readAnswers(before).ports;
              // Only keep origins that exist in this document.
              change.value.forEach((port) => {
                if (port.origin !== undefined && port.origin >= current.length) Object.assign(port, { origin: undefined });
              });
            }
            const after = applyAnswer(before, change);
            const printed = printChanges(text, before, after);
            if (!printed.ok) throw new Error(printed.message);
            expect(printed.exact, `not exact after ${JSON.stringify(change)} on:\n${text}`).toBe(true);
            text = printed.text;
            const expected = expectedReadBack(change, answersBefore);
            if (expected) expect(readAnswers(parseYaml(text).doc)).toMatchObject(expected);
          }
          expect(text).toMatch(/^apiVersion: istio\.alibabacloud\.com\/v1(beta1)?$/m);
        }),
        100,
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});
