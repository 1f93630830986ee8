// The steps after the first, in a chunk of their own: the first screen shows the Cluster step, so the others load
// after it has started (src/ui/wizard/Wizard.tsx fetches them as soon as the page is idle).
export { ExportStep } from './ExportStep';
export { ReplicasStep } from './ReplicasStep';
export { ServiceStep } from './ServiceStep';
export { SpreadStep } from './SpreadStep';
