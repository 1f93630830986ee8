/**
 * ha/eci-annotations-on-ack — ECI annotations on an ACK gateway.
 * Why: k8s.aliyun.com/eci-* pod annotations apply only to pods scheduled to virtual nodes, as ECI
 * pods (domain.md §2.1); on ACK's own nodes they do nothing, and suggest a spread that is not there.
 * Mistake: ECI annotations (other than the vSwitch and strategy ones, which make the document
 * read as ACK Serverless) on an ACK gateway. Fix: remove them.
 */
import { isMap, isScalar } from 'yaml';
import { nodeAt } from '../../gateway/docEdit';
import { documentRule, finding, fix } from '../rule';

export const eciAnnotationsOnAck = documentRule({
  id: 'ha/eci-annotations-on-ack',
  codes: {
    'ha/eci-annotations-on-ack': {},
  },
  check: ({ doc, answers }) => {
    if (answers.clusterType !== 'ACK') return [];
    const annotations = nodeAt(doc, ['spec', 'podAnnotations']);
    if (!isMap(annotations)) return [];
    const eci = annotations.items.flatMap((pair) => {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      return typeof key === 'string' && key.startsWith('k8s.aliyun.com/eci-') ? [key] : [];
    });
    if (eci.length === 0) return [];
    return [
      finding(
        'ha/eci-annotations-on-ack',
        'warning',
        `${eci.join(', ')} ${eci.length === 1 ? 'applies' : 'apply'} only to ECI pods on virtual nodes; on ACK’s own nodes ${eci.length === 1 ? 'it does' : 'they do'} nothing.`,
        ['spec', 'podAnnotations', eci[0] ?? ''],
        [fix('Remove the ECI annotations', { field: 'removeEciAnnotations' })],
      ),
    ];
  },
});
