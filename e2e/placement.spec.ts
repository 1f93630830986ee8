import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support';

// The light view of the YAML: a test that needs Monaco loads it (the helpers that read it do), as a user's click would.
test.beforeEach(async ({ app }) => {
  await app.open();
});

/** The Placement table as rows of [Pod, Node, Zone, Status]. */
async function tableRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole('table', { name: 'Placement table' }).getByRole('row');
  const all = await rows.evaluateAll((elements) =>
    elements.slice(1).map((row) =>
      Array.from(row.children)
        .slice(0, 4)
        .map((cell) => cell.textContent.trim()),
    ),
  );
  return all;
}

test('change zones and nodes, fail a zone, and read the verdicts and the Placement table', async ({ app, page }) => {
  const verdicts = page.getByRole('list', { name: 'Verdicts' });
  await expect(verdicts).toContainText('Survives losing any one node: Yes');
  await expect(verdicts).toContainText('Survives losing any one zone: Yes');
  await expect(verdicts).toContainText('Pending pods: 0');

  await page.getByRole('spinbutton', { name: 'Zones' }).fill('1');
  await expect(verdicts).toContainText('Survives losing any one zone: No');
  await expect(verdicts).toContainText('all 2 pods run in cn-hangzhou-h');

  await page.getByRole('spinbutton', { name: 'Zones' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Nodes per zone' }).fill('1');
  await page.getByRole('slider', { name: 'Replicas to place' }).fill('3');
  await expect
    .poll(() => tableRows(page))
    .toEqual([
      ['pod-1', 'cn-hangzhou-h-n1', 'cn-hangzhou-h', 'Running'],
      ['pod-2', 'cn-hangzhou-i-n1', 'cn-hangzhou-i', 'Running'],
      ['pod-3', 'cn-hangzhou-j-n1', 'cn-hangzhou-j', 'Running'],
    ]);

  const zone = page.getByRole('button', { name: 'Fail zone cn-hangzhou-h' });
  await zone.click();
  await expect(zone).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => tableRows(page))
    .toEqual([
      ['pod-1', 'cn-hangzhou-h-n1', 'cn-hangzhou-h', 'Lost'],
      ['pod-2', 'cn-hangzhou-i-n1', 'cn-hangzhou-i', 'Running'],
      ['pod-3', 'cn-hangzhou-j-n1', 'cn-hangzhou-j', 'Running'],
      ['pod-4', 'cn-hangzhou-i-n1', 'cn-hangzhou-i', 'Running'],
    ]);
  await expect(page.getByText('pod-1 was lost. pod-4 on cn-hangzhou-i-n1 replaces it.')).toBeVisible();

  // Required zone spread: the replacement has nowhere to go.
  await app.openStep('Spread');
  await app.choose(app.radio('Spread level', 'Zone'));
  await app.choose(app.radio('Rule', 'Required'));
  await expect(verdicts).toContainText('Pending pods: 1');
  await expect(verdicts).toContainText(
    "pod-4: 0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 node(s) didn't match pod anti-affinity rules.",
  );

  // Activating the zone again restores it.
  await zone.press('Enter');
  await expect(zone).toHaveAttribute('aria-pressed', 'false');
  await expect(verdicts).toContainText('Pending pods: 0');
});

test('Show rolling update makes the Required-rule deadlock visible as Pending surge pods', async ({ app, page }) => {
  await app.openStep('Spread');
  await app.choose(app.radio('Rule', 'Required'));
  await page.getByRole('spinbutton', { name: 'Zones' }).fill('1');
  await app.choose(page.getByRole('checkbox', { name: 'Show rolling update' }));
  const verdicts = page.getByRole('list', { name: 'Verdicts' });
  await expect(verdicts).toContainText('Pending pods: 2');
  await expect(verdicts).toContainText("new-1: 0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules.");
  await expect(page.getByText('cannot be placed and no old pod may go first: the rollout stalls.')).toBeVisible();
});

test('selecting a node shows its score breakdown per plugin for the last pod placed', async ({ page }) => {
  const node = page.getByRole('combobox', { name: 'Scores for node' });
  await expect(node).toHaveValue('cn-hangzhou-i-n1');
  const scores = page.getByRole('table', { name: /cn-hangzhou-i-n1 for pod-2, the last pod placed/ });
  await expect(scores.getByRole('row', { name: /InterPodAffinity/ })).toContainText('100');
  await node.selectOption('cn-hangzhou-h-n1');
  const other = page.getByRole('table', { name: /cn-hangzhou-h-n1 for pod-2/ });
  await expect(other.getByRole('row', { name: /InterPodAffinity/ })).toContainText('0');
  await expect(other.getByRole('row', { name: /Total/ })).toContainText('chosen cn-hangzhou-i-n1');
});

test('ACK Serverless: ECI zones come from the vSwitch zones, and the worst case is one click away', async ({ app, page }) => {
  await app.choose(app.radio('Cluster type', 'ACK Serverless'));
  const verdicts = page.getByRole('list', { name: 'Verdicts' });
  await expect(verdicts).toContainText('Survives losing any one zone: Yes (likely)');
  await expect(page.getByText('The even spread shown is likely, not guaranteed')).toBeVisible();
  await app.choose(page.getByRole('checkbox', { name: 'Show the worst case (all pods in one zone)' }));
  await expect(verdicts).toContainText('Survives losing any one zone: No');
  await page.getByRole('checkbox', { name: 'Show the worst case (all pods in one zone)' }).uncheck();

  await app.openStep('Spread');
  await page.getByLabel('Zone of vSwitch 2').fill('cn-hangzhou-h');
  await expect(verdicts).toContainText('Survives losing any one zone: No');
  await expect(page.getByText('are both in cn-hangzhou-h: they add no zone.')).toBeVisible();

  // While the YAML is broken the form is read-only, but a vSwitch's zone only changes the diagram: it can still be set.
  await app.importFile('broken.yaml', 'kind: [');
  await expect(app.field('vSwitch ID 2')).toBeDisabled();
  await expect(page.getByLabel('Zone of vSwitch 2')).toBeEnabled();
  await page.getByLabel('Zone of vSwitch 2').fill('cn-hangzhou-i');
  // A zone of the user's own region: the vSwitch's zone takes that name (no other vSwitch is in it).
  await page.getByLabel('Zone of vSwitch 2').fill('cn-shanghai-g');
  await page.getByLabel('Zone of vSwitch 2').press('Enter');
  await expect(page.getByRole('button', { name: /^Fail zone cn-shanghai-g/ })).toBeVisible();
  await page.getByLabel('Zone of vSwitch 2').fill('Shanghai G');
  await page.getByLabel('Zone of vSwitch 2').press('Enter');
  await expect(page.getByText('A zone name uses lowercase letters, digits and “-”, like cn-shanghai-b. The vSwitch stays in cn-shanghai-g.')).toBeVisible();
  await expect(verdicts).toContainText('Survives losing any one zone: Yes (likely)');
});

test('the diagram downloads as SVG and PNG', async ({ page }) => {
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download diagram (SVG)' }).click()]);
  expect(svg.suggestedFilename()).toBe('ingressgateway-1-placement.svg');
  const svgText = await readFile(await svg.path(), 'utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('cn-hangzhou-h');
  expect(svgText).not.toContain('tabindex');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download diagram (PNG)' }).click()]);
  expect(png.suggestedFilename()).toBe('ingressgateway-1-placement.png');
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('the cluster editor and the diagram have no serious accessibility violations', async ({ app, page }) => {
  await page.getByText('Edit zones and nodes').click();
  await page.getByText('Nodes of cn-hangzhou-h one by one').click();
  await page.getByRole('spinbutton', { name: 'CPU used by other workloads (cores) of cn-hangzhou-h-n1' }).fill('3.9');
  await expect(page.getByRole('table', { name: 'Placement table' })).not.toContainText('cn-hangzhou-h-n1');
  expect(await app.seriousViolations()).toEqual([]);
});
