import { MAX_IMPORT_BYTES, presetText } from '../src/core';
import { hostileCorpus } from '../src/testing/hostileCorpus';
import { expect, test } from './support';

declare global {
  interface Window {
    importStarted?: number;
  }
}

/**
 * Every hostile input is imported; the page must answer (the editor holds the text and a frame
 * is painted) without an error. Each input is timed from the moment the page receives the file (once in
 * `npm test`, five times with `npm run timing`); the median is printed, not asserted: speed is reported, not tested.
 */
test('hostile and broken inputs: the page answers every one, never an error', async ({ app, page }) => {
  test.setTimeout(480_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await app.open();
  const reset = presetText('ack-node');
  const measuring = process.env.TIMING_RUNS !== undefined;

  let runs = 0;
  const importTimed = async (name: string, text: string): Promise<number> => {
    // Each run's file has its own name, so a refusal notice is this run's.
    const file = `input-${(runs += 1)}.yaml`;
    // Back to a small document.
    await app.importFile('reset.yaml', reset);
    await expect.poll(() => app.editorText()).toBe(reset);
    // Measuring (`npm run timing`): let the page settle, so only this input's own work is timed.
    if (measuring) await page.waitForTimeout(300);
    const chooser = page.waitForEvent('filechooser');
    await app.button('Import YAML').click();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type=file]');
      input?.addEventListener('change', () => (window.importStarted = performance.now()), { once: true, capture: true });
    });
    await (await chooser).setFiles({ name: file, mimeType: 'application/yaml', buffer: Buffer.from(text, 'utf8') });
    // A file is read as UTF-8, which drops a byte-order mark; line endings become LF, as the editor keeps them.
    // A file over the import limit is answered by a notice instead, and the editor keeps its text.
    const expected = Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES ? -1 : text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').length;
    const answered = await page
      .evaluate(
        ([length, file]) =>
          new Promise<number>((resolve, reject) => {
            const deadline = performance.now() + 10_000;
            const refused = (): boolean => document.querySelector('[role=status]')?.textContent.includes(`${file} was not imported`) ?? false;
            const check = (): void => {
              if (length < 0 ? refused() : window.__asmEditor?.valueLength() === length) requestAnimationFrame(() => resolve(performance.now()));
              else if (performance.now() > deadline)
                reject(
                  new Error(`no answer: the editor holds ${window.__asmEditor?.valueLength() ?? 0} characters, expected ${length < 0 ? 'a refusal' : length}`),
                );
              else setTimeout(check, 1);
            };
            check();
          }),
        [expected, file] as const,
      )
      .catch((error: unknown) => {
        throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      });
    await expect(page.getByRole('heading', { name: 'ASM Gateway HA Configurator' })).toBeVisible();
    return answered - (await page.evaluate(() => window.importStarted ?? 0));
  };

  // `npm test` imports each input once (the page must answer every one); `npm run timing` times each five times.
  const repeats = process.env.TIMING_RUNS === undefined ? 1 : Math.max(1, Number(process.env.TIMING_RUNS));
  const timings: [string, number][] = [];
  for (const entry of hostileCorpus()) {
    const runs: number[] = [];
    for (let run = 0; run < repeats; run += 1) runs.push(await importTimed(entry.name, entry.text));
    timings.push([entry.name, runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0]);
  }
  timings.sort((a, b) => b[1] - a[1]);
  console.log(
    `\nUI answer time per corpus input, median of ${repeats} (slowest first):\n${timings.map(([name, ms]) => `  ${ms.toFixed(0).padStart(5)} ms  ${name}`).join('\n')}`,
  );
  expect(errors).toEqual([]);
});
