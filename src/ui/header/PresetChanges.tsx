import { useState } from 'react';
import { MAX_LISTED_CHANGES } from '../../core';
import { selectBasis, selectChanges } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

/** The lines the YAML changed from the preset (or the file) it departs from, listed when opened. */
function ChangedLines() {
  const lines = useAppStore(selectChanges);
  if (!lines) return <p className="field-help">More than {MAX_LISTED_CHANGES} lines differ: this is another document rather than an edit.</p>;
  return (
    <pre className="preset-changes" role="region" aria-label="Changed lines" tabIndex={0}>
      {lines.map((line, i) => (
        <span key={i} className={`change-${line.kind}`}>
          {`${line.kind === 'removed' ? '−' : line.kind === 'added' ? '+' : ' '} ${String(line.line).padStart(3)}  ${line.text}\n`}
        </span>
      ))}
    </pre>
  );
}

/** “Show changes”: what differs from the preset or the imported file, while the YAML departs from it. */
export function PresetChanges() {
  const basis = useAppStore(selectBasis);
  // The lines are worked out and laid out only while the list is open.
  const [open, setOpen] = useState(false);
  if (basis.unchanged) return null;
  return (
    <details className="preset-diff" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show changes from {basis.from}</summary>
      {open && <ChangedLines />}
    </details>
  );
}
