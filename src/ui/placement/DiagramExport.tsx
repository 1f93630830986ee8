import { useState } from 'react';
import { selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { downloadDiagramPng, downloadDiagramSvg } from './exportDiagram';
import { DIAGRAM_ID } from './PlacementDiagram';

function diagram(): SVGSVGElement | null {
  const element = document.getElementById(DIAGRAM_ID);
  return element instanceof SVGSVGElement ? element : null;
}

export function DiagramExport() {
  const name = useAppStore((state) => selectAnswers(state).name) ?? 'istio-gateway';
  const [problem, setProblem] = useState<string | null>(null);
  const base = `${name}-placement`;
  return (
    <div className="button-row">
      <button
        type="button"
        onClick={() => {
          const svg = diagram();
          if (svg) downloadDiagramSvg(svg, `${base}.svg`);
        }}
      >
        Download diagram (SVG)
      </button>
      <button
        type="button"
        onClick={() => {
          const svg = diagram();
          if (svg) {
            downloadDiagramPng(svg, `${base}.png`).then(
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
