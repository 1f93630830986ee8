import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { BOOT_SCRIPT } from './src/state/storageKey.ts';

const ROOT_PLACEHOLDER = '<div id="root"></div>';

/**
 * The boot script (is there saved work?) runs before the first paint, inline in <head>; the page's
 * Content-Security-Policy allows exactly that script by its hash, and no other inline script.
 */
function bootScript(): Plugin {
  const hash = createHash('sha256').update(BOOT_SCRIPT).digest('base64');
  return {
    name: 'asm:boot-script',
    transformIndexHtml(html) {
      if (!html.includes("script-src 'self'")) throw new Error("index.html: the CSP has no script-src 'self' to extend");
      return {
        html: html.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`),
        tags: [{ tag: 'script', children: BOOT_SCRIPT, injectTo: 'head' }],
      };
    },
  };
}

/** The page's stylesheet inlined (3.6 KB gzip): the first paint then waits for the HTML alone, not for a second request. */
async function inlineStylesheets(html: string, outDir: string): Promise<string> {
  const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g)];
  let result = html;
  for (const [tag, file] of links) {
    if (!file) continue;
    const css = await readFile(resolve(outDir, file), 'utf8');
    if (css.includes('</style')) throw new Error(`${file}: cannot be inlined`);
    result = result.replace(tag, `<style>${css}</style>`);
  }
  return result;
}

/** The app's own script (src/start.tsx) and everything it imports statically: what index.html preloads. */
function appScripts(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/start.tsx'));
  if (!start) throw new Error('build: no chunk for src/start.tsx');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set<string>();
  const visit = (chunk: OutputChunk): void => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported && !imported.isEntry) visit(imported);
    }
  };
  visit(start);
  return [...files];
}

/**
 * Renders the first visit's screen (src/prerender.tsx) into the built index.html, so that it paints
 * from the HTML alone, and preloads the app's script, which main.tsx evaluates after that first paint
 * and which hydrates the screen. Only the build does this: the dev server serves an empty root.
 */
function prerenderFirstVisit(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'asm:prerender-first-visit',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const preloads = appScripts(bundle)
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
        .join('');
      const server = await createServer({
        root,
        configFile: false,
        plugins: [react()],
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
        // A cache of its own: in the dev server's (node_modules/.vite) it would replace the dev server's pre-bundled
        // dependencies while `npm run dev` runs, and the dev page would fail to load its script.
        cacheDir: resolve(root, 'node_modules/.vite-prerender'),
      });
      try {
        const module = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderFirstVisit: () => { html: string; snapshot: string } };
        const firstVisit = module.renderFirstVisit();
        const file = resolve(outDir, 'index.html');
        const html = await readFile(file, 'utf8');
        if (!html.includes(ROOT_PLACEHOLDER)) throw new Error(`index.html: no ${ROOT_PLACEHOLDER} to render into`);
        const rendered = (await inlineStylesheets(html, outDir))
          // Inert until the app takes over (start.tsx): a click or a keystroke before then would be lost or undone.
          .replace(ROOT_PLACEHOLDER, `<div id="root" inert>${firstVisit.html}</div>${firstVisit.snapshot}`)
          .replace('</head>', `${preloads}</head>`);
        await writeFile(file, rendered);
      } finally {
        await server.close();
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), bootScript(), prerenderFirstVisit()],
  build: {
    target: 'es2022',
    // Monaco's lazy chunk is large by nature; the initial bundle is what is budgeted.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      treeshake: {
        // The core is pure by rule (ESLint enforces it: no DOM, no globals) and so is the `yaml` library: what the
        // first screen does not call stays out of the first load even where a module it uses imports more.
        moduleSideEffects: (id: string) => !/[\\/](src[\\/]core|node_modules[\\/]yaml)[\\/]/.test(id),
      },
    },
  },
  worker: { format: 'es' },
  optimizeDeps: {
    // Pre-bundled at dev start; found later, they would make Vite reload the page mid-session.
    include: [
      'monaco-yaml',
      'monaco-yaml/yaml.worker.js',
      '@monaco-editor/react',
      'monaco-editor/esm/vs/editor/edcore.main.js',
      'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js',
    ],
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // One module registry per worker, not per file: importing the core and `yaml` afresh for each of the 40-odd files
    // took half of the run (44 s against 24 s on 2 cores). The tests share no mutable module state: the stores they
    // build are their own (`createAppStore`), and derivations are memoised per store.
    isolate: false,
    // …and a spy one test puts on a global (`vi.spyOn(JSON, 'parse')`) is taken off after it.
    restoreMocks: true,
  },
});
