import { describe, expect, it } from 'vitest';
import { simulatePlacement } from '../core';
import { createDerivations } from './derive';
import { selectPlacement } from './selectors';
import { createAppStore } from './store';

/** The derivations of a store, with the simulation's runs counted. */
function counted() {
  let runs = 0;
  const derive = createDerivations((...args) => {
    runs += 1;
    return simulatePlacement(...args);
  });
  return { derive, runs: () => runs };
}

describe('derivations', () => {
  it('how the diagram is shown (a zone drawn in full, a node’s scores) does not place the pods again; a what-if does', () => {
    const store = createAppStore();
    const { derive, runs } = counted();
    const first = derive.placement(store.getState());
    derive.report(store.getState());
    expect(runs()).toBe(1);
    const zone = first.zones[0]?.name ?? '';
    const node = first.zones[0]?.nodes[0]?.name ?? '';
    store.actions.toggleZoneExpanded(zone);
    store.actions.showScoresFor(node);
    store.actions.focusField('minReplicas');
    store.actions.goToStep('spread');
    expect(derive.placement(store.getState())).toBe(first);
    derive.report(store.getState());
    expect(runs()).toBe(1);
    store.actions.toggleNodeFailure(node);
    expect(derive.placement(store.getState())).not.toBe(first);
    expect(runs()).toBe(2);
  });

  it('belong to their store: two stores read in turn keep their own values', () => {
    const a = createAppStore({ preset: 'ack-node' });
    const b = createAppStore({ preset: 'ack-zone' });
    const placementA = selectPlacement(a.getState(), a);
    const placementB = selectPlacement(b.getState(), b);
    expect(placementB).not.toBe(placementA);
    expect(selectPlacement(a.getState(), a)).toBe(placementA);
    expect(selectPlacement(b.getState(), b)).toBe(placementB);
  });
});
