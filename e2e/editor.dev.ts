import { test } from './support';

/**
 * The dev server (`npm run dev`) serves Monaco and monaco-yaml's worker differently from the build;
 * completion, hover and a schema marker must work there too.
 */
test('dev server: completion, hover and a schema marker', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.locator('.yaml-view').click({ position: { x: 5, y: 5 }, timeout: 60_000 });
  await page.waitForFunction(() => window.__asmEditor !== undefined, null, { timeout: 90_000 });
  await app.expectSchemaHelp();
});
