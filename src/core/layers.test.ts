import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { CORE_LAYERS, coreLayers } from '../../eslint/coreLayers.js';

async function lintCore(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, coreLayers],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

describe('the order of core’s folders is enforced by ESLint', () => {
  it.each([
    ['src/core/yaml/example.ts', "import { KIND } from '../gateway/types';", 'src/core/yaml must not import src/core/gateway'],
    ['src/core/gateway/example.ts', "import { lintAnswers } from '../lint/lintGateway';", 'src/core/gateway must not import src/core/lint'],
    ['src/core/gateway/example.ts', "import type { ClusterSpec } from '../placement/cluster';", 'src/core/gateway must not import src/core/placement'],
    ['src/core/schema/example.ts', "export { DEFAULT_CLUSTER } from '../placement/cluster';", 'src/core/schema must not import src/core/placement'],
    ['src/core/lint/rules/example.ts', "import { answerFindings } from '../../findings/answerFindings';", 'src/core/lint must not import src/core/findings'],
    ['src/core/findings/example.ts', "export * from '../persist/saved';", 'src/core/findings must not import src/core/persist'],
    ['src/core/persist/example.ts', "const link = import('../share/shareLink');", 'src/core/persist must not import src/core/share'],
    ['src/core/issue.ts', "import type { TextSpan } from './yaml/lines';", 'src/core/issue.ts must not import src/core/yaml'],
    ['src/core/gateway/example.ts', "import { FIELDS } from '..';", 'src/core/gateway must not import src/core/index'],
    ['src/core/elsewhere/example.ts', "import type { Issue } from '../issue';", "src/core/elsewhere is not in core's layer order"],
  ])('%s: refuses %s', async (filePath, code, reason) => {
    const messages = await lintCore(code, filePath);
    expect(messages.join('\n')).toContain(reason);
  });

  it('allows a folder’s own modules, lower folders and packages', async () => {
    const code = [
      "import { parseDocument } from 'yaml';",
      "import type { Issue } from '../issue';",
      "import { readAnswers } from '../gateway/readAnswers';",
      "import { lintAnswers } from '../lint/lintGateway';",
      "import { DEFAULT_CLUSTER } from '../placement/cluster';",
      "import { validateSchema } from '../schema/validateSchema';",
      "export { answerFindings } from './answerFindings';",
    ].join('\n');
    expect(await lintCore(code, 'src/core/findings/example.ts')).toEqual([]);
  });

  it('leaves tests and the public surface free', async () => {
    expect(await lintCore("import { documentFindings } from '../findings/documentFindings';", 'src/core/lint/example.test.ts')).toEqual([]);
    expect(await lintCore("export { shareLink } from './share/shareLink';", 'src/core/index.ts')).toEqual([]);
  });

  it('places every folder of the core', () => {
    const folders = readdirSync(new URL('.', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !CORE_LAYERS.flat().includes(folder))).toEqual([]);
  });
});
