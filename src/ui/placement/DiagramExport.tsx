import { useState } from 'react';
import { diagramFileName } from '../../core';
import { selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { downloadDiagramPng, downloadDiagramSvg } from './exportDiagram';
import { DIAGRAM_ID } from './PlacementDiagram';

function diagram(): SVGSVGElement | null {
  const element = document.getElementById(DIAGRAM_ID);
  return element instanceof SVGSVGElement ? element : null;
}

export function DiagramExport() {
  // The name in the YAML may be anything (a pasted document is not checked before it is shown): the file name is the safe one.
  const name = useAppStore((state, store) => selectAnswers(state, store).name);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="button-row">
      <button
        type="button"
        onClick={() => {
          const svg = diagram();
          if (svg) downloadDiagramSvg(svg, diagramFileName({ name }, 'svg'));
        }}
      >
        Download diagram (SVG)
      </button>
      <button
        type="button"
        onClick={() => {
          const svg = diagram();
          if (svg) {
            downloadDiagramPng(svg, diagramFileName({ name }, 'png')).then(
              () => setProblem(null),
              (error: unknown) => setProblem(`The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`),
            );
          }
        }}
      >
        Download diagram (PNG)
      </button>
      {problem && (
        <p role="alert" className="note note-error">
          {problem}
        </p>
      )}
    </div>
  );
}
