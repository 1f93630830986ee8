import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { Configurator, expect, test } from './support';

const corpus = (name: string): Promise<string> => readFile(new URL(`../src/core/gateway/fixtures/corpus/${name}`, import.meta.url), 'utf8');

const findings = (page: Page) => page.getByRole('region', { name: /^Findings/ });

test('the four shapes of real documents read without an error: apiVersion v1, HTTP/UDP ports, targetPort 0, no clusterIds', async ({ app, page }) => {
  await app.open();
  const cases: [string, string][] = [
    ['graceful-shutdown.yaml', await corpus('zh-graceful-shutdown-v1-before-1.26.yaml')],
    // The HTTP/3 page's example, with its “......” lines left out, as a user completes it.
    ['http3.yaml', (await corpus('zh-http3-udp-port-elided.yaml')).replace(/^ {2}\.{6}\n/gm, '')],
    ['custom-gateway.yaml', await corpus('csk-custom-gateway-targetport-0.yaml')],
    ['lab.yaml', await corpus('asm-labs-multi-buffer.yaml')],
  ];
  for (const [name, text] of cases) {
    await app.importFile(name, text);
    await expect(page.getByRole('status').filter({ hasText: `Imported ${name}.` })).toBeVisible();
    await expect(findings(page).getByRole('heading', { level: 2 })).not.toContainText('error');
  }
});

test('a document copied with ASM’s “......” elision is named as such, and downloads as it came', async ({ app, page }) => {
  await app.open();
  const text = await corpus('zh-scaling-policy-elided.yaml');
  await app.importFile('scaling.yaml', text);
  await expect(findings(page)).toContainText('Line 9 is “......”: ASM’s documents write it for “the rest of your gateway”');
  await app.openStep('Export');
  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download YAML (has errors)').click()]);
  expect(await readFile(await download.path(), 'utf8')).toBe(text);
});

test('a file saved with CRLF line breaks and a BOM downloads byte for byte, and an edit keeps both', async ({ app }) => {
  await app.open();
  const text = `\uFEFF${(await corpus('feuyeux-ingressgateway.yaml')).replace(/\n/g, '\r\n')}`;
  await app.importFile('windows.yaml', Buffer.from(text, 'utf8'));
  await app.openStep('Export');
  expect((await app.download()).text).toBe(text);
  await app.openStep('Replicas');
  await app.field('Maximum replicas').fill('6');
  await app.openStep('Export');
  expect((await app.download()).text).toBe(text.replace('maxReplicas: 5', 'maxReplicas: 6'));
});

test('replica ownership and the ASM version: in the YAML, in a finding that follows the version, after a reload and through a share link', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  await app.open();
  await app.openStep('Replicas');
  await app.choose(app.radio('Replica count managed by', 'my own autoscaler'));
  await expect.poll(() => app.editorText()).toContain('  annotations:\n    asm.alibabacloud.com/replicas-managed-by-asm: "false"\n');

  const version = page.getByRole('textbox', { name: 'ASM version' });
  await expect(version).toHaveValue('1.26');
  const tooOld = findings(page).getByText('asm.alibabacloud.com/replicas-managed-by-asm takes effect from ASM 1.19');
  await version.fill('1.18.5');
  await expect(tooOld).toBeVisible();
  await version.fill('1.19.');
  await expect(page.getByRole('alert').filter({ hasText: '1.19. is not an ASM version' })).toBeVisible();
  // The findings keep the last valid version meanwhile.
  await expect(tooOld).toBeVisible();
  await version.fill('1.19.0.15');
  await expect(tooOld).toBeHidden();
  await version.fill('1.18');

  await expect.poll(() => page.evaluate(() => localStorage.getItem('asm-gateway-ha-configurator/state') ?? '')).toContain('"asmVersion":"1.18"');
  await page.reload();
  await app.waitForApp();
  await expect(page.getByRole('textbox', { name: 'ASM version' })).toHaveValue('1.18');
  await expect(app.radio('Replica count managed by', 'my own autoscaler')).toBeChecked();
  await expect(tooOld).toBeVisible();

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.openStep('Export');
  await app.button('Copy share link').click();
  await expect(page.getByRole('status').filter({ hasText: /Copied a share link/ })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  await context.addInitScript(() => localStorage.setItem('asm-gateway-ha-configurator/intro-seen', '1'));
  const other = new Configurator(await context.newPage());
  await other.page.goto(link);
  await other.waitForApp();
  await expect(other.page.getByRole('textbox', { name: 'ASM version' })).toHaveValue('1.18');
  await other.openStep('Replicas');
  await expect(other.radio('Replica count managed by', 'my own autoscaler')).toBeChecked();
  await context.close();
});

test('an ASM Serverless gateway: no cluster IDs asked for, nothing to spread, and no simulated cluster', async ({ app, page }) => {
  await app.open();
  await app.choose(app.radio('Cluster type', 'ASM Serverless gateway'));
  await expect.poll(() => app.editorText()).toContain("asm.alibabacloud.com/managed-by-asm: 'true'");
  expect(await app.editorText()).not.toContain('clusterIds');
  await expect(app.field('Cluster IDs')).toHaveCount(0);
  await expect(page.getByRole('note').filter({ hasText: 'An ASM Serverless gateway lists no cluster IDs' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'ASM runs its pods on infrastructure it manages' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Verdicts' })).toHaveCount(0);
  await app.openStep('Spread');
  await expect(page.getByText('there is nothing of yours to spread here')).toBeVisible();
  await page.getByRole('textbox', { name: 'ASM version' }).fill('1.18.0.100');
  await expect(findings(page)).toContainText('An ASM Serverless gateway needs ASM 1.18.0.147 or later');
});

test('the API version: a document keeps its own; the choice writes the other', async ({ app, page }) => {
  await app.open();
  await expect(app.radio('API version', 'istio.alibabacloud.com/v1beta1')).toBeChecked();
  await app.choose(app.radio('API version', 'istio.alibabacloud.com/v1'));
  await expect.poll(() => app.editorText()).toMatch(/^apiVersion: istio\.alibabacloud\.com\/v1\n/);
  await app.openStep('Replicas');
  await app.field('Minimum replicas').fill('3');
  await expect.poll(() => app.editorText()).toMatch(/^apiVersion: istio\.alibabacloud\.com\/v1\n/);
  await expect(findings(page).getByRole('heading', { level: 2 })).not.toContainText('error');
});
