import { expect, holdAppScript, test } from './support';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first screen is in the HTML itself', async ({ page }) => {
    await page.goto('/');
    const root = page.locator('#root');
    await expect(root).toContainText('ASM Gateway HA Configurator');
    await expect(root.locator('.yaml-view')).toContainText('kind: IstioGateway');
    await expect(root.locator('.yaml-view')).toContainText('podAntiAffinity');
    await expect(root.getByText('Gateway name', { exact: true })).toBeVisible();
    await expect(root.locator('svg').first()).toBeVisible();
    // Nothing on it can be used before the app starts (a click would be lost, typing undone).
    await expect(root).toHaveAttribute('inert', '');
    // …and the page says why it will not start.
    // (Playwright's text and role selectors skip <noscript>, so CSS finds it.)
    const message = page.locator('noscript > p.boot-error');
    await expect(message).toBeVisible();
    await expect(message).toHaveText('This page needs JavaScript: the wizard, the editor and the findings all run in your browser.');
  });
});

test('the first visit paints from the HTML, stays inert until the app starts, then hydrates it without a mismatch and answers', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const release = await holdAppScript(page);
  await page.goto('/');
  const root = page.locator('#root');
  await expect(root.locator('.yaml-view')).toContainText('kind: IstioGateway');
  await expect(root).toHaveAttribute('inert', '');
  // A first visit: the introduction shows from the HTML already, where the app's modal will be.
  const shown = root.locator('dialog.intro');
  await expect(shown).toBeVisible();
  await expect(shown).toContainText('Make an ASM ingress gateway highly available');
  const before = await shown.boundingBox();
  release();
  await expect(root).not.toHaveAttribute('inert');
  // The app opens it as a modal (Start focused) in the same place.
  const intro = page.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' });
  await expect(intro).toBeVisible();
  await expect(intro.getByRole('button', { name: 'Start' })).toBeFocused();
  expect(await intro.boundingBox()).toEqual(before);
  await intro.getByRole('button', { name: 'Start' }).click();
  await page.getByLabel('Gateway name', { exact: true }).fill('hydrated-gw');
  await expect(page.getByRole('textbox', { name: 'IstioGateway YAML' })).toContainText('name: hydrated-gw');
  expect(errors).toEqual([]);
});

test('saved work is never shown as the default preset first: the HTML’s screen stays hidden until the user’s own renders', async ({ app, page }) => {
  await app.open();
  await app.field('Gateway name').fill('my-own-gw');
  await expect(app.editor).toContainText('name: my-own-gw');
  await page.waitForFunction(() => localStorage.getItem('asm-gateway-ha-configurator/state')?.includes('my-own-gw'));

  const release = await holdAppScript(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveClass(/client-render/);
  await expect(page.locator('dialog.intro')).toBeHidden();
  await expect(page.locator('#root')).toBeHidden();
  release();
  await expect(app.field('Gateway name')).toHaveValue('my-own-gw');
  await expect(app.editor).toContainText('name: my-own-gw');
  await expect(page.locator('html')).not.toHaveClass(/client-render/);
});

test('a returning visitor who has seen the introduction does not see it in the HTML either', async ({ app, page }) => {
  const release = await holdAppScript(page);
  await page.goto('/');
  await expect(page.locator('#root .yaml-view')).toContainText('kind: IstioGateway');
  await expect(page.locator('dialog.intro')).toBeHidden();
  release();
  await app.waitForApp();
  // The app is live (an edit reaches the YAML), and still no introduction.
  await app.field('Gateway name').fill('returning-gw');
  await expect(app.editor).toContainText('name: returning-gw');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('when the app’s script cannot load, a first visit sees why, not an introduction it cannot close', async ({ page }) => {
  await page.route(/\/assets\/start-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(/could not load its script/);
  await expect(page.locator('dialog.intro')).toBeHidden();
});
