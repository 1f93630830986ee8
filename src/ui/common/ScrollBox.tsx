import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * A box that scrolls sideways when its content (a table) is wider than the screen, instead of widening the
 * page. While it scrolls it is a named region in the tab order, so the keyboard can scroll it too; when
 * everything fits it is neither (no extra Tab stop on a wide screen).
 */
export function ScrollBox({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // While it has the focus it stays focusable (a phone turned sideways must not drop the focus on the page).
    const measure = (): void => setScrolls(element.scrollWidth > element.clientWidth + 1 || document.activeElement === element);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="scroll-box" {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': `${label}, scrolls sideways` } : {})}>
      {children}
    </div>
  );
}
