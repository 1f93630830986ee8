import { memo, useDeferredValue } from 'react';
import type { PlacementResult } from '../../core';
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

/**
 * Where the gateway pods land, what survives a failure, and why. It follows a keystroke in a render of its own,
 * after the field and the YAML have shown it: the diagram and the tables are the largest part of the page.
 */
export function PlacementPanel() {
  return <PlacementBody result={useDeferredValue(useAppStore(selectPlacement))} />;
}

const PlacementBody = memo(function PlacementBody({ result }: { readonly result: PlacementResult }) {
  return (
    <section className="placement" aria-labelledby="placement-heading">
      <h2 id="placement-heading" className="pane-title">
        Placement
      </h2>
      <Verdicts result={result} />
      <PlacementDiagram result={result} />
      <WhatIfControls replicas={result.replicas} />
      <PlacementFindings findings={result.findings} notes={result.notes} />
      <ClusterControls />
      <DiagramExport />
      {result.breakdown && <ScoreBreakdown breakdown={result.breakdown} />}
      <PlacementTable result={result} />
    </section>
  );
});
