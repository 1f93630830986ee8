import { useEffect, useRef } from 'react';
import { INTRO_FIRST_CLASS } from '../../state/storageKey';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** The introduction: what the tool does in three steps, that nothing leaves the browser, and the keyboard. */
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
      <ol className="intro-steps">
        <li>
          <strong>Describe the gateway.</strong> Pick a preset, then answer the wizard: cluster type, replicas, and how the pods spread (across nodes or zones).
          Every field has a Help button: what it does, what it costs, its default.
        </li>
        <li>
          <strong>See what would break.</strong> Findings name the mistakes this tool checks for, from the ASM documentation and known Kubernetes issues, with a
          Fix button where there is one. The diagram shows where the pods land; fail a node or a zone and see what survives.
        </li>
        <li>
          <strong>Take the YAML.</strong> Copy it, download it, or copy a share link for a reviewer; then apply it with kubectl against the ASM instance.
        </li>
      </ol>
      <p>
        Everything stays in this browser: nothing you type is sent anywhere, and your work is kept here between visits. A share link carries the gateway in the
        part of the address that browsers never send to a server.
      </p>
      <h3>Keyboard</h3>
      <p>
        Everything works with the keyboard: Tab moves between controls, arrow keys choose among options. In the YAML editor, Tab indents (or accepts a suggestion: Escape closes the list first); press Ctrl+M
        (Ctrl+Shift+M on a Mac) to make Tab move the focus out of the editor instead, and again to switch back. In the editor, Ctrl+Z and Ctrl+Y (⌘Z and ⌘⇧Z on
        a Mac) undo and redo form and editor edits alike; elsewhere, Undo edit and Redo edit at the top do the same.
      </p>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          Start
        </button>
      </form>
    </dialog>
  );
}
