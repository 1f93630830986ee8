import { expect, test } from './support';

declare global {
  interface Window {
    keystrokes?: number[];
    handlers?: number[];
  }
}

/**
 * Typing into Gateway name (50 characters when measuring): for each keystroke, the time from the input event to
 * the end of the first frame painted with the YAML changed (light view or Monaco), so it includes
 * the wait for that frame. Printed (p50, p95, max), not asserted:
 * speed is reported, not tested. Measured on the light view (no editor loaded) and again with Monaco, and
 * on a bare input outside the app that changes one text node: the floor that the wait for a frame sets.
 */
const FLOOR_INPUT = '#floor-input';

/** `npm run timing` types 50 characters for its figures; `npm test` types a dozen, to check that each keystroke reaches the YAML. */
const TYPED = process.env.TIMING_RUNS === undefined ? 'abcdefghijkl' : 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmn';

test('each keystroke in a field reaches the YAML within a frame', async ({ app, page }) => {
  test.setTimeout(120_000);
  const measure = async (label: string, inputSelector = '#field-name'): Promise<void> => {
    await page.locator(inputSelector).fill('g');
    await page.evaluate((selector) => {
      window.keystrokes = [];
      window.handlers = [];
      let started: number | undefined;
      let updated = false;
      const input = document.querySelector<HTMLInputElement>(selector);
      const target =
        document.querySelector('#floor-output') ?? document.querySelector('.yaml-view pre') ?? document.querySelector('.monaco-editor .view-lines');
      if (!input || !target) throw new Error('no input or no YAML on the page');
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
    }, inputSelector);
    await page.locator(inputSelector).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED, { delay: 60 });
    await expect.poll(() => page.evaluate(() => window.keystrokes?.length ?? 0)).toBeGreaterThanOrEqual(Math.floor(TYPED.length * 0.9));
    const { keystrokes, handlers } = await page.evaluate(() => ({ keystrokes: window.keystrokes ?? [], handlers: window.handlers ?? [] }));
    const quantiles = (values: number[]): string => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
      return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
    };
    if (inputSelector === FLOOR_INPUT) {
      console.log(`Floor on this machine: keystroke → repainted for an input that only changes one text node: ${quantiles(keystrokes)}`);
      return;
    }
    console.log(`Keystroke → YAML repainted (${label}), ${keystrokes.length} keystrokes: ${quantiles(keystrokes)}`);
    console.log(`  of which the app's input handling (store, findings, placement, React render): ${quantiles(handlers)}`);
  };
  await app.open();
  await measure('light view');
  await app.loadEditor();
  await measure('Monaco');
  // The same measure on a bare input outside the app: what waiting for the next frame alone costs here.
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { id: 'floor-input', ariaLabel: 'Floor' });
    const output = Object.assign(document.createElement('pre'), { id: 'floor-output' });
    input.addEventListener('input', () => (output.textContent = input.value));
    document.body.append(input, output);
  });
  await measure('floor', FLOOR_INPUT);
});
