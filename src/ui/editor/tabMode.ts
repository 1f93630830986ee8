import type { OnMount } from '@monaco-editor/react';
import { monaco } from './monacoEnvironment';

type CodeEditor = Parameters<OnMount>[0];

/**
 * How Tab behaves in the editor. `passing`: the keyboard arrived with Tab, so Tab moves on past the editor until the
 * user chooses to edit (Enter, or a click); `editing`: Tab indents; `moving`: Tab moves the focus, by choice (Ctrl+M).
 */
export type TabMode = 'passing' | 'editing' | 'moving';

/** The key that toggles whether Tab moves the focus: Ctrl+M, or Ctrl+Shift+M on a Mac (⌘M minimises the window), as in VS Code. */
const MAC = /Mac|iPhone|iPad/.test(navigator.platform);
export const TAB_FOCUS_KEY = MAC ? 'Ctrl+Shift+M' : 'Ctrl+M';
const TAB_FOCUS_CHORD = MAC ? monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM : monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM;

/** A Tab (or Shift+Tab) this recent brought the focus: the editor was reached by keyboard, passing through. */
const ARRIVAL_MS = 1000;

/**
 * Keeps a keyboard user from being trapped: the editor, reached with Tab, lets Tab pass on (its own option
 * `tabFocusMode`, not Monaco's page-wide switch) until Enter or a click says the user means to edit. Ctrl+M
 * (Ctrl+Shift+M on a Mac) switches between Tab indenting and Tab moving the focus at any time. Returns the
 * function that marks an arrival by keyboard (the light view hands over its focus that way) and a disposer.
 */
export function installTabMode(editor: CodeEditor, onMode: (mode: TabMode) => void): { arrivedByKeyboard: () => void; dispose: () => void } {
  const passing = editor.createContextKey<boolean>('asmTabPassing', false);
  let tabbedAt = Number.NEGATIVE_INFINITY;
  const set = (mode: TabMode): void => {
    editor.updateOptions({ tabFocusMode: mode !== 'editing' });
    passing.set(mode === 'passing');
    onMode(mode);
  };
  // Only the last key counts: a Tab, then a click or another key, is not an arrival by Tab.
  const noteKey = (event: KeyboardEvent): void => {
    tabbedAt = event.key === 'Tab' ? performance.now() : Number.NEGATIVE_INFINITY;
  };
  const notePointer = (): void => {
    tabbedAt = Number.NEGATIVE_INFINITY;
  };
  document.addEventListener('keydown', noteKey, true);
  document.addEventListener('pointerdown', notePointer, true);
  const focused = editor.onDidFocusEditorText(() => {
    if (performance.now() - tabbedAt < ARRIVAL_MS && !editor.getOption(monaco.editor.EditorOption.tabFocusMode)) set('passing');
  });
  const clicked = editor.onMouseDown(() => {
    if (passing.get()) set('editing');
  });
  // A change to the text made in the editor (typing, a paste, a quick fix) is editing too; the form's edits come
  // while the focus is elsewhere.
  const changed = editor.onDidChangeModelContent(() => {
    if (passing.get() && editor.hasTextFocus()) set('editing');
  });
  // Enter, while passing through, is the choice to edit: it writes no line break. Only in the text itself: Enter in
  // the suggestions or the find box keeps its own meaning.
  const enter = editor.addAction({
    id: 'asm.editFromTabPassing',
    label: 'Edit the YAML (Tab indents)',
    keybindings: [monaco.KeyCode.Enter],
    keybindingContext: 'asmTabPassing && editorTextFocus && !suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible',
    run: () => set('editing'),
  });
  // No `when` clause: the built-in toggle would otherwise still fire in the find box. (Monaco 0.54 does not update the
  // text box's name when the ariaLabel option changes, so the mode is said beside it, not in the name.)
  editor.addCommand(TAB_FOCUS_CHORD, () => set(editor.getOption(monaco.editor.EditorOption.tabFocusMode) ? 'editing' : 'moving'));
  return {
    arrivedByKeyboard: () => set('passing'),
    dispose: () => {
      document.removeEventListener('keydown', noteKey, true);
      document.removeEventListener('pointerdown', notePointer, true);
      focused.dispose();
      clicked.dispose();
      changed.dispose();
      enter.dispose();
    },
  };
}

/** What the editor says of its Tab mode (a status: it is announced when it changes). */
export function tabModeWords(mode: TabMode | null): string {
  if (mode === 'passing') return `Tab moves the focus out of the editor. Press Enter or click to edit the YAML; then Tab indents (${TAB_FOCUS_KEY} switches).`;
  if (mode === 'moving') return `Tab moves the focus out of the editor. ${TAB_FOCUS_KEY} makes Tab indent.`;
  if (mode === 'editing') return 'Tab indents.';
  return '';
}
