import { memo, useDeferredValue } from 'react';
import { selectAnswers, selectPlacement } from '../../state/selectors';
import { AsmManagedPlacement } from './AsmManagedPlacement';
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

/** Where the gateway pods land, what survives a failure, and why; for a gateway ASM runs itself, that it does. */
export function PlacementPanel() {
  const asmManaged = useAppStore((state) => selectAnswers(state).clusterType === 'ASMServerless');
  return asmManaged ? <AsmManagedPlacement /> : <SimulatedPlacement />;
}

function SimulatedPlacement() {
  const live = useAppStore(selectPlacement);
  const result = useDeferredValue(live);
  return (
    <section className="placement" aria-labelledby="placement-heading">
      <h2 id="placement-heading" className="pane-title">
        Placement
      </h2>
      <DeferredVerdicts result={result} />
      <DeferredDiagram result={result} />
      {/* A control shows the value it was just given: a slider handed the deferred value would snap back. */}
      <WhatIfControls replicas={live.replicas} />
      <DeferredFindings findings={result.findings} notes={result.notes} />
      <ClusterControls />
      <DiagramExport />
      {result.breakdown && <DeferredScores breakdown={result.breakdown} />}
      <DeferredTable result={result} />
    </section>
  );
}
