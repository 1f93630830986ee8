// npm run perf: builds, serves the build as a static host does (gzip, long-cached assets), runs
// Lighthouse 12.8 three times with the mobile and three times with the desktop preset on the
// Chromium the tests use, and prints the medians, the initial JS and what the editor adds.
// For people, not for `npm test`: Lighthouse (about 130 MB) is fetched by npx on first use.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const RUNS = Number(process.env.PERF_RUNS ?? 3);
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.json': 'application/json' };
const gzipped = new Map();
/** A static host: gzip for text, a year of cache for hashed assets, index.html for the root. */
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dist, path === '/' ? 'index.html' : path);
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache' };
  if (/gzip/.test(request.headers['accept-encoding'] ?? '') && type !== 'font/ttf') {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipped.get(file));
    return;
  }
  response.writeHead(200, headers).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const found = findChromium();
if (!found) throw new Error('No Chromium: run `node scripts/ensure-browser.mjs` first.');
const chromePath = found.kind === 'system' ? found.executablePath : chromium.executablePath();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const outDir = mkdtempSync(join(tmpdir(), 'asm-perf-'));

/** Lighthouse in a child process; asynchronous, so that this process keeps serving the pages. */
async function lighthouse(preset, run) {
  const out = join(outDir, `${preset}-${run}.json`);
  const args = [
    '--yes',
    '-p',
    LIGHTHOUSE,
    'lighthouse',
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const child = spawn('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chromePath } });
  const status = await new Promise((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`Lighthouse failed (${preset}, run ${run})`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: report.categories.performance.score * 100,
    accessibility: report.categories.accessibility.score * 100,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
  };
}

const rows = [];
for (const preset of ['mobile', 'desktop']) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    process.stdout.write(`Lighthouse ${preset} run ${i + 1}/${RUNS}…\n`);
    runs.push(await lighthouse(preset, i + 1));
  }
  const pick = (key) => median(runs.map((run) => run[key]));
  rows.push([preset, pick('score'), pick('fcp'), pick('lcp'), pick('tbt'), pick('cls'), pick('bytes'), pick('accessibility')]);
}
server.close();

// Initial JS: the scripts index.html loads (entry and module preloads); the editor: what its activation adds.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]))];
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const assets = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
const editor = assets.filter((file) => /YamlEditor-.*\.(js|css)$|editor\.worker|yaml\.worker|codicon/.test(file));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
// The engine (core + yaml), which a first visit loads on the first tap or key: its chunk and what it imports statically, beyond the first load.
const engine = new Set();
const visit = (file) => {
  if (engine.has(file) || initial.includes(file)) return;
  engine.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, imported] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(`assets/${imported}`);
};
assets.filter((file) => /\/engine-[^/]+\.js$/.test(file)).forEach(visit);

console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, medians of ${RUNS} runs, ${url} served gzip-compressed`);
console.log('preset    score   FCP ms   LCP ms   TBT ms     CLS   transferred   accessibility');
for (const [preset, score, fcp, lcp, tbt, cls, bytes, a11y] of rows) {
  console.log(
    `${preset.padEnd(8)} ${String(Math.round(score)).padStart(6)} ${String(Math.round(fcp)).padStart(8)} ${String(Math.round(lcp)).padStart(8)} ${String(Math.round(tbt)).padStart(8)} ${cls.toFixed(3).padStart(7)} ${kb(bytes).padStart(13)} ${String(Math.round(a11y)).padStart(15)}`,
  );
}
console.log(`\nInitial JS (gzip): ${kb(initial.reduce((sum, file) => sum + gz(file), 0))} — ${initial.join(', ')}`);
console.log(
  `On the first tap or key, the engine (gzip): ${kb([...engine].reduce((sum, file) => sum + gz(file), 0))} — ${[...engine].map((file) => `${file.replace('assets/', '')} ${kb(gz(file))}`).join(', ')}`,
);
console.log(
  `When the editor is activated (gzip): ${kb(editor.reduce((sum, file) => sum + gz(file), 0))} — ${editor.map((file) => `${file.replace('assets/', '')} ${kb(gz(file))}`).join(', ')}`,
);
