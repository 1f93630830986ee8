// Makes sure a Chromium exists for the end-to-end tests: Playwright's own, else /usr/bin/chromium,
// else (as root, with apt-get) Debian's `chromium` package. Otherwise says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const found = findChromium();
if (found) {
  console.log(found.kind === 'playwright' ? "Browser: Playwright's Chromium." : `Browser: ${found.executablePath}.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package with apt-get (about 30 s)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (findChromium()) process.exit(0);
}

console.error(
  [
    'No Chromium for the end-to-end tests.',
    'Install one of:',
    '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)',
    '  - or Playwright’s own build: npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);
