import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { parse } from 'yaml';
import { Configurator, expect, test } from './support';

/**
 * A newcomer's first gateway, from the first visit (the introduction shows), counting every interaction: a click, a
 * selection, or a value typed into a field counts one. Waiting to see what the page shows costs nothing.
 */
function counter(): { act: <T>(step: () => Promise<T>) => Promise<T>; readonly count: number } {
  const state = { count: 0 };
  return {
    act: async (step) => {
      state.count += 1;
      return step();
    },
    get count() {
      return state.count;
    },
  };
}

async function saved(download: Download): Promise<Record<string, unknown>> {
  return parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
}

function intro(page: Page) {
  return page.getByRole('dialog', { name: 'Make an ASM ingress gateway highly available' });
}

// `page` without the `app` fixture: a first visit, so the introduction shows, as it does for a newcomer.
test('a zone-spread ACK Serverless gateway with two vSwitches and 3–6 replicas, downloaded, in six interactions', async ({ page }) => {
  const app = new Configurator(page);
  const interactions = counter();
  const { act } = interactions;
  await page.goto('/');
  const dialog = intro(page);
  await expect(dialog).toBeVisible();

  const serverless = dialog.getByRole('radio', { name: 'ACK Serverless', exact: true });
  await act(() => serverless.click());
  await expect(serverless).toBeChecked();
  await act(() => dialog.getByLabel('Fewest gateway pods').fill('3'));
  await act(() => dialog.getByLabel('Most gateway pods').fill('6'));
  await act(() => dialog.getByLabel('First vSwitch ID').fill('vsw-aaa111'));
  await act(() => dialog.getByLabel('Second vSwitch ID').fill('vsw-bbb222'));
  // What the user sees behind the window before downloading: the YAML with their vSwitches.
  await expect.poll(() => app.editorText()).toContain('"vsw-aaa111,vsw-bbb222"');
  const [download] = await Promise.all([page.waitForEvent('download'), act(() => dialog.getByRole('button', { name: 'Download YAML' }).click())]);
  expect(interactions.count).toBe(6);
  console.log(`Journey “ACK Serverless, zone spread, 3–6 replicas, two vSwitches”: ${interactions.count} interactions.`);

  const gateway = await saved(download);
  expect(download.suggestedFilename()).toBe('ingressgateway-1.yaml');
  expect(gateway).toMatchObject({
    spec: {
      minReplicas: 3,
      maxReplicas: 6,
      replicaCount: 3,
      podAnnotations: { 'k8s.aliyun.com/eci-vswitch': 'vsw-aaa111,vsw-bbb222', 'k8s.aliyun.com/eci-schedule-strategy': 'VSwitchRandom' },
    },
  });
  expect((gateway.spec as Record<string, unknown>).affinity).toBeUndefined();

  // The vSwitches are drawn in cn-hangzhou-h and cn-hangzhou-i, as they are in this journey's region: no edit needed.
  await dialog.getByRole('button', { name: 'Start' }).click();
  await app.openStep('Spread');
  await expect(page.getByLabel('Zone of vSwitch 1')).toHaveValue('cn-hangzhou-h');
  await expect(page.getByLabel('Zone of vSwitch 2')).toHaveValue('cn-hangzhou-i');
  await expect(page.getByRole('region', { name: /^Findings/ }).getByRole('heading', { level: 2 })).not.toContainText('error');
});

test('a zone-spread ACK gateway with 3 replicas, downloaded, in three interactions', async ({ page }) => {
  const app = new Configurator(page);
  const interactions = counter();
  const { act } = interactions;
  await page.goto('/');
  const dialog = intro(page);
  await expect(dialog).toBeVisible();

  const zones = dialog.getByRole('radio', { name: 'Zones', exact: true });
  await act(() => zones.click());
  await expect(zones).toBeChecked();
  await act(() => dialog.getByLabel('Fewest gateway pods').fill('3'));
  await expect.poll(() => app.editorText()).toContain('minReplicas: 3');
  const [download] = await Promise.all([page.waitForEvent('download'), act(() => dialog.getByRole('button', { name: 'Download YAML' }).click())]);
  expect(interactions.count).toBe(3);
  console.log(`Journey “ACK, zone spread, 3 replicas”: ${interactions.count} interactions.`);

  const gateway = await saved(download);
  const term = { podAffinityTerm: { topologyKey: 'topology.kubernetes.io/zone' }, weight: 100 };
  expect(gateway).toMatchObject({
    spec: { minReplicas: 3, maxReplicas: 4, replicaCount: 3, affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [term] } } },
  });
});
