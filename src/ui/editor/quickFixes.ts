import type { OnMount } from '@monaco-editor/react';
import { selectReport } from '../../state/selectors';
import type { ScreenStore } from '../../state/types';
import { monaco } from './monacoEnvironment';

type CodeEditor = Parameters<OnMount>[0];

const APPLY_FIX = 'asm.applyFix';

/**
 * The findings' fixes as the editor's quick fixes (the light bulb, Ctrl+., and "Quick Fix…" in a marker's hover): the
 * same fixes the findings panel and the fields offer, applied through the store as one undo step.
 */
export function installQuickFixes(editor: CodeEditor, store: ScreenStore): { dispose: () => void } {
  const command = monaco.editor.registerCommand(APPLY_FIX, (_accessor, findingId: unknown, index: unknown) => {
    const finding = selectReport(store.getState(), store).findings.find((candidate) => candidate.id === findingId);
    const fix = typeof index === 'number' ? finding?.issue.fixes?.[index] : undefined;
    if (fix) store.actions.applyFix(fix);
  });
  const provider = monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions: (model, range, context) => {
      if (model !== editor.getModel()) return { actions: [], dispose: () => undefined };
      const actions = selectReport(store.getState(), store).findings.flatMap((finding) => {
        const { span, issue } = finding;
        if (!span || !issue.fixes) return [];
        const place = new monaco.Range(span.line, span.column, span.endLine, Math.max(span.endColumn, span.column + 1));
        if (!monaco.Range.areIntersectingOrTouching(place, range)) return [];
        const diagnostics = context.markers.filter(
          (marker) => marker.code === issue.code && marker.startLineNumber === span.line && marker.startColumn === span.column,
        );
        return issue.fixes.map((fix, index): monaco.languages.CodeAction => ({
          title: `Fix: ${fix.label}`,
          kind: 'quickfix',
          diagnostics,
          isPreferred: index === 0,
          command: { id: APPLY_FIX, title: fix.label, arguments: [finding.id, index] },
        }));
      });
      return { actions, dispose: () => undefined };
    },
  });
  return {
    dispose: () => {
      command.dispose();
      provider.dispose();
    },
  };
}
