import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AnswerChange } from '../gateway/answers';
import { applyAnswers } from '../gateway/applyAnswer';
import { presetText } from '../gateway/presets';
import { applyTextEdits, printChanges } from './print';
import { parseYaml } from './parse';

function edit(text: string, ...changes: AnswerChange[]): { text: string; exact: boolean } {
  const before = parseYaml(text).doc;
  const result = printChanges(text, before, applyAnswers(before, changes));
  if (!result.ok) throw new Error(result.message);
  return { text: result.text, exact: result.exact };
}

describe('printChanges writes minimal edits in awkward places', () => {
  it.each([
    ['an empty value', 'spec:\n  minReplicas:\n  maxReplicas: 4\n', 'spec:\n  minReplicas: 3\n  maxReplicas: 4\n'],
    ['an empty value with a comment', 'spec:\n  minReplicas: # set me\n  maxReplicas: 4\n', 'spec:\n  minReplicas: 3 # set me\n  maxReplicas: 4\n'],
    ['a tagged value', 'spec:\n  minReplicas: !!int "2"\n', 'spec:\n  minReplicas: !!int 3\n'],
  ])('%s', (_, source, expected) => {
    expect(edit(source, { field: 'minReplicas', value: 3 })).toEqual({ text: expected, exact: true });
  });

  it('appends after a last line that has no line break', () => {
    expect(edit('spec:\n  minReplicas: 2', { field: 'replicaCount', value: 3 })).toEqual({
      text: 'spec:\n  minReplicas: 2\n  replicaCount: 3\n',
      exact: true,
    });
  });

  it('keeps CRLF line endings, also in what it inserts', () => {
    const crlf = presetText('ack-node').replace(/\n/g, '\r\n');
    const zone = edit(crlf, { field: 'spreadLevel', value: 'zone' });
    expect(zone.exact).toBe(true);
    expect(zone.text).toContain('topologyKey: topology.kubernetes.io/zone # One pod per zone\r\n');
    const serverless = edit(crlf, { field: 'clusterType', value: 'ACKServerless' });
    expect(serverless.exact).toBe(true);
    expect(serverless.text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('inserts a key before the comment lines that introduce the next key', () => {
    const source = 'spec:\n  cpu:\n    targetAverageUtilization: 80\n    # cpu done\n  # Four pods at peak\n  maxReplicas: 4\n';
    expect(edit(source, { field: 'externalTrafficPolicy', value: 'Local' })).toEqual({
      text: 'spec:\n  cpu:\n    targetAverageUtilization: 80\n    # cpu done\n  externalTrafficPolicy: Local\n  # Four pods at peak\n  maxReplicas: 4\n',
      exact: true,
    });
  });

  it('keeps the comments after a removed anti-affinity block', () => {
    const source = [
      'spec:',
      '  affinity:',
      '    podAntiAffinity:',
      '      requiredDuringSchedulingIgnoredDuringExecution:',
      '      - topologyKey: kubernetes.io/hostname',
      '    # after anti',
      '  # before annotations',
      '  podAnnotations:',
      '    other: x',
      '',
    ].join('\n');
    const result = edit(source, { field: 'clusterType', value: 'ACKServerless' });
    expect(result.exact).toBe(true);
    expect(result.text).toBe(
      [
        'spec:',
        '  # after anti',
        '  # before annotations',
        '  podAnnotations:',
        '    other: x',
        '    k8s.aliyun.com/eci-vswitch: "vsw-bp1b07j0miob3khtn****,vsw-bp12b85hh323se8ft****" # vSwitch IDs in different zones',
        '    k8s.aliyun.com/eci-schedule-strategy: "VSwitchRandom" # Distribute pods randomly across zones',
        '',
      ].join('\n'),
    );
  });

  it('rewrites a subtree that uses an alias without throwing', () => {
    const source = 'metadata:\n  name: gw\nx: &m 256Mi\nspec:\n  resources: {requests: {cpu: 1, memory: *m}}\n';
    const result = edit(source, { field: 'limitsCpu', value: '2' });
    expect(parseDocument(result.text).toJS()).toMatchObject({ spec: { resources: { requests: { memory: '256Mi' }, limits: { cpu: '2' } } } });
  });

  it('reports a document that cannot be printed instead of throwing', () => {
    const before = parseYaml('a: &x 1\nb: *x\n').doc;
    const after = before.clone();
    after.delete('a');
    const result = printChanges('a: &x 1\nb: *x\n', before, after);
    expect(result.ok).toBe(false);
  });

  it('applies edits in order and refuses overlapping ones', () => {
    expect(
      applyTextEdits('abcdef', [
        { start: 4, end: 5, text: 'E' },
        { start: 1, end: 2, text: 'B' },
      ]),
    ).toBe('aBcdEf');
    expect(() =>
      applyTextEdits('abcdef', [
        { start: 1, end: 4, text: '' },
        { start: 2, end: 3, text: '' },
      ]),
    ).toThrow();
  });
});
