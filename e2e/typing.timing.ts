import { expect, test } from './support';

declare global {
  interface Window {
    keystrokes?: number[];
  }
}

/**
 * Typing 50 characters into Gateway name: for each keystroke, the time from the input event to
 * the next frame after the YAML view shows the change. Printed (p50, p95, max), not asserted:
 * speed is reported, not tested. Measured on the light view (no editor loaded) and again with Monaco.
 */
test('each keystroke in a field reaches the YAML within a frame', async ({ app, page }) => {
  test.setTimeout(120_000);
  const measure = async (label: string): Promise<void> => {
    await app.field('Gateway name').fill('g');
    await page.evaluate(() => {
      window.keystrokes = [];
      let started: number | undefined;
      const input = document.querySelector<HTMLInputElement>('#field-name');
      input?.addEventListener('input', () => (started = performance.now()), { capture: true });
      const target = document.querySelector('.yaml-view pre') ?? document.querySelector('.monaco-editor .view-lines');
      if (!target) throw new Error('no YAML on the page');
      new MutationObserver(() => {
        if (started === undefined) return;
        const from = started;
        started = undefined;
        requestAnimationFrame(() => window.keystrokes?.push(performance.now() - from));
      }).observe(target, { childList: true, subtree: true, characterData: true });
    });
    await app.field('Gateway name').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmn', { delay: 60 });
    await expect.poll(() => page.evaluate(() => window.keystrokes?.length ?? 0)).toBeGreaterThanOrEqual(45);
    const times = (await page.evaluate(() => window.keystrokes ?? [])).sort((a, b) => a - b);
    const at = (q: number): string => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
    console.log(`Keystroke → YAML repainted (${label}), ${times.length} keystrokes: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
  };
  await app.open({ editor: false });
  await measure('light view');
  await app.loadEditor();
  await measure('Monaco');
});
