/**
 * Monaco, bundled with the app: the editor core with its features, YAML highlighting, and its
 * worker from our own origin. `loader.config({ monaco })` stops @monaco-editor/react from
 * fetching Monaco from a CDN.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

loader.config({ monaco });

export { monaco };
