import { expect, test } from './support';

const steps = ['Cluster', 'Replicas', 'Spread', 'Service & resources', 'Export'];

for (const step of steps) {
  test(`the ${step} step has no serious or critical accessibility violations`, async ({ app }) => {
    await app.open();
    await app.openStep(step);
    expect(await app.seriousViolations()).toEqual([]);
  });
}

test('the ACK Serverless spread step and a field with an error have none either', async ({ app }) => {
  await app.open();
  await app.radio('Cluster type', 'ACK Serverless').check();
  await app.openStep('Spread');
  await app.button('Add vSwitch').click();
  expect(await app.seriousViolations()).toEqual([]);
  await app.openStep('Replicas');
  await app.field('Minimum replicas').fill('x');
  expect(await app.seriousViolations()).toEqual([]);
});
