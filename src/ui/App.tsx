import { LazyEditor } from './editor/LazyEditor';
import { Header } from './header/Header';
import { NoticeBar } from './common/NoticeBar';
import { SyntaxBanner } from './common/SyntaxBanner';
import { PlacementPanel } from './placement/PlacementPanel';
import { Wizard } from './wizard/Wizard';

export function App() {
  return (
    <div className="app">
      <Header />
      <main className="layout">
        <section className="pane pane-form" aria-labelledby="wizard-heading">
          <h2 id="wizard-heading" className="pane-title">
            Configure
          </h2>
          <NoticeBar />
          <SyntaxBanner />
          <Wizard />
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
