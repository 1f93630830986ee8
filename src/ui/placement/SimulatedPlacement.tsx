import { memo, useDeferredValue } from 'react';
import { selectPlacement } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ClusterControls } from './ClusterControls';
import { DiagramExport } from './DiagramExport';
import { PlacementDiagram } from './PlacementDiagram';
import { PlacementFindings } from './PlacementFindings';
import { PlacementTable } from './PlacementTable';
import { ScoreBreakdown } from './ScoreBreakdown';
import { Verdicts } from './Verdicts';
import { WhatIfControls } from './WhatIfControls';

// The diagram and the tables are the largest part of the page: they follow a change in a deferred render of their
// own (memoised, so the urgent render passes them by), after the field and the YAML have shown it.
const DeferredVerdicts = memo(Verdicts);
const DeferredDiagram = memo(PlacementDiagram);
const DeferredFindings = memo(PlacementFindings);
const DeferredScores = memo(ScoreBreakdown);
const DeferredTable = memo(PlacementTable);

/** The simulated cluster's placement: the what-ifs first (they are the page's experiments), then what they show. */
export function SimulatedPlacement() {
  const live = useAppStore(selectPlacement);
  const result = useDeferredValue(live);
  return (
    <section className="placement" aria-labelledby="placement-heading">
      <h2 id="placement-heading" className="pane-title">
        Placement
      </h2>
      {/* A control shows the value it was just given: a slider handed the deferred value would snap back. */}
      <WhatIfControls replicas={live.replicas} />
      <DeferredVerdicts result={result} />
      <DeferredDiagram result={result} />
      <DeferredFindings findings={result.findings} notes={result.notes} />
      <ClusterControls />
      <DiagramExport />
      {result.breakdown && <DeferredScores breakdown={result.breakdown} />}
      <DeferredTable result={result} />
    </section>
  );
}
