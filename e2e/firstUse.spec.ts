import type { Locator, Page } from '@playwright/test';
import { expect, seedExample, test } from './support';

const preset = (page: Page): Locator => page.getByRole('combobox', { name: 'Preset' });
const selectedText = (select: Locator): Promise<string> => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? '');

test('the Preset control says when the YAML departs from the preset, and shows the changed lines', async ({ app, page }) => {
  await app.open({ editor: false });
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
  await app.open({ editor: false });
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

test('a share link opens on its gateway, without the introduction', async ({ page, browser, baseURL }) => {
  // A first visit in a browser of its own: no introduction seen, nothing saved.
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const first = await context.newPage();
  await first.goto('/');
  await expect(first.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' })).toBeVisible();
  await context.close();
  // The same, with a link: the reviewer came for the gateway.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const reviewer = await browser.newContext(baseURL ? { baseURL } : {});
  const other = await reviewer.newPage();
  await other.goto('/#share=1.AAAAAA');
  await expect(other.getByRole('status').filter({ hasText: 'This share link is damaged' })).toBeVisible();
  await expect(other.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' })).toBeHidden();
  await reviewer.close();
});

test('the first screen shows the what-ifs, and the verdicts say what is guaranteed and what only happened', async ({ app, page }) => {
  await app.open({ editor: false });
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
  await app.open({ editor: false });
  for (const id of ['ack-node', 'ack-zone', 'serverless-eci']) {
    await preset(page).selectOption(id);
    expect(
      await preset(page).evaluate((select: HTMLSelectElement) => {
        const probe = document.createElement('span');
        probe.style.font = getComputedStyle(select).font;
        probe.textContent = select.selectedOptions[0]?.textContent ?? '';
        document.body.append(probe);
        const fits = probe.getBoundingClientRect().width + 32 <= select.clientWidth;
        probe.remove();
        return fits;
      }),
      id,
    ).toBe(true);
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
