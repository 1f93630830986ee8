import { describe, expect, it } from 'vitest';
import { editPortRows, editTextField, editVSwitchRows, splitList } from './formEdit';
import { formatTextField, portRows } from '../gateway/formValues';
import { presetText } from '../gateway/presets';
import { readAnswers } from '../gateway/readAnswers';
import { parseYaml } from '../yaml/parse';

const nodeDoc = parseYaml(presetText('ack-node')).doc;
const serverlessDoc = parseYaml(presetText('serverless-eci')).doc;

describe('form edits: a valid value becomes a change, an invalid one stays out of the YAML', () => {
  it('parses whole numbers', () => {
    expect(editTextField(nodeDoc, 'minReplicas', ' 3 ')).toEqual({ ok: true, change: { field: 'minReplicas', value: 3 } });
    const refused = editTextField(nodeDoc, 'minReplicas', '2.5');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0]?.message).toBe('2.5 is not a whole number.');
  });

  it('refuses a maximum below the minimum, explaining with both values', () => {
    const refused = editTextField(nodeDoc, 'maxReplicas', '1');
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.issues.map((issue) => issue.message)).toEqual(['Minimum replicas (2) is more than maximum replicas (1); the autoscaler rejects this.']);
  });

  it('lets a warning through (placeholder IDs are allowed with a warning)', () => {
    expect(editTextField(nodeDoc, 'clusterIds', 'cabc****, cdef').ok).toBe(true);
  });

  it('splits cluster IDs on commas and newlines', () => {
    expect(splitList('a, b\nc,,\n')).toEqual(['a', 'b', 'c']);
  });

  it('keeps an empty vSwitch row as a draft with a message on that row', () => {
    const refused = editVSwitchRows(serverlessDoc, ['vsw-abc', '']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0]?.path).toEqual(['spec', 'podAnnotations', 'k8s.aliyun.com/eci-vswitch', 1]);
    expect(editVSwitchRows(serverlessDoc, ['vsw-abc', ' vsw-def '])).toEqual({
      ok: true,
      change: { field: 'vSwitchIds', value: ['vsw-abc', 'vsw-def'] },
    });
  });

  it('parses port rows, keeping each row’s origin', () => {
    const http2 = portRows(readAnswers(nodeDoc))[1];
    expect(http2).toEqual({ name: 'http2', port: '80', targetPort: '80', origin: 1 });
    if (!http2) return;
    const edited = editPortRows(nodeDoc, [{ ...http2, port: '8080' }]);
    expect(edited).toEqual({
      ok: true,
      change: { field: 'ports', value: [{ name: 'http2', port: 8080, targetPort: 80, origin: 1 }] },
    });
    const refused = editPortRows(nodeDoc, [{ name: 'x', port: 'eighty', targetPort: '' }]);
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.path.join('.'))).toEqual(['spec.ports.0.port']);
    // An empty target port is none: Kubernetes sends traffic to the port itself.
    expect(editPortRows(nodeDoc, [{ name: 'x', port: '80', targetPort: '' }])).toEqual({
      ok: true,
      change: { field: 'ports', value: [{ name: 'x', port: 80, targetPort: undefined }] },
    });
  });

  it('formats the document’s values for the form', () => {
    const answers = readAnswers(nodeDoc);
    expect(formatTextField(answers, 'minReplicas')).toBe('2');
    expect(formatTextField(answers, 'clusterIds')).toBe('c954ee9df88f64f229591f0ea4c61****');
    expect(formatTextField(answers, 'limitsCpu')).toBe('2');
  });
});
