// Part of `npm test`, after the build: the JavaScript a first visit loads before the user reaches for the page
// (the scripts and module preloads of dist/index.html), gzip-compressed. Issue 7 set 120 KB; issue 15 asks for 100 KB:
// the limit holds what has been reached (103 KB) so that it only goes down.
// Neither the editor (Monaco) nor the engine (the core and the `yaml` library, src/state/engine.ts) may be in it:
// they load on the first intent to edit, and on the first tap or key, respectively.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 100;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]))];
if (scripts.length === 0) throw new Error('dist/index.html loads no script: is the build there?');
const deferred = scripts.filter((file) => /YamlEditor|editor\.worker|yaml\.worker|\/engine-/.test(file));
if (deferred.length > 0) {
  console.error(`✗ The first load includes the editor or the engine: ${deferred.join(', ')}`);
  process.exit(1);
}
// The `yaml` library marks its nodes with Symbol.for('yaml.document') and kin: found in the first load, it leaked in
// through a module the first screen shares with the engine (move what the screen needs into a module of its own).
const withYaml = scripts.filter((file) => readFileSync(join(dist, file), 'utf8').includes('yaml.document'));
if (withYaml.length > 0) {
  console.error(`✗ The first load includes the yaml library: ${withYaml.join(', ')}`);
  process.exit(1);
}
const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
const kb = bytes / 1024;
console.log(`Initial JS (gzip): ${kb.toFixed(1)} KB in ${scripts.length} files; budget ${LIMIT_KB} KB.`);
if (kb > LIMIT_KB) {
  console.error(`✗ Initial JS is past its budget of ${LIMIT_KB} KB: keep new code out of the first load (the engine or a lazy chunk), or make room.`);
  process.exit(1);
}
