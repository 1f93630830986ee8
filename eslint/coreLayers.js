import { posix } from 'node:path';

/**
 * The folders of src/core, lowest first. A module may import its own folder and the folders of the
 * lines above its own, never a line below nor a sibling on its line: the core's imports go one way,
 * and no folder is part of a circle. `.` is the core's own top-level files (issue.ts, the one
 * problem type); index.ts, the public surface, sits above everything.
 * This block is its own module so a test can check that the order really is enforced.
 */
export const CORE_LAYERS = [
  ['.'], // issue.ts: the problem type every layer reports with
  ['yaml'], // text: parse, print, spans, line diffs, what marks an IstioGateway in a stream
  ['gateway'], // the resource: answers, reading, writing, presets, the field checks
  ['schema', 'placement'], // the JSON Schema; the simulated cluster and where the pods land
  ['lint'], // the HA rules (they read the simulated cluster)
  ['findings'], // field checks, rules, schema and placement combined: one list, the form's judgement
  ['persist'], // the saved state
  ['share'], // share links (the saved state, compressed)
];

const layerOf = new Map(CORE_LAYERS.flatMap((folders, layer) => folders.map((folder) => [folder, layer])));
const ORDER = CORE_LAYERS.map((folders) => folders.join(' | ')).join(' ← ');

/** The folder of a path inside src/core: its first segment, `.` for a top-level file, `index` for index.ts. */
function folderOf(inCore) {
  if (inCore === '.') return 'index';
  const slash = inCore.indexOf('/');
  if (slash >= 0) return inCore.slice(0, slash);
  return /^index(\.ts)?$/.test(inCore) ? 'index' : '.';
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'src/core’s folders import downward only, in the order of eslint/coreLayers.js' },
    schema: [],
  },
  create(context) {
    const match = /(?:^|\/)src\/core\/(.+)$/.exec(context.filename.split('\\').join('/'));
    if (!match?.[1]) return {};
    const file = match[1];
    const from = folderOf(file);
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = posix.normalize(posix.join(posix.dirname(file), source.value));
      if (target.startsWith('..')) return;
      const to = folderOf(target);
      if (to === from) return;
      const fromLayer = layerOf.get(from);
      if (fromLayer === undefined) {
        context.report({ node: source, message: `src/core/${from} is not in core's layer order: add it to eslint/coreLayers.js (${ORDER}).` });
        return;
      }
      const toLayer = to === 'index' ? Infinity : (layerOf.get(to) ?? Infinity);
      if (toLayer < fromLayer) return;
      const where = from === '.' ? `src/core/${file}` : `src/core/${from}`;
      const what = to === '.' ? `src/core/${target}` : `src/core/${to}`;
      context.report({ node: source, message: `${where} must not import ${what}: core's folders import downward only (${ORDER}).` });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

/** @type {import('eslint').Linter.Config} */
export const coreLayers = {
  files: ['src/core/**/*.ts'],
  ignores: ['src/core/**/*.test.ts', 'src/core/**/*.bench.ts', 'src/core/index.ts'],
  plugins: { core: { rules: { layers: layersRule } } },
  rules: { 'core/layers': 'error' },
};
