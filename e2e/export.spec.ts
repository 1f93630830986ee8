import { expect, holdEditorChunk, test } from './support';

test('Copy YAML puts the YAML on the clipboard and says so', async ({ app, context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await app.field('Gateway name').fill('copied-gw');
  await expect.poll(() => app.editorText()).toContain('name: copied-gw');
  await app.openStep('Export');
  await app.button('Copy YAML').click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the YAML to the clipboard.' })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await app.editorText());
});

test('when the clipboard is refused, it says so and selects the YAML for copying by hand', async ({ app, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
  });
  await app.open();
  await app.openStep('Export');
  await app.button('Copy YAML').click();
  await expect(page.getByRole('status').filter({ hasText: 'did not allow access to the clipboard' })).toBeVisible();
  const manual = page.getByRole('textbox', { name: 'YAML to copy by hand' });
  await expect(manual).toBeFocused();
  const selection = await manual.evaluate((element: HTMLTextAreaElement) => [element.selectionStart, element.selectionEnd, element.value.length]);
  expect(selection).toEqual([0, selection[2], selection[2]]);
  expect(await manual.inputValue()).toBe(await app.editorText());
});

test('Monaco and its worker load from the app’s own origin, with no request elsewhere', async ({ app, page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('worker')) scripts.push(new URL(request.url()).pathname);
  });
  await app.open({ editor: true });
  await app.editor.focus();
  await page.keyboard.press('Control+End');
  await expect.poll(() => scripts.some((path) => path.includes('editor.worker'))).toBe(true);
  expect(scripts.some((path) => path.includes('YamlEditor'))).toBe(true);
});

test('the wizard works before the editor arrives, and the editor then shows the edited YAML', async ({ app, page }) => {
  const release = await holdEditorChunk(page);
  await page.goto('/');
  await app.waitForApp();
  await app.field('Gateway name').fill('early-gw');
  await expect(page.locator('.yaml-view')).toContainText('name: early-gw');
  expect(await page.evaluate(() => window.__asmEditor === undefined)).toBe(true);
  release();
  await app.loadEditor();
  expect(await app.editorText()).toContain('  name: early-gw\n');
});
