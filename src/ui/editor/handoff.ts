/**
 * What the light YAML view hands to the full editor when it takes over: where the view was
 * scrolled, where the user clicked, and whether the view had the keyboard focus.
 */
export interface EditorHandoff {
  readonly scrollTop: number;
  readonly caret?: { readonly line: number; readonly column: number };
  /** `always`: the user clicked; `if-still-focused`: the view was focused (the user may tab on while the editor loads). */
  readonly focus: 'always' | 'if-still-focused';
}

let pending: EditorHandoff | null = null;

export function handOff(state: EditorHandoff): void {
  pending = state;
}

/** The hand-off, once: the editor takes it when it mounts. */
export function takeHandoff(): EditorHandoff | null {
  const taken = pending;
  pending = null;
  return taken;
}
