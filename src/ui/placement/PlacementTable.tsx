import type { PlacementResult, SimPod } from '../../core';
import { ScrollBox } from '../common/ScrollBox';

function detailOf(pod: SimPod): string {
  return [
    pod.replaces ? `replaces ${pod.replaces}` : '',
    pod.role === 'surge' ? 'new pod of the rolling update' : '',
    pod.tie ? `tie among ${pod.tie.among} nodes (Kubernetes picks one at random)` : '',
    pod.reason ?? '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** Rows drawn at most; the rest are counted (the simulation may place a thousand pods). */
const MAX_ROWS = 100;

/** The diagram's data as a table, for screen readers and copying. */
export function PlacementTable({ result }: { result: PlacementResult }) {
  const rows = result.pods.slice(0, MAX_ROWS);
  return (
    <ScrollBox label="Placement table">
      <table className="placement-table" aria-label="Placement table">
        <thead>
          <tr>
            <th scope="col">Pod</th>
            <th scope="col">Node</th>
            <th scope="col">Zone</th>
            <th scope="col">Status</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((pod) => (
            <tr key={pod.name}>
              <th scope="row">{pod.name}</th>
              <td>{pod.node ?? '—'}</td>
              <td>{pod.zone ?? '—'}</td>
              <td>{pod.status}</td>
              <td>{detailOf(pod)}</td>
            </tr>
          ))}
        </tbody>
        {result.pods.length > rows.length && (
          <tfoot>
            <tr>
              <td colSpan={5}>
                … and {result.pods.length - rows.length} more pods ({result.pods.filter((pod) => pod.status === 'Pending').length} Pending in all).
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollBox>
  );
}
