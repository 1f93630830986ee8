import type { GatewayFix, Issue } from '../../core';
import { FieldMessages } from '../common/FieldMessages';

/** What the placement reveals (the same Issue data the findings list shows), and what the model cannot promise. */
export function PlacementFindings({ findings, notes }: { findings: readonly Issue<GatewayFix>[]; notes: readonly string[] }) {
  return (
    <div className="placement-findings">
      {findings.length > 0 && <FieldMessages id="placement-findings" issues={findings} />}
      <ul className="notes" aria-label="About this simulation">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
