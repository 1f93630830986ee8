// What the screen reads from the store beyond its plain fields: the values derived from the document. Light on
// purpose (types, no core code): a first visit renders from the build's snapshot of them, and the engine that
// computes them (src/state/derive.ts) loads when the user first reaches for the page.
import type { GatewayDocument } from '../core';
import type { AppState } from './types';

export type { Derivations, EditorMarker } from './types';

/** The document of a state that has one: every state the engine made (a first visit's snapshot has none until the engine loads). */
export function docOf(state: Pick<AppState, 'doc'>): GatewayDocument {
  if (state.doc === null) throw new Error('The document is read before the engine has loaded');
  return state.doc;
}
