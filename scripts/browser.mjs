// Which Chromium the tests and scripts use. Playwright's own build when it is installed; otherwise
// Debian's package at /usr/bin/chromium (Playwright cannot download browsers on every machine).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet on a machine with a closed network and no GPU. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @returns {{ kind: 'playwright' } | { kind: 'system', executablePath: string } | undefined}
 */
export function findChromium() {
  try {
    if (existsSync(chromium.executablePath())) return { kind: 'playwright' };
  } catch {
    // Playwright's browsers are not installed.
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { kind: 'system', executablePath: SYSTEM_CHROMIUM };
  return undefined;
}

/** Launch options for Playwright, for whichever Chromium is present. */
export function chromiumLaunchOptions() {
  const found = findChromium();
  if (found?.kind === 'system') return { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS };
  return {};
}
