import { PLUGIN_WEIGHTS, type ScoreBreakdown as Breakdown, SCORE_PLUGINS } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ScrollBox } from '../common/ScrollBox';

/** How the scheduler scored one node for the last pod placed, plugin by plugin (as kube-scheduler-simulator shows it). */
export function ScoreBreakdown({ breakdown }: { breakdown: Breakdown }) {
  const selected = useAppStore((state) => state.diagram.scoresNode);
  const { showScoresFor } = useAppStore(selectActions);
  const chosen = breakdown.nodes.find((node) => node.chosen);
  const node = breakdown.nodes.find((candidate) => candidate.node === selected) ?? chosen ?? breakdown.nodes[0];
  if (!node) return null;
  return (
    <div className="score-breakdown">
      <label htmlFor="scores-node">Scores for node</label>
      <select id="scores-node" aria-describedby="scores-node-help" value={node.node} onChange={(event) => showScoresFor(event.target.value)}>
        {breakdown.nodes.map((candidate) => (
          <option key={candidate.node} value={candidate.node}>
            {candidate.node}
            {candidate.chosen ? ' (chosen)' : candidate.reasons.length > 0 ? ' (filtered out)' : ''}
          </option>
        ))}
      </select>
      <p id="scores-node-help" className="field-help">
        Choose a node to see how the scheduler filtered and scored it for the last pod it placed. (Activating a node in the diagram fails it.)
      </p>
      {node.reasons.length > 0 ? (
        <p>
          {node.node} was filtered out for {breakdown.pod}: {node.reasons.join('; ')}.
        </p>
      ) : (
        <ScrollBox label="Scores">
          <table className="scores">
            <caption>
              {node.node} for {breakdown.pod}, the last pod placed{node.chosen ? ' (chosen)' : ''}
              {breakdown.scored ? '' : ' — only this node passed the filters, so Kubernetes does not score'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Plugin</th>
                <th scope="col">Score</th>
                <th scope="col">Weight</th>
                <th scope="col">Weighted</th>
              </tr>
            </thead>
            <tbody>
              {SCORE_PLUGINS.map((plugin) => (
                <tr key={plugin}>
                  <th scope="row">
                    {plugin}
                    {plugin === 'InterPodAffinity' && breakdown.interPodAffinitySkipped ? ' (skipped: no matching pod yet)' : ''}
                  </th>
                  <td>{node.plugins?.[plugin] ?? 0}</td>
                  <td>×{PLUGIN_WEIGHTS[plugin]}</td>
                  <td>{(node.plugins?.[plugin] ?? 0) * PLUGIN_WEIGHTS[plugin]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Total{chosen && chosen !== node ? ` (chosen ${chosen.node}: ${chosen.total ?? 0})` : ''}
                </th>
                <td>{node.total}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollBox>
      )}
    </div>
  );
}
