import { Component, lazy, type ReactNode, Suspense, useState } from 'react';
import { useAppStore } from '../../state/StoreProvider';
import { YamlView } from './YamlView';

const YamlEditor = lazy(() => import('./YamlEditor'));

/** If the editor cannot load (offline, or a new version replaced its files), the view stays and says so. */
class EditorLoadBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="editor-load-error">
        The editor could not be loaded (the network may be down, or a newer version of this page was published): reload the page to edit the YAML as text. The
        wizard, findings, copy and download still work.
      </p>
    );
  }
}

/**
 * The light view until the editor is wanted (focus, click or Enter on the view, an import, a place
 * only the editor can show); then Monaco loads behind the same view, which stays (scroll position,
 * keyboard focus) until the editor has mounted and taken over.
 */
export function LazyEditor() {
  const requested = useAppStore((state) => state.editorRequested);
  const [ready, setReady] = useState(false);
  return (
    <>
      {!ready && <YamlView loading={requested} />}
      {requested && (
        <EditorLoadBoundary>
          <Suspense fallback={null}>
            <div className={ready ? 'editor-live' : 'editor-pending'}>
              <YamlEditor onReady={() => setReady(true)} />
            </div>
          </Suspense>
        </EditorLoadBoundary>
      )}
    </>
  );
}
