import { LazyEditor } from './editor/LazyEditor';
import { useFileDrop } from './export/useFileDrop';
import { Header } from './header/Header';
import { NoticeBar } from './common/NoticeBar';
import { TextBanner } from './common/TextBanner';
import { FindingsPanel } from './findings/FindingsPanel';
import { PlacementPanel } from './placement/PlacementPanel';
import { Wizard } from './wizard/Wizard';

export function App() {
  const dragging = useFileDrop();
  return (
    <div className={dragging ? 'app app-dragging' : 'app'}>
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop a .yaml, .yml or .json file to import it
        </div>
      )}
      <Header />
      <main className="layout">
        <section className="pane pane-form" aria-labelledby="wizard-heading">
          <h2 id="wizard-heading" className="pane-title">
            Configure
          </h2>
          <NoticeBar />
          <TextBanner />
          <Wizard />
          <FindingsPanel />
        </section>
        <section className="pane pane-yaml" aria-labelledby="yaml-heading">
          <h2 id="yaml-heading" className="pane-title">
            YAML
          </h2>
          <div className="editor-frame">
            <LazyEditor />
          </div>
          <PlacementPanel />
        </section>
      </main>
    </div>
  );
}
