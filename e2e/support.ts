import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

/** The app, as a user sees it: selected by role and label. */
export class Configurator {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.waitForFunction(() => window.__asmEditor !== undefined);
  }

  /** The editor's whole text (Monaco renders only visible lines, so read its model). */
  editorText(): Promise<string> {
    return this.page.evaluate(() => window.__asmEditor?.getValue() ?? '');
  }

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'IstioGateway YAML' });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openStep(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  radio(group: string, option: string): Locator {
    return this.page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async choosePreset(label: string): Promise<void> {
    await this.page.getByLabel('Preset').selectOption({ label });
  }

  /** Clicks Download YAML and returns the saved file. */
  async download(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button('Download YAML').click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Serious and critical accessibility violations on the page as it is now. */
  async seriousViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  }
}

function isOwnOrigin(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('blob:');
}

/**
 * Every test runs with these checks: no request may leave the app's origin (anything else is
 * blocked and recorded), and the Content-Security-Policy must not have to refuse anything.
 */
export const test = base.extend<{ app: Configurator; originGuard: { foreign: string[] } }>({
  originGuard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      const cspViolations: string[] = [];
      context.on('request', (request) => {
        if (!isOwnOrigin(request.url(), origin)) foreign.push(request.url());
      });
      await context.route(
        (url) => !isOwnOrigin(url.href, origin),
        (route) => route.abort('blockedbyclient'),
      );
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      await use({ foreign });
      expect(foreign, 'requests that left the app’s origin').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new Configurator(page));
  },
});

export const seedExample = (name: string): Promise<string> =>
  readFile(new URL(`../src/core/gateway/fixtures/${name}`, import.meta.url), 'utf8');
