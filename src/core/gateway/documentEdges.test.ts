import { describe, expect, it } from 'vitest';
import type { AnswerChange } from './answers';
import { applyAnswers, tryApplyAnswer } from './applyAnswer';
import { fieldPaths } from './fieldPaths';
import { readAnswers } from './readAnswers';
import { answerFindings } from '../findings/answerFindings';
import { printChanges } from '../yaml/print';
import { parseYaml } from '../yaml/parse';

function edit(text: string, ...changes: AnswerChange[]): string {
  const before = parseYaml(text).doc;
  const result = printChanges(text, before, applyAnswers(before, changes));
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe('applyAnswer on documents unlike the presets', () => {
  it('the selector written while the gateway had no name follows the name once it is set', () => {
    const zone = edit('spec:\n  minReplicas: 2\n', { field: 'spreadLevel', value: 'zone' });
    expect(zone).toContain('- istio-\n');
    expect(edit(zone, { field: 'name', value: 'gw' })).toContain('- istio-gw\n');
  });

  it('gives a term without a label selector the gateway’s own selector', () => {
    const text = [
      'metadata:',
      '  name: gw',
      'spec:',
      '  affinity:',
      '    podAntiAffinity:',
      '      preferredDuringSchedulingIgnoredDuringExecution:',
      '      - weight: 10',
      '',
    ].join('\n');
    const zone = parseYaml(edit(text, { field: 'spreadLevel', value: 'zone' })).doc;
    expect(zone.toJS()).toMatchObject({
      spec: {
        affinity: {
          podAntiAffinity: {
            preferredDuringSchedulingIgnoredDuringExecution: [
              {
                weight: 10,
                podAffinityTerm: {
                  labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['istio-gw'] }] },
                  topologyKey: 'topology.kubernetes.io/zone',
                },
              },
            ],
          },
        },
      },
    });
  });

  it('reads values through YAML aliases', () => {
    const answers = readAnswers(parseYaml('spec:\n  minReplicas: &n 2\n  maxReplicas: *n\n').doc);
    expect([answers.minReplicas, answers.maxReplicas]).toEqual([2, 2]);
  });

  it('refuses to write through an alias or into an anchored node, saying why', () => {
    const doc = parseYaml('x: &r {requests: {cpu: 100m}, limits: {cpu: 2}}\nspec:\n  sds:\n    resources: *r\n  minReplicas: &n 2\n  maxReplicas: *n\n').doc;
    const throughAlias = tryApplyAnswer(doc, { field: 'sdsRequestsCpu', value: '200m' });
    expect(throughAlias).toEqual({ ok: false, message: 'spec.sds.resources is a YAML alias (*r); edit it in the YAML.' });
    const anchored = tryApplyAnswer(doc, { field: 'minReplicas', value: 3 });
    expect(anchored).toEqual({ ok: false, message: 'spec.minReplicas is shared through the YAML anchor &n; edit it in the YAML.' });
  });

  it('refuses to delete an anchor that an alias still uses', () => {
    const doc = parseYaml('spec:\n  podAnnotations:\n    k8s.aliyun.com/eci-vswitch: &vs "vsw-a,vsw-b"\n  podLabels:\n    sw: *vs\n').doc;
    expect(tryApplyAnswer(doc, { field: 'clusterType', value: 'ACK' }).ok).toBe(false);
  });

  it('quotes strings that YAML 1.1 readers (Kubernetes) take for booleans', () => {
    expect(edit('metadata:\n  name: gw\n', { field: 'name', value: 'no' })).toBe('metadata:\n  name: "no"\n');
    expect(edit('metadata:\n  name: gw\n', { field: 'namespace', value: 'on' })).toBe('metadata:\n  name: gw\n  namespace: "on"\n');
  });

  it('drops the generated ECI header when other pod annotations stay', () => {
    const text = [
      'spec:',
      '  # --- ECI zone distribution annotations ---',
      '  podAnnotations:',
      '    k8s.aliyun.com/eci-vswitch: "vsw-a"',
      '    sidecar.istio.io/inject: "false"',
      '',
    ].join('\n');
    const ack = edit(text, { field: 'clusterType', value: 'ACK' });
    expect(ack).not.toContain('ECI zone distribution');
    expect(ack).toContain('  podAnnotations:\n    sidecar.istio.io/inject: "false"\n');
  });

  it('checks the weight whenever it will be written (no rule yet counts as Preferred)', () => {
    const doc = parseYaml('metadata:\n  name: gw\nspec:\n  clusterIds: [c1]\n  ports: [{name: http, port: 80, targetPort: 80}]\n').doc;
    const answers = { ...readAnswers(doc), weight: 500 };
    expect(answerFindings(answers, fieldPaths(doc)).map((issue) => issue.code)).toContain('ha/weight-range');
  });
});
