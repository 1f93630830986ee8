// Run by the build (vite.config.ts), never by the browser: the first visit's screen as HTML, so that it
// paints before any script has loaded; main.tsx then hydrates it.
import { renderToString } from 'react-dom/server';
import { createStartupStore } from './state/persistence';
import { Root } from './ui/Root';

export function renderFirstVisit(): string {
  return renderToString(<Root store={createStartupStore({})} />);
}
