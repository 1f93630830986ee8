// `npm test`: every check, stopping at the first failure, with the time each took. The static checks each use one
// core and depend on nothing but the sources, so they run side by side (their output is printed when each ends);
// the build and the browser tests follow, one after the other.
import { spawn } from 'node:child_process';

const stages = [
  [
    ['Type check', 'npm', ['run', '-s', 'typecheck']],
    ['ESLint', 'npm', ['run', '-s', 'lint']],
    ['Unit tests (Vitest)', 'npm', ['run', '-s', 'test:unit']],
  ],
  [['Production build', 'npm', ['run', '-s', 'build']]],
  [['Initial JS budget', 'node', ['scripts/budget.mjs']]],
  [['End-to-end tests (Playwright, headless Chromium)', 'npm', ['run', '-s', 'test:e2e']]],
];

/** Runs one step; alone it prints as it goes, beside others its output is kept and printed when it ends. */
function run([name, command, args], alone) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!alone) process.stdout.write(`\n▶ ${name}\n${Buffer.concat(output).toString()}`);
      resolve({ name, ok: code === 0, code: code ?? 1, line: `${code === 0 ? '✓' : '✗'} ${name}: ${seconds} s` });
    });
  });
}

const timings = [];
const started = Date.now();
for (const stage of stages) {
  if (stage.length === 1) console.log(`\n▶ ${stage[0][0]}`);
  else console.log(`\n▶ ${stage.map(([name]) => name).join(', ')} (side by side)`);
  const results = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  timings.push(...results.map((result) => result.line));
  const failed = results.find((result) => !result.ok);
  if (failed) {
    console.error(`\n${timings.join('\n')}\n\n✗ ${failed.name} failed.`);
    process.exit(failed.code);
  }
}
console.log(`\n${timings.join('\n')}\n\n✓ All checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
