import { expect, test } from './support';

test.beforeEach(async ({ app }) => {
  await app.open({ editor: true });
});

const commented = [
  '# Production gateway, reviewed by the platform team',
  'apiVersion: istio.alibabacloud.com/v1beta1',
  'kind: IstioGateway',
  'metadata:',
  '  name: edge # public entry',
  '  namespace: istio-system',
  'spec:',
  '  clusterIds: ["c0123456789abcdef0123456789abcdef"]',
  '  # scale between these',
  '  minReplicas: 2',
  '  maxReplicas: 6',
  '  tolerations:',
  '    - key: dedicated',
  '      operator: Equal',
  '      value: gateway',
  '      effect: NoSchedule',
  '  kernel:',
  '    enabled: true',
  '    parameters:',
  '      net.core.somaxconn: "65535"',
  '  serviceAnnotations:',
  '    service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type: intranet',
  '  ports:',
  '    - name: http2',
  '      port: 80',
  '      targetPort: 80',
  '  affinity:',
  '    podAntiAffinity:',
  '      preferredDuringSchedulingIgnoredDuringExecution:',
  '        - weight: 50 # half as important as the zone rule',
  '          podAffinityTerm:',
  '            topologyKey: kubernetes.io/hostname',
  '            labelSelector:',
  '              matchLabels: {app: istio-edge}',
  '',
].join('\n');

test('typing in the editor drives the form at once', async ({ app, page }) => {
  const line = (await app.editorText()).split('\n').indexOf('  maxReplicas: 4') + 1;
  await page.evaluate((lineNumber) => window.__asmEditor?.setCursor(lineNumber, 17), line);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('7');
  await app.openStep('Replicas');
  await expect(app.field('Maximum replicas')).toHaveValue('7');
  await app.openStep('Cluster');
});

test('pasting a YAML into the editor drives the form, as typing does', async ({ app }) => {
  await app.pasteIntoEditor(commented);
  await expect(app.field('Gateway name')).toHaveValue('edge');
  await app.openStep('Replicas');
  await expect(app.field('Maximum replicas')).toHaveValue('6');
  await app.openStep('Spread');
  await expect(app.radio('Spread level', 'Node')).toBeChecked();
  await expect(app.field('Weight')).toHaveValue('50');
});

test('five form edits on a commented YAML change exactly their own lines', async ({ app, page }) => {
  await app.importFile('edge.yaml', commented);
  await expect.poll(() => app.editorText()).toBe(commented);
  await app.field('Gateway name').fill('edge-2');
  await app.openStep('Replicas');
  await app.field('Maximum replicas').fill('8');
  await app.openStep('Spread');
  await app.choose(app.radio('Spread level', 'Zone'));
  await app.field('Weight').fill('80');
  await app.openStep('Service & resources');
  await app.choose(page.getByRole('radiogroup', { name: 'External traffic policy' }).getByRole('radio', { name: 'Local', exact: true }));
  const expected = commented
    .replace('  name: edge # public entry', '  name: edge-2 # public entry')
    .replace('  maxReplicas: 6', '  maxReplicas: 8')
    .replace('        - weight: 50 #', '        - weight: 80 #')
    .replace('            topologyKey: kubernetes.io/hostname', '            topologyKey: topology.kubernetes.io/zone')
    .replace('{app: istio-edge}', '{app: istio-edge-2}')
    .replace('  clusterIds: ["c0123456789abcdef0123456789abcdef"]\n', '  clusterIds: ["c0123456789abcdef0123456789abcdef"]\n  externalTrafficPolicy: Local\n');
  await expect.poll(() => app.editorText()).toBe(expected);
});

test('one undo history: Ctrl+Z in the editor undoes a form edit, and the form follows', async ({ app, page }) => {
  await app.openStep('Replicas');
  await app.field('Minimum replicas').fill('3');
  await expect.poll(() => app.editorText()).toContain('minReplicas: 3');
  await app.editor.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => app.editorText()).toContain('minReplicas: 2');
  await expect(app.field('Minimum replicas')).toHaveValue('2');
  await app.editor.focus();
  await page.keyboard.press('ControlOrMeta+Y');
  await expect(app.field('Minimum replicas')).toHaveValue('3');
  await app.button('Undo edit').click();
  await expect(app.field('Minimum replicas')).toHaveValue('2');
});

test('broken YAML loses nothing: a marker at the right place, the form read-only, export labelled; fixing it brings the form back', async ({ app, page }) => {
  const text = await app.editorText();
  const broken = text.replace('  maxReplicas: 4\n', '  maxReplicas: [4\n');
  await app.pasteIntoEditor(broken);
  await expect(page.getByRole('region', { name: 'Problem with the YAML' }).getByRole('alert')).toHaveText('The YAML does not parse');
  const banner = page.getByRole('region', { name: 'Problem with the YAML' });
  await expect(banner).toBeVisible();
  await expect.poll(async () => (await app.markers()).filter((marker) => marker.severity === 'error').length).toBeGreaterThan(0);
  const line = broken.split('\n').indexOf('  maxReplicas: [4') + 1;
  const errors = (await app.markers()).filter((marker) => marker.severity === 'error');
  expect(errors.some((marker) => marker.line >= line && marker.line <= line + 1)).toBe(true);
  await expect(app.field('Gateway name')).toBeDisabled();
  await expect(app.field('Gateway name')).toHaveValue('ingressgateway-1');
  // Every control that writes the YAML is locked; what a field means can still be read.
  await expect(app.radio('Cluster type', 'ACK Serverless')).toBeDisabled();
  const help = app.button('Help: Gateway name');
  await help.click();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`#${(await help.getAttribute('aria-controls')) ?? ''}`)).toContainText('What it does');
  for (const step of ['Cluster', 'Replicas', 'Spread', 'Service & resources']) {
    await app.openStep(step);
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('button', { name: /^Help: / }).first()).toBeEnabled();
    const enabled = await panel
      .locator('input, select, textarea, button:not(.help-button)')
      .evaluateAll((controls) => controls.filter((control) => !(control as HTMLInputElement).disabled).map((control) => control.outerHTML.slice(0, 100)));
    expect(enabled, `enabled controls on ${step}`).toEqual([]);
  }
  await banner.getByRole('button', { name: /^Go to line \d+ in the editor$/ }).click();
  await expect(app.editor).toBeFocused();
  await app.openStep('Export');
  await expect(app.button('Download YAML (has errors)')).toBeVisible();
  const file = await (async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download YAML (has errors)').click()]);
    return download.suggestedFilename();
  })();
  expect(file).toBe('ingressgateway-1-with-errors.yaml');
  expect(await app.editorText()).toBe(broken);
  await app.pasteIntoEditor(broken.replace('[4', '5'));
  await expect(banner).toHaveCount(0);
  await app.openStep('Replicas');
  await expect(app.field('Maximum replicas')).toHaveValue('5');
});

test('the lines a form edit wrote are highlighted, and a focused field marks the lines it owns', async ({ app, page }) => {
  await app.openStep('Replicas');
  const field = app.field('Minimum replicas');
  // The highlight fades after a moment: the page itself notes every line it marks, so a busy machine cannot miss it.
  await page.evaluate(() => {
    const seen = new Set<number>();
    Object.assign(window, { __changedLinesSeen: seen });
    const note = (): void => {
      for (const line of window.__asmEditor?.linesWith('changed-line') ?? []) seen.add(line);
      requestAnimationFrame(note);
    };
    note();
  });
  // A raised minimum writes two lines: the minimum, and the replica count that keeps up with it.
  await field.fill('3');
  await expect.poll(() => app.editorText()).toContain('  replicaCount: 3\n');
  const lines = (await app.editorText()).split('\n');
  const line = lines.indexOf('  minReplicas: 3') + 1;
  const count = lines.indexOf('  replicaCount: 3') + 1;
  await expect.poll(() => page.evaluate(() => [...(window as unknown as { __changedLinesSeen: Set<number> }).__changedLinesSeen])).toEqual([line, count]);
  await expect.poll(() => app.linesWith('owned-line')).toEqual([line]);
  await field.blur();
  await expect.poll(() => app.linesWith('owned-line')).toEqual([]);
});

test('hover shows the schema description, completion offers spec fields, and a schema problem is a marker', async ({ app, page }) => {
  await app.expectSchemaHelp();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.editorText()).toMatch(/\n {2}tolerations:/);
});
