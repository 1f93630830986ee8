import { FIELDS } from '../src/core/gateway/fields';
import { Configurator, expect, test } from './support';

test('a first visit shows the introduction once; Help shows it again', async ({ page }) => {
  const app = new Configurator(page);
  await app.open();
  const intro = page.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' });
  await expect(intro).toBeVisible();
  await expect(intro).toContainText('nothing you type is sent anywhere');
  await expect(intro).toContainText('Ctrl+M');
  await expect(intro.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(intro).toBeHidden();
  await page.reload();
  await app.waitForApp();
  await expect(intro).toBeHidden();
  await app.button('Help').click();
  await expect(intro).toBeVisible();
  await intro.getByRole('button', { name: 'Start' }).click();
  await expect(intro).toBeHidden();
  await expect(app.button('Help')).toBeFocused();
});

test('every wizard field has a help button that explains it, by mouse and by keyboard', async ({ app, page }) => {
  await app.open();
  const seen = new Set<string>();
  for (const step of ['Cluster', 'Replicas', 'Spread', 'Service & resources']) {
    await app.openStep(step);
    for (const button of await page
      .getByRole('tabpanel')
      .getByRole('button', { name: /^Help: / })
      .all()) {
      seen.add(((await button.getAttribute('aria-label')) ?? '').slice('Help: '.length));
    }
  }
  // ACK Serverless shows the vSwitch fields instead of the anti-affinity ones.
  await app.openStep('Cluster');
  await app.choose(app.radio('Cluster type', 'ACK Serverless'));
  await app.openStep('Spread');
  for (const button of await page
    .getByRole('tabpanel')
    .getByRole('button', { name: /^Help: / })
    .all()) {
    seen.add(((await button.getAttribute('aria-label')) ?? '').slice('Help: '.length));
  }
  const weightShown = seen.has(FIELDS.weight.label);
  expect([...seen].sort()).toEqual(
    Object.values(FIELDS)
      .map((info) => info.label)
      .filter((label) => weightShown || label !== FIELDS.weight.label)
      .sort(),
  );

  const help = app.button(`Help: ${FIELDS.scheduleStrategy.label}`);
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator(`#${(await help.getAttribute('aria-controls')) ?? ''}`);
  await expect(panel).toContainText(FIELDS.scheduleStrategy.ha);
  await expect(panel).toContainText(FIELDS.scheduleStrategy.defaultNote);
  await expect(panel).toContainText(FIELDS.scheduleStrategy.source);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(help).toBeFocused();
});
