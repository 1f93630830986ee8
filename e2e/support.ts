import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

/** The app, as a user sees it: selected by role and label. */
export class Configurator {
  constructor(readonly page: Page) {}

  /**
   * Opens the app. The first screen shows a light view of the YAML, as a user who has not reached for the editor sees
   * it; `editor: true` clicks the view (an intent to edit) and awaits Monaco. The helpers that need the editor (markers,
   * pasting) load it themselves.
   */
  async open({ editor = false }: { readonly editor?: boolean } = {}): Promise<void> {
    await this.page.goto('/');
    await this.waitForApp();
    if (!editor) return;
    await this.loadEditor();
  }

  /**
   * Waits until the app has taken over the page: the built HTML paints the first screen before the app's script
   * has run, inert (a focus or key there would reach nothing), so the view being visible is not enough.
   */
  async waitForApp(): Promise<void> {
    const root = this.page.locator('#root');
    // The light view and Monaco are both there for a moment while the editor takes over: either will do.
    await expect(this.editor.first()).toBeAttached();
    await expect(root).toBeVisible();
    await expect(root).not.toHaveAttribute('inert');
  }

  /** Clicks the light view, as a user about to edit does, and waits for Monaco to take over. */
  async loadEditor(): Promise<void> {
    if (await this.page.evaluate(() => window.__asmEditor !== undefined)) return;
    await this.waitForApp();
    // Already on its way (an import or a finding asked for it): the view says it is loading, and is waited for.
    const loading = await this.page.evaluate(
      () => document.querySelector('.yaml-view')?.getAttribute('aria-busy') === 'true' || !document.querySelector('.yaml-view'),
    );
    if (!loading) await this.page.locator('.yaml-view').click({ position: { x: 5, y: 5 } });
    await this.page.waitForFunction(() => window.__asmEditor !== undefined);
  }

  /** The YAML's whole text: from Monaco's model once it is loaded, else from the light view. */
  editorText(): Promise<string> {
    return this.page.evaluate(() => window.__asmEditor?.getValue() ?? document.querySelector('.yaml-view pre')?.textContent ?? '');
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
    // The later steps load in a chunk of their own (usually fetched already while the page was idle).
    await expect(this.page.getByText('Loading this step…')).toBeHidden();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  radio(group: string, option: string): Locator {
    return this.page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true });
  }

  /**
   * Chooses a radio option or ticks a checkbox, as a user does, and waits until it shows. On a first visit the first
   * click may wait for the engine (it loads on the first tap), so Playwright's check(), which wants the state at once,
   * does not fit.
   */
  async choose(control: Locator): Promise<void> {
    await control.click();
    await expect(control).toBeChecked();
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

  /** Loads a file through the Import YAML button's file picker. */
  async importFile(name: string, text: string | Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Import YAML').click();
    await (await chooser).setFiles({ name, mimeType: 'application/yaml', buffer: typeof text === 'string' ? Buffer.from(text) : text });
  }

  /** Replaces the editor's whole text by pasting into it, as a user would (select all, paste). */
  async pasteIntoEditor(text: string): Promise<void> {
    await this.loadEditor();
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.editor.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => this.editorText()).toBe(text);
  }

  /** The editor's markers (Monaco is loaded for them, as a user's click would). */
  async markers(): Promise<{ line: number; column: number; severity: string; message: string }[]> {
    await this.loadEditor();
    return this.page.evaluate(() => window.__asmEditor?.markers() ?? []);
  }

  async linesWith(className: string): Promise<number[]> {
    await this.loadEditor();
    return this.page.evaluate((name) => window.__asmEditor?.linesWith(name) ?? [], className);
  }

  /**
   * The editor's schema help, as a user meets it: a wrong type is a marker, hovering a key shows its
   * description (Ctrl+K Ctrl+I), and completion (Ctrl+Space) on a new line of spec offers spec fields.
   * Leaves the completion list open on `tolerations`.
   */
  async expectSchemaHelp(): Promise<void> {
    const text = (await this.editorText()).replace('  minReplicas: 2', '  minReplicas: "two"');
    await this.pasteIntoEditor(text);
    await expect
      .poll(async () => (await this.markers()).map((marker) => marker.message))
      .toContain('spec.minReplicas should be a whole number, not the string "two".');
    const line = text.split('\n').indexOf('  maxReplicas: 4') + 1;
    await this.page.evaluate((lineNumber) => window.__asmEditor?.setCursor(lineNumber, 5), line);
    await this.page.keyboard.press('ControlOrMeta+K');
    await this.page.keyboard.press('ControlOrMeta+I');
    await expect(this.page.locator('.monaco-hover-content').filter({ hasText: 'The most pods the autoscaler may run.' })).toBeVisible();
    await this.page.keyboard.press('Escape');
    await this.page.evaluate((lineNumber) => window.__asmEditor?.setCursor(lineNumber, 18), line);
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type('tol');
    await this.page.keyboard.press('Control+Space');
    await expect(this.page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'tolerations' }).first()).toBeVisible();
  }

  /**
   * Serious and critical accessibility violations on the page as it is now. axe runs in the page itself (legacy
   * mode: the app has no frames, so the blank page the default mode opens to merge frames' results is pure cost,
   * about 3 s a run on 2 cores) and reports violations only (not the passes).
   */
  async seriousViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page })
      .setLegacyMode(true)
      .options({ resultTypes: ['violations'] })
      .analyze();
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
      // React names a hydration mismatch in development; a production build reports it as error #418–#425.
      const hydrationError = /hydrat|react\.dev\/errors\/4(1[89]|2[0-5])\b/i;
      const hydrationErrors: string[] = [];
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
        if (message.type() === 'error' && hydrationError.test(message.text())) hydrationErrors.push(message.text());
      });
      context.on('weberror', (error) => {
        if (hydrationError.test(error.error().message)) hydrationErrors.push(error.error().message);
      });
      await use({ foreign });
      expect(foreign, 'requests that left the app’s origin').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
      // The built page hydrates the first screen that index.html carries; a mismatch would be reported here.
      expect(hydrationErrors, 'React hydration errors').toEqual([]);
    },
    { auto: true },
  ],
  // The introduction shows on a first visit; tests of other things start as a returning user.
  app: async ({ page }, use) => {
    await page.addInitScript(() => localStorage.setItem('asm-gateway-ha-configurator/intro-seen', '1'));
    await use(new Configurator(page));
  },
});

/** Holds back the scripts whose path matches until the returned function is called. */
export async function holdScripts(page: Page, path: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(path, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds back the editor's chunk until the returned function is called: the page as it is while Monaco loads. */
export function holdEditorChunk(page: Page): Promise<() => void> {
  return holdScripts(page, /\/assets\/YamlEditor-[^/]+\.js$/);
}

/** Holds back the app's script (src/start.tsx's chunk): the page between the HTML's first paint and the app taking over. */
export function holdAppScript(page: Page): Promise<() => void> {
  return holdScripts(page, /\/assets\/start-[^/]+\.js$/);
}

/** The editor's key for "Tab moves the focus": Ctrl+M, or Ctrl+Shift+M on a Mac. */
/** Whether a select's chosen option shows whole beside its arrow (its text in the select's font, plus the arrow's room). */
export function selectedOptionFits(select: Locator): Promise<boolean> {
  return select.evaluate((element: HTMLSelectElement) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(element).font;
    probe.textContent = element.selectedOptions[0]?.textContent ?? '';
    document.body.append(probe);
    const fits = probe.getBoundingClientRect().width + 32 <= element.clientWidth;
    probe.remove();
    return fits;
  });
}

export const TAB_FOCUS_KEY = process.platform === 'darwin' ? 'Control+Shift+M' : 'Control+M';

/**
 * In the editor, makes Tab move the focus with Ctrl+M (as the Help says). Ctrl+M toggles, so it is pressed only
 * while the editor does not show that Tab moves the focus, and then that is awaited.
 */
export async function makeTabMoveFocus(page: Page): Promise<void> {
  const shown = page.getByRole('status').filter({ hasText: 'Tab moves the focus' });
  if (await shown.isVisible()) return;
  await page.keyboard.press(TAB_FOCUS_KEY);
  await expect(shown).toBeVisible();
}

/** Presses Tab (Shift+Tab backwards) until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 120 } = {}): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const where = await target
      .evaluate((element) => (element === document.activeElement ? 'target' : document.activeElement?.closest('.monaco-editor') ? 'editor' : 'other'))
      .catch(() => 'other');
    if (where === 'target') return;
    // In the YAML editor Tab indents; Ctrl+M (as the Help says) makes it move the focus instead.
    if (where === 'editor') await makeTabMoveFocus(page);
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
  throw new Error(`${String(target)} was not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${limit} presses; the focus is on ${at}`);
}

export const seedExample = (name: string): Promise<string> => readFile(new URL(`../src/core/gateway/fixtures/${name}`, import.meta.url), 'utf8');
