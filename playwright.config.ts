import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser.mjs';

// Other ports when two checkouts test side by side (a server already on a port would otherwise be reused).
const builtPort = Number(process.env.E2E_BUILT_PORT ?? 4173);
const devPort = Number(process.env.E2E_DEV_PORT ?? 5174);
const ci = Boolean(process.env.CI);
// `npm run timing` measures: its tests run last and one at a time. In `npm test` they only check that the page
// answers (nothing is timed there), so they join the other tests rather than leave a core idle at the end.
const timing = process.env.TIMING_RUNS !== undefined;

export default defineConfig({
  testDir: 'e2e',
  // A test may take a minute: the same steps took over 30 s on 2 cores beside a busy process.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: ci,
  retries: 0,
  reporter: ci ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions(),
    // Recording a trace costs every test about a third of its time on this 2-core machine: `E2E_TRACE=1 npm test` records
    // them (kept for the tests that fail); otherwise a failure leaves its page snapshot and a screenshot.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      // The built app, as a static host serves it (`npm test` builds first).
      name: 'built',
      testMatch: '**/*.spec.ts',
      use: { baseURL: `http://localhost:${builtPort}` },
    },
    {
      // `npm run dev`, the README's main command: the editor's workers must work there too.
      name: 'dev',
      testMatch: '**/*.dev.ts',
      use: { baseURL: `http://localhost:${devPort}` },
    },
    {
      // Timings run last and alone, so other tests do not share the CPU with what is measured.
      name: 'timing',
      testMatch: '**/*.timing.ts',
      ...(timing ? { dependencies: ['built', 'dev'], workers: 1 } : {}),
      use: { baseURL: `http://localhost:${builtPort}` },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/vite preview --port ${builtPort} --strictPort`,
      url: `http://localhost:${builtPort}`,
      reuseExistingServer: !ci,
      timeout: 60_000,
    },
    {
      command: `node_modules/.bin/vite --port ${devPort} --strictPort`,
      url: `http://localhost:${devPort}`,
      reuseExistingServer: !ci,
      timeout: 120_000,
    },
  ],
});
