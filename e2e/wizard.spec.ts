import { parseDocument } from 'yaml';
import { expect, test } from './support';

// The light view of the YAML: a test that needs Monaco loads it (the helpers that read it do), as a user's click would.
test.beforeEach(async ({ app }) => {
  await app.open();
});

test('renaming the gateway updates the anti-affinity selector and the file name', async ({ app }) => {
  await app.field('Gateway name').fill('public-gw');
  await expect.poll(() => app.editorText()).toContain('  name: public-gw\n');
  const text = await app.editorText();
  expect(text).toContain('- istio-public-gw\n');
  expect(text).not.toContain('istio-ingressgateway-1');
  await app.openStep('Export');
  const file = await app.download();
  expect(file.name).toBe('public-gw.yaml');
  expect(file.text).toBe(text);
});

test('switching the cluster type swaps anti-affinity for the ECI annotations and back', async ({ app }) => {
  await app.choose(app.radio('Cluster type', 'ACK Serverless'));
  await expect.poll(() => app.editorText()).toContain('k8s.aliyun.com/eci-vswitch');
  let spec = (parseDocument(await app.editorText()).toJS() as { spec: Record<string, unknown> }).spec;
  expect(spec).not.toHaveProperty('affinity');
  expect(spec).toHaveProperty(['podAnnotations', 'k8s.aliyun.com/eci-schedule-strategy'], 'VSwitchRandom');

  await app.openStep('Spread');
  await expect(app.field('vSwitch ID 1')).toHaveValue('vsw-bp1b07j0miob3khtn****');
  await expect(app.field('vSwitch ID 2')).toHaveValue('vsw-bp12b85hh323se8ft****');
  await expect(app.field('Schedule strategy')).toHaveValue('VSwitchRandom');

  await app.openStep('Cluster');
  await app.choose(app.radio('Cluster type', 'ACK'));
  await expect.poll(() => app.editorText()).toContain('podAntiAffinity');
  spec = (parseDocument(await app.editorText()).toJS() as { spec: Record<string, unknown> }).spec;
  expect(spec).not.toHaveProperty('podAnnotations');
  await app.openStep('Spread');
  await expect(app.radio('Spread level', 'Node')).toBeChecked();
  await expect(app.radio('Rule', 'Preferred')).toBeChecked();
  await expect(app.field('Weight')).toHaveValue('100');
});

test('an invalid field shows its message beside it and the YAML keeps its last valid value', async ({ app, page }) => {
  await app.openStep('Replicas');
  const minimum = app.field('Minimum replicas');
  await minimum.fill('two');
  await expect(minimum).toHaveAttribute('aria-invalid', 'true');
  const message = page.locator(`#${(await minimum.getAttribute('aria-describedby'))?.split(' ')[0] ?? 'none'}`);
  await expect(message).toHaveText(/two is not a whole number/);
  const text = await app.editorText();
  expect(text).toContain('minReplicas: 2\n');
  expect(parseDocument(text).errors).toEqual([]);

  await app.field('Maximum replicas').fill('1');
  await expect(page.getByText('Minimum replicas (2) is more than maximum replicas (1)')).toBeVisible();
  expect(await app.editorText()).toContain('maxReplicas: 4\n');

  await minimum.fill('1');
  await expect(minimum).toHaveAttribute('aria-invalid', 'false');
  await expect.poll(() => app.editorText()).toContain('minReplicas: 1\n');
  await app.field('Maximum replicas').fill('3');
  await expect.poll(() => app.editorText()).toContain('maxReplicas: 3\n');
});

test('the Required rule hides the weight and writes requiredDuringScheduling…', async ({ app }) => {
  await app.openStep('Spread');
  await app.choose(app.radio('Spread level', 'Zone'));
  await app.choose(app.radio('Rule', 'Required'));
  await expect(app.field('Weight')).toHaveCount(0);
  await expect.poll(() => app.editorText()).toContain('requiredDuringSchedulingIgnoredDuringExecution:');
  const text = await app.editorText();
  expect(text).not.toContain('weight:');
  expect(text).toContain('topologyKey: topology.kubernetes.io/zone');
});

test('vSwitch rows: an empty row stays out of the YAML until it holds a valid ID', async ({ app, page }) => {
  await app.choose(app.radio('Cluster type', 'ACK Serverless'));
  await app.openStep('Spread');
  await app.button('Add vSwitch').click();
  const third = app.field('vSwitch ID 3');
  await expect(third).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a vSwitch ID (vsw-…), or remove this row.')).toBeVisible();
  expect(await app.editorText()).toContain('"vsw-bp1b07j0miob3khtn****,vsw-bp12b85hh323se8ft****"');
  await third.fill('vsw-hz3zone');
  await expect.poll(() => app.editorText()).toContain('"vsw-bp1b07j0miob3khtn****,vsw-bp12b85hh323se8ft****,vsw-hz3zone"');
  await app.button('Remove vSwitch 1').click();
  await expect.poll(() => app.editorText()).toContain('"vsw-bp12b85hh323se8ft****,vsw-hz3zone"');
});

test('ports: editing a port changes only that port', async ({ app, page }) => {
  await app.openStep('Service & resources');
  const https = page.getByRole('group', { name: 'Port 3' });
  await https.getByLabel('Target port', { exact: true }).fill('8443');
  await expect.poll(() => app.editorText()).toContain('  - name: https\n    port: 443\n    targetPort: 8443\n');
  await app.button('Add port').click();
  const added = page.getByRole('group', { name: 'Port 5' });
  await added.getByLabel('Name', { exact: true }).fill('http-alt');
  await added.getByLabel('Port', { exact: true }).fill('8080');
  await added.getByLabel('Target port', { exact: true }).fill('8080');
  await expect.poll(() => app.editorText()).toContain('  - name: http-alt\n    port: 8080\n    targetPort: 8080\n  replicaCount');
});

test('the wizard steps are tabs in order, reachable by Next/Back and the arrow keys', async ({ app, page }) => {
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(5);
  for (const [index, name] of ['Cluster', 'Replicas', 'Spread', 'Service & resources', 'Export'].entries()) {
    await expect(tabs.nth(index)).toHaveAccessibleName(name);
  }
  await app.button('Next').click();
  await expect(app.tab('Replicas')).toHaveAttribute('aria-selected', 'true');
  await app.button('Back').click();
  await expect(app.tab('Cluster')).toHaveAttribute('aria-selected', 'true');
  await app.tab('Cluster').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(app.tab('Spread')).toBeFocused();
  await expect(app.tab('Spread')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(app.tab('Export')).toHaveAttribute('aria-selected', 'true');
});

test('the last port cannot be removed, and the list says what a port needs', async ({ app, page }) => {
  await app.openStep('Service & resources');
  for (const n of [4, 3, 2]) await app.button(`Remove port ${n}`).click();
  await expect(app.button('Remove port 1')).toBeDisabled();
  await expect.poll(() => app.editorText()).toContain('  ports:\n  - name: status-port\n    port: 15020\n    targetPort: 15020\n  replicaCount');
  await page.getByRole('group', { name: 'Port 1' }).getByLabel('Port', { exact: true }).fill('0');
  await expect(page.getByText('A port is a whole number from 1 to 65535.')).toBeVisible();
  expect(await app.editorText()).toContain('    port: 15020\n');
});
