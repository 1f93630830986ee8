import { useEffect, useRef } from 'react';
import { INTRO_FIRST_CLASS } from '../../state/storageKey';
import { QuickStart } from './QuickStart';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** The introduction: what the tool does, a first gateway in a few answers (downloadable there), that nothing leaves the browser, and the keyboard. */
export function IntroDialog({ open, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // The app takes over the introduction the HTML showed on a first visit (in the same frame: it does not flicker).
    document.documentElement.classList.remove(INTRO_FIRST_CLASS);
    if (open && !element.open) {
      element.showModal();
      // Start has the focus (Enter starts); where the dialog is taller than the screen (a phone), focusing it
      // scrolled the dialog to its end: the reader starts at the heading instead.
      element.scrollTop = 0;
    }
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="intro" aria-labelledby="intro-heading" onClose={onClose}>
      <h2 id="intro-heading">Make an ASM ingress gateway highly available</h2>
      <p>
        Describe the gateway, see what would break its availability, and take the YAML. Every field explains what it does and what it costs; findings name the
        mistakes, with a Fix where there is one; the diagram shows where the pods land, and what survives when a node or a zone fails.
      </p>
      <QuickStart open={open} onStart={() => dialog.current?.close()} />
      <p>
        Everything stays in this browser: nothing you type is sent anywhere, and your work is kept here between visits. A share link carries the gateway in the
        part of the address that browsers never send to a server.
      </p>
      <details className="intro-keyboard">
        <summary>Keyboard</summary>
        <p>
          Everything works with the keyboard: Tab moves between controls, arrow keys choose among options. Tab passes the YAML editor by; press Enter on it (or
          click it) to edit, and Tab then indents (or accepts a suggestion: Escape closes the list first); press Ctrl+M (Ctrl+Shift+M on a Mac) to make Tab move
          the focus out of the editor again. In the editor, Ctrl+Z and Ctrl+Y (⌘Z and ⌘⇧Z on a Mac) undo and redo form and editor edits alike; elsewhere, Undo
          edit and Redo edit at the top do the same.
        </p>
      </details>
    </dialog>
  );
}
