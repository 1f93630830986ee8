import { expect, test } from './support';

/**
 * The dev server (`npm run dev`) serves Monaco and monaco-yaml's worker differently from the build;
 * completion, hover and a schema marker must work there too.
 */
test('dev server: completion, hover and a schema marker', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.locator('.yaml-view').click({ position: { x: 5, y: 5 }, timeout: 60_000 });
  await page.waitForFunction(() => window.__asmEditor !== undefined, null, { timeout: 90_000 });
  const text = (await app.editorText()).replace('  minReplicas: 2', '  minReplicas: two');
  await app.pasteIntoEditor(text);
  await expect
    .poll(async () => (await app.markers()).map((marker) => marker.message))
    .toContain('spec.minReplicas should be a whole number, not the string "two".');
  const line = text.split('\n').indexOf('  maxReplicas: 4') + 1;
  await page.evaluate((lineNumber) => window.__asmEditor?.setCursor(lineNumber, 5), line);
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.press('ControlOrMeta+I');
  await expect(page.locator('.monaco-hover-content').filter({ hasText: 'The most pods the autoscaler may run.' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.evaluate((lineNumber) => window.__asmEditor?.setCursor(lineNumber, 18), line);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('tol');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'tolerations' }).first()).toBeVisible();
});
