import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderFirstVisit } from './prerender';
import { snapshotStore } from './state/firstVisit';
import { readSnapshotScript } from './testing/snapshot';
import type { AppStore } from './state/store';
import { upgradeStore } from './state/store';
import { Root } from './ui/Root';

/** The store a first visit hydrates with: the snapshot read back from the HTML the build writes. */
const hydratingStore = (snapshot: string): AppStore => snapshotStore(readSnapshotScript(snapshot), () => Promise.resolve());

describe('the first visit hydrates the HTML the build wrote', () => {
  it('the snapshot store renders exactly the prerendered screen, on every step, and so does the store the engine makes of it', async () => {
    const { html, snapshot } = renderFirstVisit();
    const store = hydratingStore(snapshot);
    expect(renderToString(<Root store={store} />)).toBe(html);
    const full = hydratingStore(snapshot);
    await upgradeStore(full);
    expect(full.getState().doc).not.toBeNull();
    for (const step of ['cluster', 'replicas', 'spread', 'service', 'export'] as const) {
      store.getState().actions.goToStep(step);
      full.getState().actions.goToStep(step);
      expect(renderToString(<Root store={store} />)).toBe(renderToString(<Root store={full} />));
    }
  });
});
