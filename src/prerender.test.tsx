import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderFirstVisit } from './prerender';
import { type FirstVisit, startFirstVisit } from './state/firstVisit/store';
import { createAppStore } from './state/store';
import { readSnapshotScript } from './testing/snapshot';
import { Root } from './ui/Root';

/** The store a first visit hydrates with: the snapshot read back from the HTML the build writes. */
const hydrating = (snapshot: string): FirstVisit => startFirstVisit(readSnapshotScript(snapshot), () => Promise.resolve({ createAppStore }));

describe('the first visit hydrates the HTML the build wrote', () => {
  it('the snapshot store renders exactly the prerendered screen, on every step, and so does the store the engine makes of it', async () => {
    const { html, snapshot } = renderFirstVisit();
    const { store } = hydrating(snapshot);
    expect(renderToString(<Root store={store} />)).toBe(html);
    const { store: full, engineReady } = hydrating(snapshot);
    await engineReady();
    // The engine has taken over: its state has the document.
    expect('doc' in full.getState()).toBe(true);
    for (const step of ['cluster', 'replicas', 'spread', 'service', 'export'] as const) {
      store.actions.goToStep(step);
      full.actions.goToStep(step);
      expect(renderToString(<Root store={store} />)).toBe(renderToString(<Root store={full} />));
    }
  });
});
