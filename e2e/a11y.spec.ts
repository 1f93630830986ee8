import { expect, test } from './support';

const steps = ['Cluster', 'Replicas', 'Spread', 'Service & resources', 'Export'];

for (const step of steps) {
  test(`the ${step} step has no serious or critical accessibility violations, with every help open`, async ({ app, page }) => {
    // The light view of the YAML, not Monaco: the editor has a test of its own below, and loading it in each of
    // these made them slow on 2 cores.
    await app.open();
    await app.openStep(step);
    expect(await app.seriousViolations()).toEqual([]);
    const helps = page.getByRole('tabpanel').getByRole('button', { name: /^Help: / });
    for (const help of await helps.all()) await help.click();
    await expect(page.getByRole('tabpanel').getByRole('button', { name: /^Help: /, expanded: false })).toHaveCount(0);
    expect(await app.seriousViolations()).toEqual([]);
  });
}

test('the YAML editor has none either, loaded beside the wizard', async ({ app }) => {
  await app.open({ editor: true });
  await expect(app.editor).toBeFocused();
  expect(await app.seriousViolations()).toEqual([]);
});

test('the introduction has none either', async ({ app }) => {
  await app.open();
  await app.button('Help').click();
  await expect(app.page.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' })).toBeVisible();
  expect(await app.seriousViolations()).toEqual([]);
});

test('the ACK Serverless spread step and a field with an error have none either', async ({ app }) => {
  await app.open();
  await app.choose(app.radio('Cluster type', 'ACK Serverless'));
  await app.openStep('Spread');
  await app.button('Add vSwitch').click();
  expect(await app.seriousViolations()).toEqual([]);
  await app.openStep('Replicas');
  await app.field('Minimum replicas').fill('x');
  expect(await app.seriousViolations()).toEqual([]);
});
