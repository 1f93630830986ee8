import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { expect, holdScripts, seedExample, test, selectedOptionFits } from './support';

const ENGINE = /\/assets\/engine-[^/]+\.js$/;
const INTRO = 'Make an ASM ingress gateway highly available';

const preset = (page: Page): Locator => page.getByRole('combobox', { name: 'Preset' });
const selectedText = (select: Locator): Promise<string> => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? '');

test('the Preset control says when the YAML departs from the preset, and shows the changed lines', async ({ app, page }) => {
  await app.open();
  await expect.poll(() => selectedText(preset(page))).toBe('ACK: spread across nodes');
  // A form edit.
  await app.openStep('Replicas');
  await app.field('Maximum replicas').fill('6');
  await expect.poll(() => selectedText(preset(page))).toBe('Custom (edited from ACK: spread across nodes)');
  await page.getByText('Show changes from ACK: spread across nodes').click();
  const changes = page.getByLabel('Changed lines');
  await expect(changes).toContainText('−  12    maxReplicas: 4');
  await expect(changes).toContainText('+  12    maxReplicas: 6');
  // Choosing the preset again is the preset again.
  await preset(page).selectOption('ack-node');
  await expect.poll(() => selectedText(preset(page))).toBe('ACK: spread across nodes');
  // A cluster-type switch.
  await app.openStep('Cluster');
  await app.choose(app.radio('Cluster type', 'ACK Serverless'));
  await expect.poll(() => selectedText(preset(page))).toBe('Custom (edited from ACK: spread across nodes)');
  // An import, then an edit of it.
  const seed = await seedExample('ack-zone-spread.yaml');
  await app.importFile('prod.yaml', seed.replace('ingressgateway-1', 'prod-gw'));
  await expect.poll(() => selectedText(preset(page))).toBe('Imported: prod.yaml');
  await app.field('Gateway name').fill('prod-gw-2');
  await expect.poll(() => selectedText(preset(page))).toBe('Custom (edited from prod.yaml)');
  // A paste into the editor.
  await app.pasteIntoEditor(seed);
  await expect.poll(() => selectedText(preset(page))).toBe('Custom (edited from prod.yaml)');
});

test('Next brings the new step’s heading into view and focuses it', async ({ app, page }) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await app.open();
  for (const [step, next] of [
    ['Cluster', 'Replicas'],
    ['Replicas', 'Spread'],
  ] as const) {
    await expect(app.tab(step)).toHaveAttribute('aria-selected', 'true');
    // Next sits below the fields: the page is scrolled down to reach it.
    await app.button('Next').click();
    const heading = page.getByRole('heading', { name: new RegExp(`^Step \\d of 5: ${next}$`) });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  }
});

test('a share link opens on its gateway, without the introduction', async ({ browser, baseURL }) => {
  // A first visit in a browser of its own: no introduction seen, nothing saved.
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const first = await context.newPage();
  await first.goto('/');
  await expect(first.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' })).toBeVisible();
  await context.close();
  // The same, with a link: the reviewer came for the gateway.
  const reviewer = await browser.newContext(baseURL ? { baseURL } : {});
  const other = await reviewer.newPage();
  await other.goto('/#share=1.AAAAAA');
  await expect(other.getByRole('status').filter({ hasText: 'This share link is damaged' })).toBeVisible();
  await expect(other.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' })).toBeHidden();
  await reviewer.close();
});

test('the first screen shows the what-ifs, and the verdicts say what is guaranteed and what only happened', async ({ app, page }) => {
  await app.open();
  await expect(page.getByRole('slider', { name: 'Replicas to place' })).toBeInViewport();
  await expect(page.getByRole('checkbox', { name: 'Show rolling update' })).toBeInViewport();
  const verdicts = page.getByRole('list', { name: 'Verdicts' });
  await expect(verdicts).toContainText('Survives losing any one zone: Yes');
  await expect(verdicts).toContainText('Only as simulated: no rule spreads the pods over zones, so nothing promises it.');
  await expect(verdicts).toContainText('Preferred, not guaranteed: the rule asks for different nodes');
  await page.getByRole('button', { name: 'Edit the simulated cluster' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Zones' })).toBeFocused();
  await expect(page.getByRole('spinbutton', { name: 'Zones' })).toBeInViewport();
  // Nothing pending: the lane is not amber; one replica is one.
  await expect(page.locator('.pending-lane')).toHaveAttribute('fill', '#f8f9fa');
  await app.openStep('Replicas');
  await app.field('Minimum replicas').fill('1');
  await app.field('Maximum replicas').fill('1');
  await expect(page.getByText('With every node up, 1 replica placed:')).toBeVisible();
  await app.openStep('Export');
  await expect(page.getByText('1 (autoscaler minimum and maximum alike)')).toBeVisible();
});

test('on a 1440-pixel screen the preset names fit their select, and list help buttons sit beside their legends', async ({ app, page }) => {
  await app.open();
  for (const id of ['ack-node', 'ack-zone', 'serverless-eci']) {
    await preset(page).selectOption(id);
    expect(await selectedOptionFits(preset(page)), id).toBe(true);
  }
  await app.openStep('Spread');
  for (const name of ['vSwitch IDs']) {
    const legend = page.locator('legend', { hasText: name });
    const help = page.getByRole('button', { name: `Help: ${name}` });
    const [a, b] = [await legend.boundingBox(), await help.boundingBox()];
    expect(Math.abs((a?.y ?? 0) + (a?.height ?? 0) / 2 - ((b?.y ?? 0) + (b?.height ?? 0) / 2)), name).toBeLessThan(12);
  }
  await app.openStep('Service & resources');
  const legend = page.locator('legend', { hasText: /^Ports$/ });
  const help = page.getByRole('button', { name: 'Help: Ports' });
  const [a, b] = [await legend.boundingBox(), await help.boundingBox()];
  expect(Math.abs((a?.y ?? 0) + (a?.height ?? 0) / 2 - ((b?.y ?? 0) + (b?.height ?? 0) / 2))).toBeLessThan(12);
});

// `page` without the `app` fixture: a first visit, so the introduction shows.
test('the introduction’s answers typed while the engine loads are kept, and its Download waits until they are written', async ({ page }) => {
  const release = await holdScripts(page, ENGINE);
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: INTRO });
  await expect(dialog).toBeVisible();
  // Keys reach the page once the app has taken it over (the prerendered screen is inert until then); the engine is still held.
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  const fewest = dialog.getByLabel('Fewest gateway pods');
  const most = dialog.getByLabel('Most gateway pods');
  await fewest.fill('');
  await fewest.pressSequentially('3');
  await most.fill('');
  await most.pressSequentially('12');
  // Every keystroke is there, though the engine that writes them has not arrived.
  await expect(fewest).toHaveValue('3');
  await expect(most).toHaveValue('12');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download YAML' }).click();
  release();
  const file = await download;
  expect(parse(await readFile(await file.path(), 'utf8'))).toMatchObject({ spec: { minReplicas: 3, maxReplicas: 12 } });
});

test('the introduction’s answers are locked, with the reason, while the YAML is not a gateway they can edit; its vSwitch fields write no empty row', async ({
  app,
  page,
}) => {
  await app.open();
  await app.pasteIntoEditor('spec: [\n');
  await app.button('Help').click();
  const dialog = page.getByRole('dialog', { name: INTRO });
  await expect(dialog.getByText('The YAML behind this window is not an IstioGateway these answers can edit.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'ACK Serverless', exact: true })).toBeDisabled();
  await expect(dialog.getByLabel('Fewest gateway pods')).toBeDisabled();
  await dialog.getByRole('button', { name: 'Start' }).click();
  await app.button('Undo edit').click();
  await expect.poll(() => app.editorText()).toContain('kind: IstioGateway');
  await app.button('Help').click();
  await dialog.getByRole('radio', { name: 'ACK Serverless', exact: true }).click();
  // One vSwitch typed, the second emptied: the first is written alone, not held back by an empty second row.
  await dialog.getByLabel('First vSwitch ID').fill('vsw-only1');
  await dialog.getByLabel('Second vSwitch ID').fill('');
  await expect.poll(() => app.editorText()).toMatch(/eci-vswitch: "?vsw-only1"? #/);
  await expect(dialog.getByLabel('First vSwitch ID')).not.toHaveAttribute('aria-invalid', 'true');
});
