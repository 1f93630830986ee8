import type { Browser, Page } from '@playwright/test';
import { Configurator, expect, test } from './support';

/** Copies the share link through the page's own button and reads it back from the clipboard. */
async function copyShareLink(app: Configurator, page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.openStep('Export');
  await app.button('Copy share link').click();
  await expect(page.getByRole('status').filter({ hasText: /Copied a share link \(\d+ characters\) to the clipboard\./ })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Shares a gateway named “theirs”, then renames it “mine” on the Cluster step: a link, and work of one's own it would replace. */
async function shareThenEditOwn(app: Configurator, page: Page): Promise<string> {
  await app.open();
  await app.field('Gateway name').fill('theirs');
  await expect.poll(() => app.editorText()).toContain('  name: theirs\n');
  const link = await copyShareLink(app, page);
  await app.openStep('Cluster');
  await app.field('Gateway name').fill('mine');
  // The YAML follows once the engine has the edit (on a first visit it may still be loading).
  await expect.poll(() => app.editorText()).toContain('  name: mine\n');
  return link;
}

/** A second browser, as the recipient: its own storage, a returning user. */
async function recipient(browser: Browser, baseURL: string | undefined): Promise<{ page: Page; app: Configurator; close: () => Promise<void> }> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  await context.addInitScript(() => localStorage.setItem('asm-gateway-ha-configurator/intro-seen', '1'));
  const page = await context.newPage();
  return { page, app: new Configurator(page), close: () => context.close() };
}

test('a copied share link opened in a fresh browser shows the same YAML, cluster and step', async ({ app, page, browser, baseURL }) => {
  await app.open();
  await app.field('Gateway name').fill('shared-gw');
  await page.getByRole('spinbutton', { name: 'Zones' }).fill('3');
  // The YAML follows once the engine has the edit (on a first visit it may still be loading).
  await expect.poll(() => app.editorText()).toContain('  name: shared-gw\n');
  const text = await app.editorText();
  const link = await copyShareLink(app, page);
  expect(link.startsWith(`${new URL(page.url()).origin}/#share=1.`)).toBe(true);
  expect(link.length).toBeLessThan(2000);

  const other = await recipient(browser, baseURL);
  await other.page.goto(link);
  await other.app.loadEditor();
  await expect.poll(() => other.app.editorText()).toBe(text);
  await expect(other.page.getByRole('spinbutton', { name: 'Zones' })).toHaveValue('3');
  await expect(other.app.tab('Export')).toHaveAttribute('aria-selected', 'true');
  await expect(other.page.getByRole('status').filter({ hasText: 'Opened the shared gateway.' })).toBeVisible();
  // The link is taken out of the address bar: a reload shows the saved state, not the link again.
  expect(new URL(other.page.url()).hash).toBe('');
  await other.close();
});

test('opening a link over work of one’s own keeps it, and one click returns to it', async ({ app, page }) => {
  const link = await shareThenEditOwn(app, page);
  await page.getByRole('spinbutton', { name: 'Zones' }).fill('4');
  const mine = await app.editorText();

  await page.goto(link);
  await app.loadEditor();
  await expect.poll(() => app.editorText()).toContain('name: theirs');
  await expect(page.getByRole('status').filter({ hasText: 'Your own work is kept: “Back to my work” at the top returns to it.' })).toBeVisible();
  // Kept across a reload, too.
  await page.reload();
  await app.loadEditor();
  await app.button('Back to my work').click();
  await expect.poll(() => app.editorText()).toBe(mine);
  await expect(page.getByRole('spinbutton', { name: 'Zones' })).toHaveValue('4');
  await expect(app.button('Back to my work')).toHaveCount(0);
  await expect(app.button('Back to the shared gateway')).toBeVisible();
});

test('a tampered or truncated link changes nothing and says why', async ({ app, page }) => {
  const link = await shareThenEditOwn(app, page);
  const mine = await app.editorText();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('asm-gateway-ha-configurator/state') ?? '')).toContain('mine');

  const at = link.length - 10;
  const tampered = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
  for (const bad of [tampered, link.slice(0, -12), link.replace('#share=1.', '#share=9.')]) {
    await page.goto(bad);
    await app.loadEditor();
    await expect(page.getByRole('status').filter({ hasText: /^This share link .* Nothing was changed\./ })).toBeVisible();
    expect(await app.editorText()).toBe(mine);
  }
  await expect(page.getByRole('status').filter({ hasText: 'made by a newer version of the configurator (link format 9' })).toBeVisible();
});

test('Reset to preset restores the preset, and Undo brings the edit back', async ({ app, page }) => {
  await app.open();
  const preset = await app.editorText();
  await app.field('Gateway name').fill('edited');
  await app.button('Reset to preset').click();
  await expect(page.getByRole('status').filter({ hasText: 'Reset to the preset “ACK: spread across nodes”.' })).toBeVisible();
  await expect.poll(() => app.editorText()).toBe(preset);
  await app.button('Undo').click();
  await expect.poll(() => app.editorText()).toContain('name: edited');
});

test('the Export step hands off to kubectl, with its own copy button and where to run it', async ({ app, page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await app.openStep('Export');
  const handoff = page.getByRole('region', { name: 'Apply it' });
  await expect(handoff.getByText('kubectl apply -f ingressgateway-1.yaml', { exact: true })).toBeVisible();
  await expect(handoff).toContainText('kubeconfig of the ASM instance');
  await expect(handoff).toContainText('Create from YAML');
  await handoff.getByRole('button', { name: 'Copy command' }).click();
  await expect(handoff.getByRole('status')).toHaveText('Copied the command.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('kubectl apply -f ingressgateway-1.yaml');
});
