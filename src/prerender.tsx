// Run by the build (vite.config.ts), never by the browser: the first visit's screen as HTML, so that it
// paints before any script has loaded, and the snapshot of its state that main.tsx hydrates it from.
import { renderToString } from 'react-dom/server';
import { snapshotOf, snapshotScript } from './state/firstVisit/snapshot';
import { createStartupStore } from './state/persistence';
import { Root } from './ui/Root';

export function renderFirstVisit(): { readonly html: string; readonly snapshot: string } {
  const store = createStartupStore({});
  return { html: renderToString(<Root store={store} />), snapshot: snapshotScript(snapshotOf(store)) };
}
