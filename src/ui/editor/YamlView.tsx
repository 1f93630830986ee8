import { type KeyboardEvent, memo, type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import { changedLines, highlightLine } from '../../core';
import { selectActions, selectFocusedLines } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { handOff } from './handoff';

/** Texts longer than this are shown without colours: the view is for a first look, the editor for work. */
const COLOURED_UP_TO = 64 * 1024;
const HIGHLIGHT_MS = 1800;

interface LineProps {
  readonly line: string;
  readonly number: number;
  readonly className: string;
  readonly coloured: boolean;
  readonly last: boolean;
}

/** One line; unchanged lines are not rendered again on a keystroke. */
const Line = memo(function Line({ line, number, className, coloured, last }: LineProps) {
  return (
    <span className={className} data-line={number}>
      {coloured
        ? highlightLine(line).map((token, k) =>
            token.kind === 'plain' ? (
              token.text
            ) : (
              <span key={k} className={`yv-${token.kind}`}>
                {token.text}
              </span>
            ),
          )
        : line}
      {last ? '' : '\n'}
    </span>
  );
});

/** Scrolls the view itself (never the page) so that a line shows. */
function scrollToLine(root: HTMLElement | null, line: number, where: 'center' | 'nearest'): void {
  const element = root?.querySelector<HTMLElement>(`[data-line="${String(line)}"]`);
  if (!root || !element) return;
  const top = element.offsetTop;
  const bottom = top + element.offsetHeight;
  if (where === 'center') root.scrollTop = top - (root.clientHeight - element.offsetHeight) / 2;
  else if (top < root.scrollTop) root.scrollTop = top;
  else if (bottom > root.scrollTop + root.clientHeight) root.scrollTop = bottom - root.clientHeight;
}

/** Where the browser would put the caret at a point: the standard call, or WebKit's older one (Safari before 18). */
function caretPoint(x: number, y: number): { readonly node: Node; readonly offset: number } | null {
  // Either may be missing, whatever the DOM typings say.
  const page: { caretPositionFromPoint?: Document['caretPositionFromPoint']; caretRangeFromPoint?: (x: number, y: number) => Range | null } = document;
  if (typeof page.caretPositionFromPoint === 'function') {
    const position = page.caretPositionFromPoint.call(document, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof page.caretRangeFromPoint === 'function') {
    const range = page.caretRangeFromPoint.call(document, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  // Neither: the editor opens without a caret.
  return null;
}

/** The line and column (1-based) under a click, from the text node the browser puts the caret in. */
function caretAt(event: MouseEvent, root: HTMLElement): { line: number; column: number } | undefined {
  const position = caretPoint(event.clientX, event.clientY);
  const node = position?.node;
  const lineElement = node ? (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-line]') : null;
  if (!position || !node || !lineElement || !root.contains(lineElement)) return undefined;
  const range = document.createRange();
  range.setStart(lineElement, 0);
  range.setEnd(node, position.offset);
  // The line number is drawn by CSS, not text: the column counts the line's own characters.
  return { line: Number(lineElement.dataset.line), column: range.toString().length + 1 };
}

/**
 * The YAML as a light, read-only, coloured view: the first screen shows the exact text without
 * loading Monaco. Focusing it, clicking it or pressing Enter on it loads the editor, which takes
 * over at the same scroll position, with the caret where the user clicked.
 */
export function YamlView({ loading = false }: { readonly loading?: boolean }) {
  const text = useAppStore((state) => state.text);
  const lastChange = useAppStore((state) => state.lastChange);
  const reveal = useAppStore((state) => state.reveal);
  const focused = useAppStore(selectFocusedLines);
  const { requestEditor } = useAppStore(selectActions);
  const root = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => text.split('\n'), [text]);
  // Marks fade after a moment: the change or reveal whose marks have faded is remembered (set in a timer, not in render).
  const changed = useMemo(() => (lastChange?.source === 'form' ? changedLines(lastChange.edits, text) : null), [lastChange, text]);
  const [faded, setFaded] = useState<{ readonly change: unknown; readonly reveal: unknown }>({ change: null, reveal: null });

  useEffect(() => {
    if (!lastChange) return;
    const timer = setTimeout(() => setFaded((before) => ({ ...before, change: lastChange })), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [lastChange]);

  useEffect(() => {
    if (!reveal) return;
    scrollToLine(root.current, reveal.span.line, 'center');
    const timer = setTimeout(() => setFaded((before) => ({ ...before, reveal })), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [reveal]);

  // Scrolled when the focused field's first line moves, not on every keystroke (each reads the layout).
  const focusedFrom = focused?.[0];
  useEffect(() => {
    if (focusedFrom !== undefined) scrollToLine(root.current, focusedFrom, 'nearest');
  }, [focusedFrom]);

  const changedRanges = faded.change === lastChange ? undefined : changed;
  const revealedRanges = reveal && faded.reveal !== reveal ? [[reveal.span.line, reveal.span.endLine] as const] : undefined;

  const activate = (focus: 'always' | 'if-still-focused', caret?: { line: number; column: number }): void => {
    const element = root.current;
    handOff({ scrollTop: element?.scrollTop ?? 0, focus, ...(caret ? { caret } : {}) });
    requestEditor();
  };

  const within = (line: number, ranges: readonly (readonly [number, number])[] | undefined): boolean =>
    ranges?.some(([from, to]) => line >= from && line <= to) ?? false;
  const coloured = text.length <= COLOURED_UP_TO;

  return (
    <div
      ref={root}
      className="yaml-view"
      role="textbox"
      aria-label="IstioGateway YAML"
      aria-readonly="true"
      aria-multiline="true"
      aria-busy={loading}
      aria-describedby="yaml-view-hint"
      tabIndex={0}
      onMouseDown={(event) => {
        if (event.button !== 0 || !root.current) return;
        event.preventDefault();
        let caret: { line: number; column: number } | undefined;
        try {
          caret = caretAt(event, root.current);
        } catch {
          // Without a caret the editor still opens, at the top of the view's scroll position.
        }
        activate('always', caret);
      }}
      onFocus={() => activate('if-still-focused')}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Enter') activate('always');
      }}
    >
      <span id="yaml-view-hint" className="visually-hidden">
        {loading ? 'Loading the editor…' : 'Read-only view; focus it or press Enter to edit.'}
      </span>
      <pre>
        {lines.map((line, i) => {
          const number = i + 1;
          const classes = [
            'yv-line',
            within(number, changedRanges ?? undefined) ? 'changed-line' : '',
            within(number, revealedRanges) ? 'revealed-line' : '',
            focused && number >= focused[0] && number <= focused[1] ? 'owned-line' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return <Line key={i} line={line} number={number} className={classes} coloured={coloured} last={i === lines.length - 1} />;
        })}
      </pre>
    </div>
  );
}
