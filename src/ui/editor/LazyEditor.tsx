import { lazy, Suspense } from 'react';
import { useAppStore } from '../../state/StoreProvider';
import { YamlView } from './YamlView';

const YamlEditor = lazy(() => import('./YamlEditor'));

/**
 * The light view until the editor is wanted (focus, click or Enter on the view, an import, a place
 * only the editor can show); then Monaco, loaded on demand, with the view shown while it loads.
 */
export function LazyEditor() {
  const requested = useAppStore((state) => state.editorRequested);
  if (!requested) return <YamlView />;
  return (
    <Suspense fallback={<YamlView loading />}>
      <YamlEditor />
    </Suspense>
  );
}
