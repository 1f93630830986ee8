/**
 * src/core is pure TypeScript: no React, zustand, Monaco, DOM, nor the app's state or UI.
 * This block is its own module so a test can check that the ban really fires.
 */
const bannedModules = [
  { name: 'react', message: 'src/core is pure: no React.' },
  { name: 'react-dom', message: 'src/core is pure: no React.' },
  { name: 'zustand', message: 'src/core is pure: no zustand; state lives in src/state.' },
  { name: 'monaco-editor', message: 'src/core is pure: no Monaco.' },
  { name: 'monaco-yaml', message: 'src/core is pure: no Monaco.' },
  { name: '@monaco-editor/react', message: 'src/core is pure: no Monaco.' },
];

const bannedPatterns = [
  { group: ['react/*', 'react-dom/*', 'zustand/*', 'monaco-editor/*', 'monaco-yaml/*'], message: 'src/core is pure TypeScript.' },
  { group: ['**/state', '**/state/*', '**/ui', '**/ui/*'], message: 'src/core must not depend on the store or the UI.' },
  { group: ['node:*'], message: 'src/core runs in the browser and in tests alike: no Node modules.' },
];

const bannedGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'XMLHttpRequest', 'process'].map((name) => ({
  name,
  message: 'src/core is pure: no DOM or host globals.',
}));

/** @type {import('eslint').Linter.Config} */
export const coreBoundary = {
  files: ['src/core/**/*.ts'],
  ignores: ['src/core/**/*.test.ts', 'src/core/**/*.bench.ts'],
  rules: {
    'no-restricted-imports': ['error', { paths: bannedModules, patterns: bannedPatterns }],
    'no-restricted-globals': ['error', ...bannedGlobals],
  },
};
