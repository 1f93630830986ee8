// Vite's dev server cannot start monaco-yaml's worker from the package directly; this module can.
import 'monaco-yaml/yaml.worker.js';
