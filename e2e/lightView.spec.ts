import { expect, holdEditorChunk, test } from './support';

const MONACO = /YamlEditor-|editor\.worker|yaml\.worker|codicon/;

test('without an intent to edit, Monaco is never requested, and the wizard, findings, diagram, export and share all work', async ({ app, page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  const view = app.editor;
  await expect(view).toHaveAttribute('aria-readonly', 'true');
  await expect(view).toContainText('kind: IstioGateway');

  // The wizard edits the text the view shows, with the changed lines marked.
  await app.field('Gateway name').fill('light-gw');
  await expect(view).toContainText('name: light-gw');
  await expect(page.locator('.yaml-view .changed-line').first()).toBeVisible();
  // Findings and their fixes; undo.
  await app.openStep('Replicas');
  await app.field('Minimum replicas').fill('1');
  await page
    .getByRole('region', { name: /^Findings/ })
    .getByRole('button', { name: 'Fix: Set minimum replicas to 2' })
    .click();
  await expect(view).toContainText('minReplicas: 2');
  await app.button('Undo edit').click();
  await expect(view).toContainText('minReplicas: 1');
  // The diagram.
  await page
    .getByRole('button', { name: /^Fail zone / })
    .first()
    .click();
  await expect(page.getByRole('button', { name: /^Fail zone / }).first()).toHaveAttribute('aria-pressed', 'true');
  // Export and share.
  await app.openStep('Export');
  await app.button('Copy YAML').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('name: light-gw');
  const file = await app.download();
  expect(file.text).toContain('minReplicas: 1');
  await app.button('Copy share link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied a share link' })).toBeVisible();

  expect(requested.filter((path) => MONACO.test(path))).toEqual([]);
  expect(await page.evaluate(() => window.__asmEditor === undefined)).toBe(true);
});

for (const browser of ['', ' (Safari before 18: no caretPositionFromPoint)']) {
  test(`clicking the view loads the editor at the same scroll position, with the caret where the click was${browser}`, async ({ app, page }) => {
    // Safari before 18 has only WebKit's caretRangeFromPoint: the same click is answered with it.
    if (browser) await page.addInitScript(() => Reflect.deleteProperty(Document.prototype, 'caretPositionFromPoint'));
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open();
    const view = page.locator('.yaml-view');
    await view.evaluate((element) => (element.scrollTop = 95));
    const line = page.locator('.yaml-view [data-line="12"]');
    const box = await line.boundingBox();
    if (!box) throw new Error('line 12 is not on screen');
    const text = (await line.textContent()) ?? '';
    await page.mouse.click(box.x + 66 + 8 * 3.5, box.y + box.height / 2);
    await page.waitForFunction(() => window.__asmEditor !== undefined);
    const state = await page.evaluate(() => window.__asmEditor?.viewState());
    expect(state?.scrollTop).toBe(95);
    expect(state?.line).toBe(12);
    expect(state?.column).toBeGreaterThan(1);
    expect(state?.column).toBeLessThanOrEqual(text.length + 1);
    await expect(app.editor).toBeFocused();
    // Typing goes where the caret is.
    await page.keyboard.type('#');
    await expect.poll(async () => (await app.editorText()).split('\n')[11]).not.toBe(text);
    if (browser) expect(await page.evaluate(() => 'caretPositionFromPoint' in document)).toBe(false);
  });
}

test('a finding no field owns loads the editor, with the caret on its line', async ({ app, page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const text =
      'apiVersion: istio.alibabacloud.com/v1beta1\nkind: IstioGateway\nmetadata:\n  name: gw\n  namespace: istio-system\nspec:\n  minReplicas: 2\n  bogusField: 1\n';
    localStorage.setItem(
      'asm-gateway-ha-configurator/state',
      JSON.stringify({ version: 2, text, preset: 'ack-node', step: 'cluster', cluster: { zones: [{ name: 'zone-a', nodes: [] }], vSwitchZones: {} } }),
    );
  });
  await app.open();
  expect(await page.evaluate(() => window.__asmEditor === undefined)).toBe(true);
  await page
    .getByRole('region', { name: /^Findings/ })
    .getByRole('button', { name: /bogusField is not a field/ })
    .click();
  await page.waitForFunction(() => window.__asmEditor !== undefined);
  await expect.poll(() => page.evaluate(() => window.__asmEditor?.viewState().line)).toBe(8);
  await expect(app.editor).toBeFocused();
  await expect.poll(async () => (await app.markers()).some((marker) => marker.line === 8)).toBe(true);
});

test('tabbing past the view while the editor loads does not pull the focus back', async ({ app, page }) => {
  const release = await holdEditorChunk(page);
  await app.open();
  await app.editor.focus();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? '');
  release();
  await page.waitForFunction(() => window.__asmEditor !== undefined);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? '')).toBe(next);
});

test('focusing the view, an import, and a finding only the editor can show each load the editor', async ({ app, page }) => {
  await app.open();
  await app.editor.focus();
  await page.waitForFunction(() => window.__asmEditor !== undefined);
  await expect(app.editor).toBeFocused();

  await page.reload();
  await app.waitForApp();
  expect(await page.evaluate(() => window.__asmEditor === undefined)).toBe(true);
  await app.importFile('gw.yaml', 'apiVersion: istio.alibabacloud.com/v1beta1\nkind: IstioGateway\nmetadata:\n  name: imported\n');
  await page.waitForFunction(() => window.__asmEditor !== undefined);
  expect(await app.editorText()).toContain('name: imported');
});
