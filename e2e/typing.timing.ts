import { expect, test } from './support';

declare global {
  interface Window {
    keystrokes?: number[];
    handlers?: number[];
  }
}

/**
 * Typing 50 characters into Gateway name: for each keystroke, the time from the input event to
 * the end of the first frame painted with the YAML changed (light view or Monaco), so it includes
 * the wait for that frame. Printed (p50, p95, max), not asserted:
 * speed is reported, not tested. Measured on the light view (no editor loaded) and again with Monaco.
 */
test('each keystroke in a field reaches the YAML within a frame', async ({ app, page }) => {
  test.setTimeout(120_000);
  const measure = async (label: string): Promise<void> => {
    await app.field('Gateway name').fill('g');
    await page.evaluate(() => {
      window.keystrokes = [];
      window.handlers = [];
      let started: number | undefined;
      let updated = false;
      const input = document.querySelector<HTMLInputElement>('#field-name');
      const target = document.querySelector('.yaml-view pre') ?? document.querySelector('.monaco-editor .view-lines');
      if (!input || !target) throw new Error('no Gateway name or no YAML on the page');
      new MutationObserver(() => (updated = true)).observe(target, { childList: true, subtree: true, characterData: true });
      // The keystroke starts when its input event does (capture, before the app's handler)…
      input.addEventListener('input', () => ((started = performance.now()), (updated = false)), { capture: true });
      // …and ends when the frame that shows the new YAML has been painted. This frame callback is
      // registered after the app's handler ran, so after any the editor registered for its own
      // rendering; a task posted from it runs once that frame's style, layout and paint are done.
      window.addEventListener('input', () => {
        if (started !== undefined) window.handlers?.push(performance.now() - started);
        const check = (): void => {
          if (started === undefined) return;
          if (!updated) {
            requestAnimationFrame(check);
            return;
          }
          const from = started;
          started = undefined;
          setTimeout(() => window.keystrokes?.push(performance.now() - from), 0);
        };
        requestAnimationFrame(check);
      });
    });
    await app.field('Gateway name').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmn', { delay: 60 });
    await expect.poll(() => page.evaluate(() => window.keystrokes?.length ?? 0)).toBeGreaterThanOrEqual(45);
    const { keystrokes, handlers } = await page.evaluate(() => ({ keystrokes: window.keystrokes ?? [], handlers: window.handlers ?? [] }));
    const quantiles = (values: number[]): string => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
      return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
    };
    console.log(`Keystroke → YAML repainted (${label}), ${keystrokes.length} keystrokes: ${quantiles(keystrokes)}`);
    console.log(`  of which the app's input handling (store, findings, placement, React render): ${quantiles(handlers)}`);
  };
  await app.open({ editor: false });
  await measure('light view');
  await app.loadEditor();
  await measure('Monaco');
});
