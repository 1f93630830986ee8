import { Configurator, expect, test } from './support';

const STATE_KEY = 'asm-gateway-ha-configurator/state';

test('the diagram’s SVG and PNG are saved under the same safe name as the YAML, whatever metadata.name holds', async ({ app, page }) => {
  await app.open();
  const text = (await app.editorText()).replace('name: ingressgateway-1', 'name: "<img src=x onerror=alert(1)>"');
  await app.importFile('hostile.yaml', text);
  await expect.poll(() => app.editorText()).toContain('<img src=x onerror=alert(1)>');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download diagram (SVG)' }).click()]);
  expect(svg.suggestedFilename()).toBe('istio-gateway-placement.svg');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download diagram (PNG)' }).click()]);
  expect(png.suggestedFilename()).toBe('istio-gateway-placement.png');
  await app.openStep('Export');
  expect((await app.download()).name).toBe('istio-gateway.yaml');
});

test('a browser that refuses storage altogether (the localStorage getter throws) is told at start that work will not survive a reload', async ({
  app,
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await app.open();
  // Without storage the introduction cannot remember it was seen.
  const intro = page.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' });
  if (await intro.isVisible()) await intro.getByRole('button', { name: 'Start' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'This browser does not allow this page to store data: your work will not survive a reload.' });
  await expect(notice).toBeVisible();
  // The page works as before, without saving.
  await app.field('Gateway name').fill('not-kept');
  await expect.poll(() => app.editorText()).toContain('name: not-kept');
});

test('another tab’s later saves are announced each time, and this tab never saves over them silently', async ({ app, page, context }) => {
  await app.open();
  await app.openStep('Replicas');
  await app.field('Maximum replicas').fill('6');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STATE_KEY)).toContain('maxReplicas: 6');

  const other = await context.newPage();
  const second = new Configurator(other);
  await second.open();
  await second.openStep('Replicas');
  const announced = page.getByRole('status').filter({ hasText: 'This configurator is also open in another tab, which just saved its work.' });
  await second.field('Maximum replicas').fill('7');
  await expect(announced).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(announced).toBeHidden();

  // The other tab saves again after the notice was dismissed: said again.
  await second.field('Maximum replicas').fill('8');
  await expect(announced).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).click();

  // This tab's next edit keeps the other tab's work aside before saving its own, and says where.
  await app.field('Maximum replicas').fill('9');
  await expect(
    page.getByRole('status').filter({
      hasText:
        /Another tab of this configurator had saved its work after this tab did\. It is kept in this browser’s storage as “asm-gateway-ha-configurator\/state\/set-aside\//,
    }),
  ).toBeVisible();
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''])));
  const setAside = Object.entries(stored).filter(([key]) => key.startsWith(`${STATE_KEY}/set-aside/`));
  expect(setAside).toHaveLength(1);
  expect(setAside[0]?.[1]).toContain('maxReplicas: 8');
  expect(stored[STATE_KEY]).toContain('maxReplicas: 9');
  await other.close();
});
