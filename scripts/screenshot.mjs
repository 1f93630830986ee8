// Makes docs/screenshot.png for the README from the built app (run `npm run build` first).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.mjs';

const port = 4174;
const out = process.argv[2] ?? 'docs/screenshot.png';
const step = process.argv[3];
if (!existsSync('dist/index.html')) {
  console.error('Build the app first: npm run build');
  process.exit(1);
}

const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 50; i += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1440, height: 940 }, deviceScaleFactor: 1 });
  await page.goto(url);
  if (step) await page.getByRole('tab', { name: step, exact: true }).click();
  await page.locator('.monaco-editor .view-lines').waitFor();
  await page.waitForTimeout(300);
  mkdirSync(out.split('/').slice(0, -1).join('/') || '.', { recursive: true });
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`Wrote ${out}`);
} finally {
  server.kill();
}
