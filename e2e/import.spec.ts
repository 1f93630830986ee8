import { readFile } from 'node:fs/promises';
import { expect, seedExample, test } from './support';

// The light view of the YAML: a test that needs Monaco loads it (the helpers that read it do), as a user's click would.
test.beforeEach(async ({ app }) => {
  await app.open();
});

test('Import YAML loads a file into the editor and the form, and offers Undo', async ({ app, page }) => {
  await app.importFile('zone.yaml', await seedExample('ack-zone-spread.yaml'));
  await expect.poll(() => app.editorText()).toBe(await seedExample('ack-zone-spread.yaml'));
  await expect(page.getByRole('status').filter({ hasText: 'Imported zone.yaml.' })).toBeVisible();
  await app.openStep('Spread');
  await expect(app.radio('Spread level', 'Zone')).toBeChecked();
  await app.button('Undo').click();
  await expect(app.radio('Spread level', 'Node')).toBeChecked();
});

test('dropping a file anywhere on the page imports it', async ({ app, page }) => {
  const text = await seedExample('serverless-eci-zones.yaml');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'eci.yml', { type: 'application/yaml' }));
    return data;
  }, text);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect.poll(() => app.editorText()).toBe(text);
  await expect(app.radio('Cluster type', 'ACK Serverless')).toBeChecked();
});

test('a file that is not YAML or JSON is refused with a message', async ({ app, page }) => {
  await app.importFile('notes.txt', 'hello');
  await expect(page.getByRole('status').filter({ hasText: 'notes.txt was not imported: only .yaml, .yml and .json files can be.' })).toBeVisible();
  expect(await app.editorText()).toContain('kind: IstioGateway');
});

test('a file of megabytes is refused with a message, and the YAML in the editor stays', async ({ app, page }) => {
  const before = await app.editorText();
  await app.importFile('huge.yaml', `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
  await expect(
    page.getByRole('status').filter({
      hasText: 'huge.yaml was not imported: it is 2,048 kB, and an IstioGateway is a few kilobytes (files up to 1,024 kB are opened). Your YAML is unchanged.',
    }),
  ).toBeVisible();
  expect(await app.editorText()).toBe(before);
});

test('the Deployment ASM generates is recognised, and the IstioGateway is asked for instead', async ({ app, page }) => {
  await app.importFile('deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: istio-ingressgateway-1\n  namespace: istio-system\n');
  await expect(page.getByRole('region', { name: 'Problem with the YAML' }).getByRole('alert')).toHaveText('This is not an IstioGateway');
  const banner = page.getByRole('region', { name: 'Problem with the YAML' });
  await expect(banner).toContainText('This is the Deployment istio-ingressgateway-1, which ASM generates from an IstioGateway');
  await expect(banner).toContainText('kubectl get istiogateway -n istio-system ingressgateway-1 -o yaml');
  await expect(app.field('Gateway name')).toBeDisabled();
});

test('several documents: the IstioGateway is used and the others are named', async ({ app, page }) => {
  const gateway = await seedExample('ack-node-spread.yaml');
  await app.importFile('bundle.yaml', `apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n---\n${gateway}`);
  await expect(page.getByRole('list', { name: 'About this YAML' })).toContainText(
    'This text holds 2 YAML documents; the IstioGateway (document 2) is used. Ignored: a Service (document 1).',
  );
  await app.openStep('Replicas');
  await app.field('Maximum replicas').fill('6');
  await expect
    .poll(() => app.editorText())
    .toBe(`apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n---\n${gateway.replace('maxReplicas: 4', 'maxReplicas: 6')}`);
});

test('JSON works as it is and converts to YAML on request', async ({ app, page }) => {
  const json = JSON.stringify(
    {
      apiVersion: 'istio.alibabacloud.com/v1beta1',
      kind: 'IstioGateway',
      metadata: { name: 'json-gw', namespace: 'istio-system' },
      spec: { minReplicas: 2, maxReplicas: 4 },
    },
    null,
    2,
  );
  await app.importFile('gateway.json', json);
  await expect(app.field('Gateway name')).toHaveValue('json-gw');
  await page.getByRole('button', { name: 'Convert to YAML' }).click();
  await expect.poll(() => app.editorText()).toContain('metadata:\n  name: json-gw\n');
  await expect(page.getByRole('status').filter({ hasText: 'Converted the JSON to YAML.' })).toBeVisible();
});

test('the dropped or imported file is the text Download gives back', async ({ app, page }) => {
  const text = await seedExample('ack-zone-spread.yaml');
  await app.importFile('zone.yaml', text);
  await app.openStep('Export');
  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download YAML').click()]);
  expect(await readFile(await download.path(), 'utf8')).toBe(text);
});
