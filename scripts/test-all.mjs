// `npm test`: every check, in order, stopping at the first failure, with the time each took.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type check', 'npm', ['run', '-s', 'typecheck']],
  ['ESLint', 'npm', ['run', '-s', 'lint']],
  ['Unit tests (Vitest)', 'npm', ['run', '-s', 'test:unit']],
  ['Production build', 'npm', ['run', '-s', 'build']],
  ['Initial JS budget', 'node', ['scripts/budget.mjs']],
  ['End-to-end tests (Playwright, headless Chromium)', 'npm', ['run', '-s', 'test:e2e']],
];

const timings = [];
const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const stepStart = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  timings.push(`${result.status === 0 ? '✓' : '✗'} ${name}: ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n${timings.join('\n')}\n\n✗ ${name} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${timings.join('\n')}\n\n✓ All checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
