import { Configurator, expect, test } from './support';

test('a reload keeps the YAML, the cluster and the wizard step', async ({ app, page }) => {
  await app.open();
  await app.field('Gateway name').fill('kept-gw');
  await page.getByRole('spinbutton', { name: 'Zones' }).fill('4');
  await app.openStep('Spread');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('asm-gateway-ha-configurator/state') ?? '')).toContain('kept-gw');
  await page.reload();
  await app.loadEditor();
  expect(await app.editorText()).toContain('name: kept-gw');
  await expect(page.getByRole('spinbutton', { name: 'Zones' })).toHaveValue('4');
  await expect(app.tab('Spread')).toHaveAttribute('aria-selected', 'true');
});

test('corrupt saved data is set aside with a message, never a blank page', async ({ app, page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('asm-gateway-ha-configurator/state', '{"version": 1, "text": ');
    }
  });
  await app.open();
  await expect(page.getByRole('status').filter({ hasText: 'Your saved work could not be restored: it is not valid JSON.' })).toBeVisible();
  expect(await app.editorText()).toContain('name: ingressgateway-1');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((key) => key.startsWith('asm-gateway-ha-configurator/state/set-aside/'))).toBe(true);
});

test('a second tab saving its work is announced in the first, which would otherwise overwrite it', async ({ app, page, context }) => {
  await app.open();
  const other = await context.newPage();
  const second = new Configurator(other);
  await second.open();
  await second.field('Gateway name').fill('from-the-other-tab');
  await expect(page.getByRole('status').filter({ hasText: 'This configurator is also open in another tab, which just saved its work.' })).toBeVisible();
  await other.close();
});
