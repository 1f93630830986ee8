import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

const HEADLINES = {
  invalid: 'The YAML does not parse',
  other: 'This is not an IstioGateway',
  empty: 'The YAML is empty',
} as const;

/** Why the form cannot follow the text right now, with a way to the problem; and notes about the text. */
export function TextBanner() {
  const status = useAppStore((state) => state.status);
  const issues = useAppStore((state) => state.textIssues);
  const { revealInEditor } = useAppStore(selectActions);
  const first = issues.find((issue) => issue.severity === 'error');
  const notes = issues.filter((issue) => issue.severity !== 'error');
  return (
    <>
      {status !== 'gateway' && (
        <section className="banner banner-error" aria-label="Problem with the YAML">
          {/* Only the headline is announced: it changes when the status does, not on every keystroke. */}
          <p role="alert">
            <strong>{HEADLINES[status]}</strong>
          </p>
          {first && <p>{first.message}</p>}
          <p>The form shows the last valid values and is read-only until the YAML is fixed. Nothing you typed is lost.</p>
          {first?.span && (
            <button type="button" onClick={() => first.span && revealInEditor(first.span)}>
              Go to line {first.span.line} in the editor
            </button>
          )}
        </section>
      )}
      {notes.length > 0 && (
        <ul className="banner banner-note" aria-label="About this YAML">
          {notes.slice(0, 3).map((issue) => (
            <li key={`${issue.code}${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      )}
    </>
  );
}
