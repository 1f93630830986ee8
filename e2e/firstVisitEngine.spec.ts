import { expect, holdScripts, test } from './support';

// The built page only: the dev server serves no first screen, and starts with the engine.
const ENGINE = /\/assets\/engine-[^/]+\.js$/;

test('a first visit loads only what index.html lists until the user reaches for the page; edits made while the rest loads land, in order', async ({
  app,
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path);
  });
  const release = await holdScripts(page, ENGINE);
  await app.open();
  await page.waitForLoadState('networkidle');
  const listed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]')].map(
      (element) => new URL(element instanceof HTMLScriptElement ? element.src : element.href).pathname,
    ),
  );
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => !listed.includes(path))).toEqual([]);

  // Reaching for the page starts the engine; the step opens at once, without it.
  await app.openStep('Spread');
  await expect.poll(() => scripts.some((path) => ENGINE.test(path))).toBe(true);
  // While it loads, a choice and a typed name wait for it; what is typed stays in the field.
  await app.radio('Rule', 'Required').click();
  await app.openStep('Cluster');
  await app.field('Gateway name').fill('before-the-engine');
  await expect(app.field('Gateway name')).toHaveValue('before-the-engine');
  expect(await app.editorText()).not.toContain('requiredDuringSchedulingIgnoredDuringExecution');
  release();
  await expect.poll(() => app.editorText()).toContain('name: before-the-engine');
  const text = await app.editorText();
  expect(text).toContain('requiredDuringSchedulingIgnoredDuringExecution:');
  // One history: two edits, two undo steps.
  await app.button('Undo edit').click();
  await expect.poll(() => app.editorText()).not.toContain('name: before-the-engine');
  expect(await app.editorText()).toContain('requiredDuringSchedulingIgnoredDuringExecution:');
});

test('if the engine cannot load, the page says so and the form keeps the first screen', async ({ app, page }) => {
  await page.route(ENGINE, (route) => route.abort());
  await app.open();
  const before = await app.editorText();
  await app.openStep('Replicas');
  await app.field('Minimum replicas').fill('3');
  await expect(page.getByRole('status').filter({ hasText: 'could not load the part that edits the gateway' })).toBeVisible();
  expect(await app.editorText()).toBe(before);
});

test('a step chosen and a port added and typed before the engine has loaded are written, and survive a reload', async ({ app, page }) => {
  const release = await holdScripts(page, ENGINE);
  await app.open();
  await app.openStep('Service & resources');
  await app.button('Add port').click();
  const added = page.getByRole('group', { name: 'Port 5' });
  await added.getByLabel('Name', { exact: true }).fill('http-alt');
  await added.getByLabel('Port', { exact: true }).fill('8080');
  await added.getByLabel('Target port', { exact: true }).fill('8080');
  await expect(added.getByLabel('Name', { exact: true })).toHaveValue('http-alt');
  expect(await app.editorText()).not.toContain('http-alt');
  release();
  await expect.poll(() => app.editorText()).toContain('  - name: http-alt\n    port: 8080\n    targetPort: 8080\n  replicaCount');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('asm-gateway-ha-configurator/state'))).toContain('http-alt');
  await page.reload();
  await app.waitForApp();
  await expect(app.tab('Service & resources')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('group', { name: 'Port 5' }).getByLabel('Name', { exact: true })).toHaveValue('http-alt');
});

test('a step chosen before the engine has loaded is saved even when nothing else changed', async ({ app, page }) => {
  await app.open();
  await app.openStep('Replicas');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('asm-gateway-ha-configurator/state'))).toContain('replicas');
  await page.reload();
  await app.waitForApp();
  await expect(app.tab('Replicas')).toHaveAttribute('aria-selected', 'true');
});
