import { Editor, type EditorProps, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { changedLines } from '../../core';
import { selectActions, selectEditorMarkers, selectFocusedLines } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { MODEL_PATH, monaco } from './monacoEnvironment';
import { takeHandoff } from './handoff';
import { syncModel } from './syncModel';
import { installQuickFixes } from './quickFixes';
import { installTabMode, type TabMode, tabModeWords } from './tabMode';
import { installTestHook } from './testHook';

type CodeEditor = Parameters<OnMount>[0];

/**
 * The editor's options: one object for the page's life. @monaco-editor/react applies its `options` prop again
 * whenever the object changes, which a literal in the render did on every keystroke (≈ 0.9 ms each).
 */
const EDITOR_OPTIONS: NonNullable<EditorProps['options']> = {
  ariaLabel: 'IstioGateway YAML',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  fontSize: 13,
  // The light view before the editor uses the same line height, so the swap does not move the text.
  lineHeight: 19,
  tabSize: 2,
  insertSpaces: true,
  wordWrap: 'off',
  automaticLayout: true,
  renderWhitespace: 'none',
  renderFinalNewline: 'on',
  fixedOverflowWidgets: true,
  quickSuggestions: { other: true, comments: false, strings: true },
  // Bracket-pair colouring and guides parse the whole text for brackets when it renders (the
  // model-level switch is set on mount): 60 ms on an imported 500 kB file and 300 ms on a line
  // of 20,000 brackets, for brackets a block-YAML gateway hardly has. Matching the bracket at
  // the cursor stays.
  bracketPairColorization: { enabled: false },
  guides: { bracketPairs: false, bracketPairsHorizontal: false, indentation: true },
  // A gateway's longest line is an annotation or a certificate: a few hundred characters.
  maxTokenizationLineLength: 2000,
};

const SEVERITY = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info } as const;
const HIGHLIGHT_MS = 1800;

/** One history for the form and the editor: the store's. Only while the text has focus: in the find box, Ctrl+Z undoes the search text as usual. */
function bindHistoryKeys(editor: CodeEditor, actions: { readonly undo: () => void; readonly redo: () => void }): void {
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => actions.undo(), 'editorTextFocus');
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () => actions.redo(), 'editorTextFocus');
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => actions.redo(), 'editorTextFocus');
}

/**
 * The store holds LF line endings; so must the model, on every platform (Monaco would pick CRLF on Windows for a text
 * without a line break, and then every sync would differ). Bracket colouring is off at the model level too.
 */
function prepareModel(model: monaco.editor.ITextModel): void {
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  model.updateOptions({ bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } });
}

/** Taking over from the light view: same scroll position, the caret where the user clicked. */
function takeOverFromLightView(editor: CodeEditor, tabs: ReturnType<typeof installTabMode>): void {
  const handoff = takeHandoff();
  if (!handoff) return;
  editor.setScrollTop(handoff.scrollTop);
  if (handoff.caret) editor.setPosition({ lineNumber: handoff.caret.line, column: handoff.caret.column });
  // A click always hands the focus over; a focus only if the user is still on the view (they may have tabbed on),
  // and then the keyboard is passing through: Tab goes on past the editor.
  if (handoff.focus === 'always') editor.focus();
  else if (document.activeElement?.classList.contains('yaml-view')) {
    tabs.arrivedByKeyboard();
    editor.focus();
  }
}

export default function YamlEditor({ onReady }: { readonly onReady?: () => void }) {
  const text = useAppStore((state) => state.text);
  const lastChange = useAppStore((state) => state.lastChange);
  const markers = useAppStore(selectEditorMarkers);
  const focused = useAppStore(selectFocusedLines);
  const reveal = useAppStore((state) => state.reveal);
  const actions = useAppStore(selectActions);
  const store = useAppStoreApi();
  const editorRef = useRef<CodeEditor | null>(null);
  const changed = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const owned = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const revealed = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  /** True while the store's text is written into the model: that is not an edit to send back. */
  const syncing = useRef(false);
  // Monaco mounts after the first render: the effects run again then, for markers, marks or a reveal asked for while it loaded.
  const [mounted, setMounted] = useState(false);
  // How Tab behaves (tabMode.ts): null until it first changes, so nothing is announced at load.
  const [tabMode, setTabMode] = useState<TabMode | null>(null);
  const tabModeHandle = useRef<ReturnType<typeof installTabMode> | null>(null);
  const quickFixes = useRef<{ dispose: () => void } | null>(null);
  const removeTestHook = useRef<(() => void) | null>(null);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    syncing.current = true;
    const synced = syncModel(model, text, lastChange);
    syncing.current = false;
    if (synced !== 'change' || lastChange?.source !== 'form') return;
    // A newcomer sees which lines the form edit wrote.
    const ranges = changedLines(lastChange.edits, text);
    changed.current?.set(
      ranges.map(([from, to]) => ({
        range: new monaco.Range(from, 1, to, 1),
        options: { isWholeLine: true, className: 'changed-line', linesDecorationsClassName: 'changed-line-gutter' },
      })),
    );
    const first = ranges[0];
    if (first) editor.revealLinesInCenterIfOutsideViewport(first[0], first[1]);
    const timer = setTimeout(() => changed.current?.clear(), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [text, lastChange]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'asm-configurator',
      markers.map((marker) => ({
        severity: SEVERITY[marker.severity],
        message: marker.message,
        code: marker.code,
        startLineNumber: marker.span.line,
        startColumn: marker.span.column,
        endLineNumber: marker.span.endLine,
        endColumn: marker.span.endLine === marker.span.line ? Math.max(marker.span.endColumn, marker.span.column + 1) : marker.span.endColumn,
      })),
    );
  }, [markers, mounted]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    if (!focused) {
      owned.current?.clear();
      return;
    }
    owned.current?.set([{ range: new monaco.Range(focused[0], 1, focused[1], 1), options: { isWholeLine: true, className: 'owned-line' } }]);
    editor.revealLinesInCenterIfOutsideViewport(focused[0], focused[1]);
  }, [focused, mounted]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    editor.revealLineInCenter(reveal.span.line);
    editor.setPosition({ lineNumber: reveal.span.line, column: reveal.span.column });
    if (reveal.focus) {
      editor.focus();
      return;
    }
    // The focus goes to the form field: the line is marked for a moment instead.
    revealed.current?.set([
      { range: new monaco.Range(reveal.span.line, 1, reveal.span.endLine, 1), options: { isWholeLine: true, className: 'revealed-line' } },
    ]);
    const timer = setTimeout(() => revealed.current?.clear(), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [reveal, mounted]);

  useEffect(
    () => () => {
      removeTestHook.current?.();
      tabModeHandle.current?.dispose();
      quickFixes.current?.dispose();
    },
    [],
  );

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    changed.current = editor.createDecorationsCollection();
    owned.current = editor.createDecorationsCollection();
    revealed.current = editor.createDecorationsCollection();
    bindHistoryKeys(editor, actions);
    // Tab passes the editor by until the user means to edit it; Ctrl+M switches (tabMode.ts).
    const tabs = installTabMode(editor, setTabMode);
    tabModeHandle.current = tabs;
    // The findings' fixes are the editor's quick fixes too (a marker's hover offers them).
    quickFixes.current = installQuickFixes(editor, store);
    const model = editor.getModel();
    if (model) {
      prepareModel(model);
      // The text now, not at the first render: the store may have changed while Monaco loaded.
      syncing.current = true;
      syncModel(model, store.getState().text, null);
      syncing.current = false;
    }
    removeTestHook.current = installTestHook(editor);
    takeOverFromLightView(editor, tabs);
    // Typing and pasting go to the store; the store's own text coming in does not come back.
    editor.onDidChangeModelContent(() => {
      if (!syncing.current) actions.editYaml(editor.getValue());
    });
    setMounted(true);
    onReady?.();
  };

  return (
    <>
      <Editor
        className="yaml-editor"
        height="100%"
        defaultLanguage="yaml"
        path={MODEL_PATH}
        defaultValue={text}
        options={EDITOR_OPTIONS}
        onMount={handleMount}
      />
      <p role="status" className={tabMode === 'passing' || tabMode === 'moving' ? 'tab-mode' : 'visually-hidden'}>
        {tabModeWords(tabMode)}
      </p>
    </>
  );
}
