import { parseDocument } from 'yaml';
import { commentLines } from '../src/core/yaml/comments';
import { expect, seedExample, test } from './support';

const presets = [
  { label: 'ACK: spread across nodes', seed: 'ack-node-spread.yaml', file: 'ingressgateway-1.yaml' },
  { label: 'ACK: spread across zones', seed: 'ack-zone-spread.yaml', file: 'ingressgateway-1.yaml' },
  { label: 'ACK Serverless: spread across zones (ECI)', seed: 'serverless-eci-zones.yaml', file: 'ingressgateway.yaml' },
];

for (const preset of presets) {
  test(`the preset “${preset.label}” downloads the seed example`, async ({ app }) => {
    await app.open();
    await app.choosePreset(preset.label);
    await app.openStep('Export');
    const file = await app.download();
    expect(file.name).toBe(preset.file);
    const downloaded = parseDocument(file.text);
    const seed = parseDocument(await seedExample(preset.seed));
    expect(downloaded.errors).toEqual([]);
    expect(downloaded.toJS()).toStrictEqual(seed.toJS());
    expect(commentLines(downloaded)).toStrictEqual(commentLines(seed));
    expect(await app.editorText()).toBe(file.text);
  });
}

test('choosing a preset replaces the document and offers Undo', async ({ app, page }) => {
  await app.open();
  await app.openStep('Replicas');
  await app.field('Maximum replicas').fill('6');
  await expect.poll(() => app.editorText()).toContain('maxReplicas: 6');
  await app.choosePreset('ACK: spread across zones');
  await expect.poll(() => app.editorText()).toContain('topologyKey: topology.kubernetes.io/zone');
  await expect(page.getByRole('status').filter({ hasText: 'Loaded the preset' })).toBeVisible();
  await app.button('Undo').click();
  await expect.poll(() => app.editorText()).toContain('maxReplicas: 6');
  expect(await app.editorText()).toContain('topologyKey: kubernetes.io/hostname');
  await expect(app.field('Maximum replicas')).toHaveValue('6');
});
