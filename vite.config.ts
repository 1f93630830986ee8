import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // Monaco's lazy chunk is large by nature; the initial bundle is what is budgeted.
    chunkSizeWarningLimit: 4096,
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
  },
});
