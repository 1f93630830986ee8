// Read access to the editor for end-to-end tests, installed only in a browser driven by a test (WebDriver or
// Playwright set `navigator.webdriver`): Monaco virtualises lines, so the DOM does not hold the whole text.
import type { OnMount } from '@monaco-editor/react';
import { monaco } from './monacoEnvironment';

type CodeEditor = Parameters<OnMount>[0];

export interface EditorTestHook {
  getValue(): string;
  /** The text's length, without copying a text of megabytes out of the model. */
  valueLength(): number;
  markers(): { line: number; column: number; severity: 'error' | 'warning' | 'info'; message: string }[];
  linesWith(className: string): number[];
  /** Puts the caret at a line and column (1-based) and focuses the editor. */
  setCursor(line: number, column: number): void;
  /** Where the editor is scrolled and where the caret is (1-based). */
  viewState(): { scrollTop: number; line: number; column: number };
}

declare global {
  interface Window {
    /** Set only under test (see testHook.ts). */
    __asmEditor?: EditorTestHook;
  }
}

function severityOf(severity: monaco.MarkerSeverity): 'error' | 'warning' | 'info' {
  if (severity === monaco.MarkerSeverity.Error) return 'error';
  return severity === monaco.MarkerSeverity.Warning ? 'warning' : 'info';
}

function hookFor(editor: CodeEditor): EditorTestHook {
  const model = editor.getModel();
  return {
    getValue: () => editor.getValue(),
    valueLength: () => model?.getValueLength() ?? 0,
    markers: () =>
      model
        ? monaco.editor.getModelMarkers({ resource: model.uri }).map((marker) => ({
            line: marker.startLineNumber,
            column: marker.startColumn,
            severity: severityOf(marker.severity),
            message: marker.message,
          }))
        : [],
    setCursor: (lineNumber, column) => {
      editor.setPosition({ lineNumber, column });
      editor.revealLineInCenter(lineNumber);
      editor.focus();
    },
    viewState: () => {
      const position = editor.getPosition();
      return { scrollTop: editor.getScrollTop(), line: position?.lineNumber ?? 0, column: position?.column ?? 0 };
    },
    linesWith: (className) =>
      (model?.getAllDecorations() ?? [])
        .filter((decoration) => decoration.options.className === className)
        .flatMap((decoration) =>
          Array.from({ length: decoration.range.endLineNumber - decoration.range.startLineNumber + 1 }, (_, i) => decoration.range.startLineNumber + i),
        ),
  };
}

/** Installs `window.__asmEditor` when the page is under test; returns what removes it. */
export function installTestHook(editor: CodeEditor): () => void {
  if (!navigator.webdriver) return () => undefined;
  window.__asmEditor = hookFor(editor);
  return () => {
    delete window.__asmEditor;
  };
}
