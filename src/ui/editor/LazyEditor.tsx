import { lazy, Suspense } from 'react';
import { useAppStore } from '../../state/StoreProvider';

const YamlEditor = lazy(() => import('./YamlEditor'));

/** The editor arrives after the first paint; until then the YAML is shown as plain text. */
export function LazyEditor() {
  return (
    <Suspense fallback={<EditorFallback />}>
      <YamlEditor />
    </Suspense>
  );
}

function EditorFallback() {
  const text = useAppStore((state) => state.text);
  return (
    <div className="editor-fallback" aria-busy="true">
      <p className="visually-hidden">Loading the editor…</p>
      <pre>{text}</pre>
    </div>
  );
}
