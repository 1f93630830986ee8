import { Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { TextChange } from '../../state/store';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { monaco } from './monacoEnvironment';

type CodeEditor = Parameters<OnMount>[0];
type TextModel = NonNullable<ReturnType<CodeEditor['getModel']>>;

declare global {
  interface Window {
    /** Read access for end-to-end tests: Monaco virtualises lines, so the DOM does not hold the whole text. */
    __asmEditor?: { getValue(): string };
  }
}

/** Brings the model to `text`: as the store's minimal edits when they apply, else as one replacement. Both are undoable. */
function syncModel(model: TextModel, text: string, change: TextChange | null): void {
  const current = model.getValue();
  if (current === text) return;
  const edits =
    change?.from === current
      ? change.edits.map((edit) => {
          const start = model.getPositionAt(edit.start);
          const end = model.getPositionAt(edit.end);
          return { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: edit.text };
        })
      : [{ range: model.getFullModelRange(), text }];
  model.pushStackElement();
  model.pushEditOperations([], edits, () => null);
  model.pushStackElement();
}

export default function YamlEditor() {
  const text = useAppStore((state) => state.text);
  const lastChange = useAppStore((state) => state.lastChange);
  const syntaxIssues = useAppStore((state) => state.syntaxIssues);
  const { editYaml } = useAppStore(selectActions);
  const editorRef = useRef<CodeEditor | null>(null);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) syncModel(model, text, lastChange);
  }, [text, lastChange]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'yaml-syntax',
      syntaxIssues.flatMap((issue) =>
        issue.span
          ? [
              {
                severity: monaco.MarkerSeverity.Error,
                message: issue.message,
                startLineNumber: issue.span.line,
                startColumn: issue.span.column,
                endLineNumber: issue.span.endLine,
                endColumn: Math.max(issue.span.endColumn, issue.span.column + 1),
              },
            ]
          : [],
      ),
    );
  }, [syntaxIssues]);

  useEffect(
    () => () => {
      delete window.__asmEditor;
    },
    [],
  );

  return (
    <Editor
      className="yaml-editor"
      height="100%"
      defaultLanguage="yaml"
      path="file:///istio-gateway.yaml"
      defaultValue={text}
      options={{
        ariaLabel: 'IstioGateway YAML',
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 13,
        tabSize: 2,
        insertSpaces: true,
        wordWrap: 'off',
        automaticLayout: true,
        renderWhitespace: 'none',
        fixedOverflowWidgets: true,
      }}
      onMount={(editor) => {
        editorRef.current = editor;
        window.__asmEditor = { getValue: () => editor.getValue() };
        const model = editor.getModel();
        if (model) syncModel(model, text, null);
      }}
      onChange={(value) => {
        if (value !== undefined) editYaml(value);
      }}
    />
  );
}
