import type { PlacementResult, Verdict, VerdictBasis } from '../../core';

/** What a Yes rests on: a rule keeps it so, a rule prefers it, or it only happened in this simulation. */
const BASIS_WORDS: Readonly<Record<VerdictBasis, (level: string) => string>> = {
  rule: (level) => `Guaranteed: a Required rule keeps the pods on different ${level}s`,
  preference: (level) => `Preferred, not guaranteed: the rule asks for different ${level}s, and the scheduler may still put pods together`,
  chance: (level) => `Only as simulated: no rule spreads the pods over ${level}s, so nothing promises it`,
};

function VerdictLine({ label, level, verdict }: { label: string; level: 'node' | 'zone'; verdict: Verdict }) {
  const answer = `${verdict.ok ? 'Yes' : 'No'}${verdict.certainty === 'likely' ? ' (likely)' : ''}`;
  return (
    <li className={verdict.ok ? 'verdict verdict-ok' : 'verdict verdict-bad'}>
      <strong>
        {label}: {answer}
      </strong>
      <span className="verdict-detail">{verdict.detail.replace(/^(Yes|No)[^:]*: /, '')}</span>
      {verdict.ok && verdict.basis && <span className={`verdict-basis verdict-basis-${verdict.basis}`}>{BASIS_WORDS[verdict.basis](level)}.</span>}
    </li>
  );
}

/** The three questions a gateway owner asks, answered from the healthy placement. */
export function Verdicts({ result }: { result: PlacementResult }) {
  const pending = result.pods.filter((pod) => pod.status === 'Pending');
  return (
    <div className="verdicts-block">
      <p className="field-help">
        With every node up, {result.replicas} {result.replicas === 1 ? 'replica' : 'replicas'} placed:
      </p>
      <ul className="verdicts" aria-label="Verdicts">
        <VerdictLine label="Survives losing any one node" level="node" verdict={result.verdicts.node} />
        <VerdictLine label="Survives losing any one zone" level="zone" verdict={result.verdicts.zone} />
        <li className={pending.length === 0 ? 'verdict verdict-ok' : 'verdict verdict-bad'}>
          <strong>Pending pods: {result.verdicts.pending.count}</strong>
          {pending.length > 0 && (
            <ul className="verdict-detail">
              {pending.slice(0, 10).map((pod) => (
                <li key={pod.name}>
                  {pod.name}: {pod.reason}
                </li>
              ))}
              {pending.length > 10 && <li>… and {pending.length - 10} more.</li>}
            </ul>
          )}
        </li>
      </ul>
      {result.failure && <p className={result.failure.stayedUp ? 'what-if-result' : 'what-if-result what-if-bad'}>{result.failure.detail}</p>}
      {result.rollout && <p className={result.rollout.stalled ? 'what-if-result what-if-bad' : 'what-if-result'}>{result.rollout.detail}</p>}
    </div>
  );
}
