import { useAppStore } from '../../state/StoreProvider';

/** While the YAML does not parse, the form shows the last valid values and is read-only. */
export function SyntaxBanner() {
  const first = useAppStore((state) => state.syntaxIssues[0]);
  const count = useAppStore((state) => state.syntaxIssues.length);
  if (!first) return null;
  return (
    <div role="alert" className="banner banner-error">
      <p>
        <strong>The YAML does not parse</strong>
        {first.span ? ` (line ${first.span.line}, column ${first.span.column})` : ''}: {first.message}
        {count > 1 ? ` (${count - 1} more)` : ''}
      </p>
      <p>The form shows the last valid values and is read-only until the YAML is fixed. Nothing you typed is lost.</p>
    </div>
  );
}
