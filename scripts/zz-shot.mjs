import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.mjs';
const [,, url, out, w, h, script] = process.argv;
const browser = await chromium.launch(chromiumLaunchOptions());
const context = await browser.newContext({ viewport: { width: Number(w), height: Number(h) } });
if (!script?.includes('firstvisit')) await context.addInitScript(() => localStorage.setItem('asm-gateway-ha-configurator/intro-seen', '1'));
const page = await context.newPage();
await page.goto(url);
await page.waitForTimeout(800);
if (script && script !== 'firstvisit') { for (const s of script.split(';')) { const [kind, arg] = s.split('='); if (kind === 'tab') await page.getByRole('tab', { name: arg, exact: true }).click(); if (kind === 'scroll') await page.mouse.wheel(0, Number(arg)); } await page.waitForTimeout(500); }
await page.screenshot({ path: out, fullPage: false });
await browser.close();
