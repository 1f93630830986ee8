/**
 * Monaco, bundled with the app: the editor core with its features, YAML highlighting, monaco-yaml
 * for completion and hover from the IstioGateway schema (inline: nothing is downloaded), and the
 * workers from our own origin. `loader.config({ monaco })` stops @monaco-editor/react from fetching
 * Monaco from a CDN.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import { ISTIO_GATEWAY_SCHEMA, ISTIO_GATEWAY_SCHEMA_URI } from '../../core';
import YamlWorker from './yaml.worker.ts?worker';

export const MODEL_PATH = 'file:///istio-gateway.yaml';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

/**
 * monaco-yaml (through monaco-worker-manager) still asks for workers by label and module, the
 * pre-0.50 way. Monaco's full entry point adapts that call, but it also bundles every language;
 * this app loads only the editor core, so it adapts the call itself: start the worker by label,
 * then send the two messages the worker expects (one to install its handler, then its create data).
 */
const createClient = monaco.editor.createWebWorker;
monaco.editor.createWebWorker = (options: monaco.editor.IWebWorkerOptions | monaco.editor.IInternalWebWorkerOptions) => {
  if ('worker' in options) return createClient(options);
  const worker = new (options.label === 'yaml' ? YamlWorker : EditorWorker)();
  worker.postMessage('ignore');
  worker.postMessage(options.createData);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Monaco types the host as any; passed through unchanged.
  return createClient({ worker, host: options.host, keepIdleModels: options.keepIdleModels ?? false });
};

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  // Problems come from the core (the same Issues the form and the findings show), not from the worker.
  validate: false,
  completion: true,
  hover: true,
  format: { enable: false },
  schemas: [
    {
      uri: ISTIO_GATEWAY_SCHEMA_URI,
      fileMatch: ['*'],
      // The schema is plain JSON Schema draft 7; monaco-yaml's type is a wider union of drafts.
      schema: ISTIO_GATEWAY_SCHEMA as JSONSchema,
    },
  ],
});

loader.config({ monaco });

export { monaco };
