import type { Page } from '@playwright/test';
import { Configurator, expect, test, selectedOptionFits } from './support';

/** A phone in portrait: the width most phones have in CSS pixels, with touch and a mobile viewport. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** How far the page is wider than the screen (0 when nothing makes it scroll sideways), and what sticks out most (outside the boxes that scroll on their own). */
const overflow = (page: Page): Promise<{ readonly by: number; readonly widest: string }> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let widest = '';
    let right = width;
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > right && element.closest('.yaml-view, .monaco-editor, .scroll-box') === null) {
        right = box.right;
        widest = element.outerHTML.slice(0, 80);
      }
    }
    return { by: document.documentElement.scrollWidth - width, widest };
  });

test('on a phone, the introduction can be tapped away and nothing makes the page scroll sideways', async ({ page }) => {
  const app = new Configurator(page);
  await app.open();
  const intro = page.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' });
  expect(await overflow(page)).toEqual({ by: 0, widest: '' });
  // Taller than the screen: the app opens it (Start focused, at its end) scrolled to its heading.
  await expect(intro.getByRole('button', { name: 'Start' })).toBeFocused();
  await expect(intro.getByRole('heading', { name: 'Make an ASM ingress gateway highly available' })).toBeInViewport();
  // Start (and Download) stay at the foot of the screen: no scrolling to reach them.
  await expect(intro.getByRole('button', { name: 'Start' })).toBeInViewport();
  await expect(intro.getByRole('button', { name: 'Download YAML' })).toBeInViewport();
  await intro.getByRole('button', { name: 'Start' }).tap();
  await expect(intro).toBeHidden();

  // The preset's name is not cut off beside its button.
  const preset = page.getByRole('combobox', { name: 'Preset' });
  for (const id of ['ack-node', 'ack-zone', 'serverless-eci']) {
    await preset.selectOption(id);
    expect(await selectedOptionFits(preset), id).toBe(true);
  }
  await preset.selectOption('ack-node');

  const check = async (where: string): Promise<void> => {
    expect(await overflow(page), where).toEqual({ by: 0, widest: '' });
  };
  for (const step of ['Cluster', 'Replicas', 'Spread', 'Service & resources', 'Export']) {
    await app.openStep(step);
    await check(`the ${step} step`);
  }
  // The diagram stacks its zones in one column, so its text is not scaled down to a third.
  const zones = page.getByRole('button', { name: /^Fail zone / });
  await expect(zones).toHaveCount(3);
  const stacked = async (): Promise<boolean> => {
    const boxes = await Promise.all((await zones.all()).map((zone) => zone.boundingBox()));
    const tops = boxes.map((box) => box?.y ?? 0);
    return new Set(boxes.map((box) => Math.round(box?.x ?? -1))).size === 1 && tops.every((top, i) => i === 0 || top > (tops[i - 1] ?? 0));
  };
  await expect.poll(stacked).toBe(true);
  // The placement tables with long node and plugin names, a failed zone and a rolling update.
  await page.getByRole('combobox', { name: 'Scores for node' }).selectOption({ index: 1 });
  await page
    .getByRole('button', { name: /^Fail zone / })
    .first()
    .click();
  await page.getByRole('checkbox', { name: 'Show rolling update' }).check();
  await check('the diagram with a failed zone and a rolling update');
  // A table wider than the screen scrolls in its own box, which the keyboard can reach and scroll too.
  const table = page.getByRole('region', { name: 'Placement table, scrolls sideways' });
  await table.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(await app.seriousViolations()).toEqual([]);
  await app.openStep('Cluster');
  await app.choose(app.radio('Cluster type', 'ACK Serverless'));
  await app.openStep('Spread');
  await check('the ACK Serverless spread step');
  await app.loadEditor();
  await check('the editor');
});
