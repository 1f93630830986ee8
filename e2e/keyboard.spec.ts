import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { Configurator, expect, makeTabMoveFocus, TAB_FOCUS_KEY, tabTo, test } from './support';

/**
 * The whole flow with the keyboard alone, from a first visit: the introduction, a preset, fields on
 * every step, a finding's Fix, a zone failed in the diagram, and the download. Focus is only moved
 * by Tab, Shift+Tab, arrow keys, Enter, Space and Escape.
 */
test('from a fresh page to a downloaded ACK Serverless zone-spread file, keyboard only', async ({ page }) => {
  // Each Tab press is a round trip to the browser: a long walk, not a slow page.
  test.setTimeout(120_000);
  const app = new Configurator(page);
  await app.open();
  const intro = page.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' });
  await expect(intro.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(intro).toBeHidden();

  // Focus is always visible: the focused control draws an outline.
  const outlined = (): Promise<string> => page.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none'));

  // The preset: arrow keys in the select.
  const preset = page.getByRole('combobox', { name: 'Preset' });
  await tabTo(page, preset);
  expect(await outlined()).not.toBe('none');
  for (let i = 0; i < 3 && (await preset.inputValue()) !== 'serverless-eci'; i += 1) await page.keyboard.press('ArrowDown');
  await expect(preset).toHaveValue('serverless-eci');
  await expect(app.radio('Cluster type', 'ACK Serverless')).toBeChecked();

  // The editor: staying on the YAML view loads it with the focus in it (Enter is not needed: once the editor has
  // arrived it would write a line break); Ctrl+M lets Tab leave it again.
  await tabTo(page, app.editor);
  await page.waitForFunction(() => window.__asmEditor !== undefined);
  await expect(app.editor).toBeFocused();
  await makeTabMoveFocus(page);

  // Cluster step: name and cluster ID, typed over.
  const replaceText = async (label: string, text: string): Promise<void> => {
    await tabTo(page, app.field(label));
    expect(await outlined()).not.toBe('none');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  };
  await replaceText('Gateway name', 'edge-gw');
  await replaceText('Cluster IDs', 'c0123456789abcdef0123456789abcdef');

  // Steps are tabs: back to the tab list, then arrow keys.
  const steps = ['Cluster', 'Replicas', 'Spread', 'Service & resources', 'Export'];
  const goToStep = async (from: string, to: string): Promise<void> => {
    await tabTo(page, app.tab(from), { backwards: true });
    for (let i = steps.indexOf(from); i < steps.indexOf(to); i += 1) {
      await page.keyboard.press('ArrowRight');
      await expect(app.tab(steps[i + 1] ?? '')).toBeFocused();
    }
    await expect(app.tab(to)).toHaveAttribute('aria-selected', 'true');
  };

  // Replicas: a mistake, then its finding's Fix.
  await goToStep('Cluster', 'Replicas');
  await replaceText('Minimum replicas', '1');
  const fix = page.getByRole('region', { name: /^Findings/ }).getByRole('button', { name: 'Fix: Set minimum replicas to 2' });
  await tabTo(page, fix);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Fixed: Set minimum replicas to 2.' })).toBeVisible();
  await expect.poll(() => app.editorText()).toContain('minReplicas: 2');

  // Spread: the vSwitches of two zones instead of the example placeholders.
  await goToStep('Replicas', 'Spread');
  await replaceText('vSwitch ID 1', 'vsw-bp1first0zone0a');
  await replaceText('vSwitch ID 2', 'vsw-bp1second0zone0b');

  // The diagram: fail a zone with Space, and see what survives.
  const failZone = page.getByRole('button', { name: /^Fail zone / }).first();
  await tabTo(page, failZone);
  expect(await outlined()).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(failZone).toHaveAttribute('aria-pressed', 'true');

  // Export: download with Enter.
  await goToStep('Spread', 'Export');
  const download = app.button('Download YAML');
  await tabTo(page, download);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('edge-gw.yaml');
  const yaml = parse(await readFile(await file.path(), 'utf8')) as {
    metadata: { name: string };
    spec: { clusterIds: string[]; minReplicas: number; podAnnotations: Record<string, string> };
  };
  expect(yaml.metadata.name).toBe('edge-gw');
  expect(yaml.spec.clusterIds).toEqual(['c0123456789abcdef0123456789abcdef']);
  expect(yaml.spec.minReplicas).toBe(2);
  expect(yaml.spec.podAnnotations['k8s.aliyun.com/eci-vswitch']).toBe('vsw-bp1first0zone0a,vsw-bp1second0zone0b');
  expect(yaml.spec.podAnnotations['k8s.aliyun.com/eci-schedule-strategy']).toBe('VSwitchRandom');
});

test('Ctrl+M makes Tab leave the YAML editor and says so; Ctrl+M again makes Tab indent', async ({ app, page }) => {
  await app.open({ editor: true });
  const before = await app.editorText();
  const line = before.split('\n').findIndex((text) => text.trimStart().startsWith('name:')) + 1;
  await page.evaluate((lineNumber) => window.__asmEditor?.setCursor(lineNumber, 1), line);
  await expect(app.editor).toBeFocused();
  const badge = page.getByRole('status').filter({ hasText: 'Tab moves the focus' });

  await page.keyboard.press('Tab');
  await expect(app.editor).toBeFocused();
  await expect.poll(() => app.editorText()).not.toBe(before);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => app.editorText()).toBe(before);

  await page.keyboard.press(TAB_FOCUS_KEY);
  await expect(badge).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(app.editor).not.toBeFocused();
  expect(await app.editorText()).toBe(before);

  await page.keyboard.press('Shift+Tab');
  await expect(app.editor).toBeFocused();
  await page.keyboard.press(TAB_FOCUS_KEY);
  await expect(badge).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Tab indents.' })).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(app.editor).toBeFocused();
  await expect.poll(() => app.editorText()).not.toBe(before);
});

test('tabbing through the whole page twice with the editor loaded passes the editor by: the YAML stays byte for byte', async ({ app, page }) => {
  // Some three hundred key presses, each waited for: longer than most tests, on purpose.
  test.setTimeout(90_000);
  await app.open({ editor: true });
  const before = await app.editorText();
  // Somewhere else first (the user had clicked into the editor: Tab indents there until the keyboard comes back).
  await page.getByRole('heading', { name: 'ASM Gateway HA Configurator' }).click();
  const stops = await page.evaluate(
    () =>
      document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])')
        .length,
  );
  // The page counts the times the focus enters the editor.
  await page.evaluate(() => {
    const counter = { entered: 0 };
    Object.assign(window, { __editorEntered: counter });
    document.addEventListener('focusin', (event) => {
      if (event.target instanceof Element && event.target.closest('.monaco-editor')) counter.entered += 1;
    });
  });
  for (let i = 0; i < 2 * stops + 10; i += 1) await page.keyboard.press('Tab');
  // The editor was reached (twice), and let the keyboard pass on.
  expect(await page.evaluate(() => (window as unknown as { __editorEntered: { entered: number } }).__editorEntered.entered)).toBeGreaterThanOrEqual(2);
  expect(await app.editorText()).toBe(before);
  // Reached with the keyboard, the editor says so; Enter there is the choice to edit: Tab indents from then on.
  await tabTo(page, app.editor, { backwards: true, limit: 2 * stops + 10 });
  await expect(page.getByRole('status').filter({ hasText: 'Press Enter or click to edit the YAML' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Tab indents.' })).toBeAttached();
  expect(await app.editorText()).toBe(before);
  await page.keyboard.press('Tab');
  await expect.poll(() => app.editorText()).not.toBe(before);
});
