import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { coreBoundary } from '../../eslint/coreBoundary.js';

async function lintCore(code: string, filePath = 'src/core/gateway/example.ts'): Promise<string[]> {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, coreBoundary],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

describe('the core boundary is enforced by ESLint', () => {
  it.each([
    ["import { useState } from 'react';", 'no React'],
    ["import { create } from 'zustand';", 'no zustand'],
    ["import * as monaco from 'monaco-editor';", 'no Monaco'],
    ["import { createAppStore } from '../../state/store';", 'must not depend on the store'],
    ["import { readFileSync } from 'node:fs';", 'no Node modules'],
    ['export const width = window.innerWidth;', 'no DOM'],
    ['export const here = document.title;', 'no DOM'],
  ])('refuses %s', async (code, reason) => {
    const messages = await lintCore(code);
    expect(messages.join('\n')).toContain(reason);
  });

  it('allows yaml and the core’s own modules', async () => {
    expect(await lintCore("import { parseDocument } from 'yaml';\nimport { readAnswers } from './readAnswers';")).toEqual([]);
  });

  it('does not apply outside src/core', async () => {
    expect(await lintCore("import { useState } from 'react';", 'src/ui/example.ts')).toEqual([]);
  });
});
